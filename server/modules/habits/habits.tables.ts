import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { habitScheduleTypes } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';

/**
 * Habits with their schedule: every day, chosen ISO weekdays (1 = Monday … 7 = Sunday), or N
 * times a week. Streak columns are a cache recomputed from habit_logs on every log change.
 */
export const habits = pgTable(
  'habits',
  {
    id: id(),
    user_id: ownerId(),
    name: text().notNull(),
    description: text(),
    icon: text(),
    color: text(),
    schedule_type: text().notNull().default('daily'),
    schedule_days: smallint().array().notNull().default(sql`'{}'::smallint[]`),
    times_per_week: smallint(),
    /** Completions per scheduled day. */
    target_count: integer().notNull().default(1),
    current_streak: integer().notNull().default(0),
    longest_streak: integer().notNull().default(0),
    last_completed_date: date({ mode: 'string' }),
    sort_order: integer().notNull().default(0),
    archived_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('habits_user_order_idx').on(t.user_id, t.sort_order, t.id),
    // Today, the plan and the perfect-day check read only the habits in use.
    index('habits_user_active_order_idx').on(t.user_id, t.sort_order, t.id).where(sql`${t.archived_at} is null`),
    check('habits_name_length', sql`char_length(${t.name}) between 1 and 200`),
    check('habits_schedule_type_valid', oneOf(t.schedule_type, habitScheduleTypes)),
    check('habits_schedule_days_valid', sql`${t.schedule_days} <@ '{1,2,3,4,5,6,7}'::smallint[]`),
    check(
      'habits_schedule_complete',
      sql`(${t.schedule_type} <> 'weekdays' or cardinality(${t.schedule_days}) > 0)
        and ((${t.schedule_type} = 'times_per_week') = (${t.times_per_week} is not null))`,
    ),
    check('habits_times_per_week_range', sql`${t.times_per_week} between 1 and 7`),
    check('habits_target_count_range', sql`${t.target_count} between 1 and 100`),
    check('habits_streaks_valid', sql`${t.current_streak} >= 0 and ${t.longest_streak} >= ${t.current_streak}`),
  ],
);

/**
 * One log per habit and local day: how many times it was done against that day's target, an
 * optional note, or a skip (which keeps the streak and has no count).
 */
export const habit_logs = pgTable(
  'habit_logs',
  {
    id: id(),
    user_id: ownerId(),
    habit_id: uuid()
      .notNull()
      .references(() => habits.id, { onDelete: 'cascade' }),
    log_date: date({ mode: 'string' }).notNull(),
    count: integer().notNull().default(0),
    /** The habit's target_count on that day (targets may change later). */
    target: integer().notNull().default(1),
    note: text(),
    skipped: boolean().notNull().default(false),
    /** When count first reached target. */
    completed_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('habit_logs_habit_date_key').on(t.habit_id, t.log_date),
    index('habit_logs_user_date_idx').on(t.user_id, t.log_date),
    check('habit_logs_count_non_negative', sql`${t.count} >= 0`),
    check('habit_logs_target_positive', sql`${t.target} >= 1`),
    check('habit_logs_skip_has_no_count', sql`not ${t.skipped} or ${t.count} = 0`),
    check('habit_logs_completed_when_target_met', sql`${t.completed_at} is null or ${t.count} >= ${t.target}`),
  ],
);
