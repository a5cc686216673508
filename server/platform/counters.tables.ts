import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { ownerId } from '../db/table-helpers';

/**
 * Per-user running counts kept up to date by the writes that change them (SPEC §9: what grows
 * with history is maintained on write, not recounted on read). A key is `<module>:<name>`, e.g.
 * `game:count:focus_complete` or `inbox:unread`; only its module writes it (platform/counters.ts).
 */
export const user_counters = pgTable(
  'user_counters',
  {
    user_id: ownerId(),
    key: text().notNull(),
    value: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.user_id, t.key] })],
);
