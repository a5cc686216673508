import { bigint, date, integer, pgTable } from 'drizzle-orm/pg-core';
import { createdAt } from '../../db/columns';

/**
 * The admin console's daily rollup: one row per closed UTC day, from the first day with any
 * activity on. A row is written once, when stats are first asked for after its day ended, from
 * the activity events and ledger rows recorded (created_at) that day, and never rewritten: the
 * history it tells stays as it was, even once accounts are deleted (docs/RULES.md "Admin").
 */
export const admin_daily_stats = pgTable('admin_daily_stats', {
  day: date({ mode: 'string' }).primaryKey(),
  /** Activity events recorded that day, and the distinct users behind them. */
  events: integer().notNull(),
  active_users: integer().notNull(),
  /** Coins awarded net of reversals (every ledger row but purchases and refunds). */
  coins_earned: bigint({ mode: 'number' }).notNull(),
  /** Coins spent on purchases, net of refunds. */
  coins_spent: bigint({ mode: 'number' }).notNull(),
  created_at: createdAt(),
});
