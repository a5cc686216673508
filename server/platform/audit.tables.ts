import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../db/columns';
import { users } from '../modules/user/user.tables';

/**
 * Security and admin events. Rows outlive the user they name (user_id becomes null when the
 * account is deleted), so no personal data goes into `details`.
 */
export const audit_log = pgTable(
  'audit_log',
  {
    id: id(),
    user_id: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** A plain id, not a foreign key: the record keeps naming the session after sign-out deletes it. */
    session_id: uuid(),
    event_type: text().notNull(),
    resource_type: text(),
    resource_id: text(),
    action: text(),
    status: text().notNull().default('success'),
    details: jsonb().$type<Record<string, unknown>>(),
    ip_address: text(),
    user_agent: text(),
    request_id: text(),
    created_at: createdAt(),
  },
  (t) => [
    index('audit_log_created_at_idx').on(t.created_at, t.id),
    index('audit_log_user_id_idx').on(t.user_id, t.created_at),
    index('audit_log_event_type_idx').on(t.event_type, t.created_at),
    // The admin console's filters by target: a kind of target, or one target.
    index('audit_log_resource_type_idx').on(t.resource_type, t.created_at, t.id),
    index('audit_log_resource_idx').on(t.resource_type, t.resource_id, t.created_at, t.id),
    check('audit_log_status_valid', sql`${t.status} in ('success', 'failure', 'denied')`),
  ],
);
