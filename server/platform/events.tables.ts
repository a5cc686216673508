import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns';
import { users } from '../modules/user/user.tables';

/**
 * The real-time outbox: one row per event for a user, kept for a day so a reconnecting client
 * can replay what it missed (`Last-Event-ID` is the row id). NOTIFY carries only the id.
 */
export const realtime_events = pgTable(
  'realtime_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    user_id: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    data: jsonb().$type<unknown>().notNull(),
    created_at: createdAt(),
  },
  (t) => [
    index('realtime_events_user_id_idx').on(t.user_id, t.id),
    index('realtime_events_created_at_idx').on(t.created_at),
  ],
);
