import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { calendarEventTypes } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';
import { program_days, workouts } from '../exercise/exercise.tables';
import { goals } from '../goals/goals.tables';
import { habits } from '../habits/habits.tables';

/**
 * Calendar events. A recurring event keeps its RFC 5545 RRULE and is expanded server-side for
 * range queries; `recurrence_until` (null = endless) lets a range query skip finished series.
 */
export const calendar_events = pgTable(
  'calendar_events',
  {
    id: id(),
    user_id: ownerId(),
    title: text().notNull(),
    description: text(),
    event_type: text().notNull().default('other'),
    start_time: ts().notNull(),
    end_time: ts(),
    all_day: boolean().notNull().default(false),
    /** IANA zone the event was planned in (recurrences keep their wall-clock time across DST). */
    timezone: text(),
    location: text(),
    color: text(),
    /** Minutes before the start at which to remind. */
    reminders: integer().array().notNull().default(sql`'{}'::integer[]`),
    workout_id: uuid().references(() => workouts.id, { onDelete: 'set null' }),
    habit_id: uuid().references(() => habits.id, { onDelete: 'set null' }),
    goal_id: uuid().references(() => goals.id, { onDelete: 'set null' }),
    /** The day of the active training program this event schedules (one event each; gone with the day). */
    program_day_id: uuid().references(() => program_days.id, { onDelete: 'cascade' }),
    recurrence_rule: text(),
    recurrence_until: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('calendar_events_user_start_idx').on(t.user_id, t.start_time, t.id),
    // Series are read whole for expansion; this keeps that read small.
    index('calendar_events_user_recurring_idx')
      .on(t.user_id, t.start_time)
      .where(sql`${t.recurrence_rule} is not null`),
    index('calendar_events_workout_idx').on(t.workout_id),
    index('calendar_events_habit_idx').on(t.habit_id),
    index('calendar_events_goal_idx').on(t.goal_id),
    uniqueIndex('calendar_events_program_day_key').on(t.program_day_id),
    check('calendar_events_title_length', sql`char_length(${t.title}) between 1 and 300`),
    check('calendar_events_type_valid', oneOf(t.event_type, calendarEventTypes)),
    check('calendar_events_end_after_start', sql`${t.end_time} is null or ${t.end_time} >= ${t.start_time}`),
    check('calendar_events_reminders_range', sql`0 <= all(${t.reminders}) and 40320 >= all(${t.reminders})`),
    check('calendar_events_reminders_count', sql`cardinality(${t.reminders}) <= 5`),
    check('calendar_events_rrule_length', sql`char_length(${t.recurrence_rule}) between 1 and 500`),
    check('calendar_events_until_needs_rule', sql`${t.recurrence_until} is null or ${t.recurrence_rule} is not null`),
  ],
);

/**
 * A single occurrence of a recurring event edited or cancelled. `occurrence_start` is the
 * occurrence's original start; null override columns keep the series' values.
 */
export const calendar_event_exceptions = pgTable(
  'calendar_event_exceptions',
  {
    id: id(),
    user_id: ownerId(),
    event_id: uuid()
      .notNull()
      .references(() => calendar_events.id, { onDelete: 'cascade' }),
    occurrence_start: ts().notNull(),
    is_cancelled: boolean().notNull().default(false),
    title: text(),
    description: text(),
    start_time: ts(),
    end_time: ts(),
    location: text(),
    color: text(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('calendar_event_exceptions_event_occurrence_key').on(t.event_id, t.occurrence_start),
    index('calendar_event_exceptions_user_idx').on(t.user_id),
    check(
      'calendar_event_exceptions_end_after_start',
      sql`${t.end_time} is null or ${t.start_time} is null or ${t.end_time} >= ${t.start_time}`,
    ),
  ],
);

/**
 * Private subscription feed tokens for `/api/calendar/feed/:token.ics`. Only the SHA-256 of
 * the token is stored; a revoked token stops working at once.
 */
export const calendar_feed_tokens = pgTable(
  'calendar_feed_tokens',
  {
    id: id(),
    user_id: ownerId(),
    token_hash: text().notNull(),
    last_used_at: ts(),
    revoked_at: ts(),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('calendar_feed_tokens_token_hash_key').on(t.token_hash),
    index('calendar_feed_tokens_user_created_idx').on(t.user_id, t.created_at, t.id),
  ],
);
