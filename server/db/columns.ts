import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Column helpers every table uses. Timestamps keep millisecond precision so a cursor made from
 * a JavaScript Date compares exactly with the stored value.
 */
export const id = () => uuid().primaryKey().default(sql`gen_random_uuid()`);
export const ts = () => timestamp({ withTimezone: true, precision: 3, mode: 'date' });
export const createdAt = () => ts().notNull().defaultNow();
export const updatedAt = () =>
  ts()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/**
 * On seeded catalogue tables: when an admin last changed the row. The start-up seed
 * (seed/upsert.ts) no longer restores a row that has it, so the admin's edit stands.
 */
export const adminEditedAt = () => ts();
