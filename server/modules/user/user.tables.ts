import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, ts, updatedAt } from '../../db/columns';

export const users = pgTable(
  'users',
  {
    id: id(),
    name: text().notNull(),
    /** Stored lower-cased; unique when present. Local sign-in may create users without one. */
    email: text(),
    email_verified: ts(),
    image: text(),
    timezone: text().notNull().default('UTC'),
    day_start_hour: smallint().notNull().default(4),
    age_verified: boolean().notNull().default(false),
    tos_accepted_at: ts(),
    tos_version: text(),
    disabled_at: ts(),
    last_activity_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_created_at_idx').on(t.created_at, t.id),
    // The admin console: people found by part of a name or an email (pg_trgm), and who was active lately.
    index('users_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('users_email_trgm_idx').using('gin', t.email.op('gin_trgm_ops')),
    index('users_last_activity_at_idx').on(t.last_activity_at),
    check('users_day_start_hour_range', sql`${t.day_start_hour} between 0 and 23`),
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
    check('users_name_length', sql`char_length(${t.name}) between 1 and 100`),
  ],
);
