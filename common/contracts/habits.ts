import { z } from 'zod';
import { habitScheduleTypes } from '../enums';
import { MAX_DAY_COUNT, scheduleIssues } from '../rules/habits';
import { dateKey, pageQuery, timestamp } from './base';
import { rewardOutcome } from './gamification';
import { longText, text } from './text';

/** Habits, their days and what completing them pays (`/api/habits`, SPEC §6 Habits, docs/RULES.md). */

export const habitScheduleType = z.enum(habitScheduleTypes);

/** A habit as of the user's today (`today`), with its streaks and strength. */
export const habit = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  icon: z.string().nullable(),
  color: z.string().nullable(),
  schedule_type: habitScheduleType,
  /** ISO weekdays, 1 = Monday … 7 = Sunday (`weekdays` habits only; empty otherwise). */
  schedule_days: z.array(z.number().int()),
  /** The weekly quota (`times_per_week` habits only). */
  times_per_week: z.number().int().nullable(),
  /** Completions that make a day done. */
  target_count: z.number().int(),
  sort_order: z.number().int(),
  archived_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  /** The last day completed (count reached the target). */
  last_completed_date: dateKey.nullable(),
  /** The user's today, in their time zone and day-start hour. */
  today: dateKey,
  /** Whether today asks for it: daily, a chosen weekday, or a weekly quota not yet met. */
  due_today: z.boolean(),
  count_today: z.number().int(),
  completed_today: z.boolean(),
  skipped_today: z.boolean(),
  /** Days completed in the current ISO week (Monday to Sunday). */
  completed_this_week: z.number().int(),
  /** Scheduled days in a row (days) or weeks that met the quota (weeks); skips keep it. */
  current_streak: z.number().int(),
  longest_streak: z.number().int(),
  streak_unit: z.enum(['days', 'weeks']),
  /** 0–100: a moving average of recent periods (half-life 13 days for a daily habit). */
  strength: z.number().int().min(0).max(100),
});
export type Habit = z.output<typeof habit>;

/** One habit's day. A skipped day has no count; `completed_at` is when the count reached the target. */
export const habitLog = z.object({
  id: z.uuid(),
  habit_id: z.uuid(),
  log_date: dateKey,
  count: z.number().int(),
  target: z.number().int(),
  note: z.string().nullable(),
  skipped: z.boolean(),
  completed_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type HabitLog = z.output<typeof habitLog>;

const weekdayNumber = z.number().int().min(1).max(7);

const habitFields = {
  name: text(200).min(1),
  description: longText(2000).nullable(),
  icon: text(64).min(1).nullable(),
  color: text(32).min(1).nullable(),
  schedule_type: habitScheduleType,
  schedule_days: z.array(weekdayNumber).max(7),
  times_per_week: z.number().int().min(1).max(7).nullable(),
  target_count: z.number().int().min(1).max(100),
};

/**
 * A new habit goes to the end of the list. The schedule must be consistent (422 otherwise):
 * `daily`; `weekdays` with `schedule_days`; `times_per_week` with `times_per_week`.
 */
export const createHabitBody = z
  .strictObject({
    name: habitFields.name,
    description: habitFields.description.optional(),
    icon: habitFields.icon.optional(),
    color: habitFields.color.optional(),
    schedule_type: habitFields.schedule_type.default('daily'),
    schedule_days: habitFields.schedule_days.default([]),
    times_per_week: habitFields.times_per_week.default(null),
    target_count: habitFields.target_count.default(1),
  })
  .superRefine((body, ctx) => {
    for (const issue of scheduleIssues(body))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
export type CreateHabitBody = z.input<typeof createHabitBody>;

/**
 * Any subset of the fields. Changing `schedule_type` clears the other type's fields unless they
 * are given; the resulting schedule must be consistent (422). Archiving is its own route.
 */
export const updateHabitBody = z.strictObject(habitFields).partial();
export type UpdateHabitBody = z.input<typeof updateHabitBody>;

/** `archived: false` brings an archived habit back (to the end of the list). */
export const archiveHabitBody = z.strictObject({ archived: z.boolean().default(true) });
export type ArchiveHabitBody = z.input<typeof archiveHabitBody>;

/** The user's habits in the new order; habits not named keep their order after them. */
export const reorderHabitsBody = z.strictObject({
  ids: z
    .array(z.uuid())
    .min(1)
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, 'Each habit may appear only once'),
});
export type ReorderHabitsBody = z.input<typeof reorderHabitsBody>;

/** Active habits by default; `archived=true` lists the archived ones. */
export const habitListQuery = pageQuery.extend({ archived: z.enum(['true', 'false']).default('false') });
export type HabitListQuery = z.input<typeof habitListQuery>;

/**
 * Adds `count` (default 1) completions to `date` (default the user's today; only today or
 * yesterday). The addition that reaches the target pays, once per habit and day; `note`
 * replaces the day's note.
 */
export const completeHabitBody = z.strictObject({
  count: z.number().int().min(1).max(100).default(1),
  note: longText(1000).nullable().optional(),
  date: dateKey.optional(),
});
export type CompleteHabitBody = z.input<typeof completeHabitBody>;

/** Marks a day skipped: the streak holds, nothing is paid. Only a day without completions. */
export const skipHabitBody = z.strictObject({
  note: longText(1000).nullable().optional(),
  date: dateKey.optional(),
});
export type SkipHabitBody = z.input<typeof skipHabitBody>;

export const habitLogParams = z.object({ id: z.uuid(), date: dateKey });

export const HABIT_HISTORY_MAX_DAYS = 366;
export const habitHistoryQuery = z.object({
  days: z.coerce.number().int().min(1).max(HABIT_HISTORY_MAX_DAYS).default(365),
});
export type HabitHistoryQuery = z.input<typeof habitHistoryQuery>;

/** One day of the heat-map. */
export const habitHeatDay = z.object({
  date: dateKey,
  count: z.number().int(),
  /** The day's target: its log's, or the habit's current one. */
  target: z.number().int(),
  completed: z.boolean(),
  skipped: z.boolean(),
  /** Whether the habit asked for that day (it existed, and the day is in its schedule). */
  scheduled: z.boolean(),
});

/** The last `days` days up to today: every day for the heat-map, and the logs (newest first). */
export const habitHistory = z.object({
  habit_id: z.uuid(),
  from: dateKey,
  to: dateKey,
  days: z.array(habitHeatDay),
  logs: z.array(habitLog),
});
export type HabitHistory = z.output<typeof habitHistory>;

/**
 * A completion: the habit as it now stands, the day's log, what it paid (the first reward,
 * marked `duplicate`, when the day was already complete; null while below the target), and the
 * perfect-day reward when this completion made the day perfect.
 */
export const habitCompletion = z.object({
  habit,
  log: habitLog,
  reward: rewardOutcome.nullable(),
  perfect_day: rewardOutcome.nullable(),
});
export type HabitCompletion = z.output<typeof habitCompletion>;

export const habitDay = z.object({ habit, log: habitLog });
export type HabitDayChange = z.output<typeof habitDay>;

export { MAX_DAY_COUNT };
