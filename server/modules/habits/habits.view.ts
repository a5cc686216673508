import type { Habit, HabitLog } from '#common/contracts/habits';
import {
  dueOn,
  type HabitDay,
  type HabitSchedule,
  habitPeriods,
  habitStart,
  isCompleted,
  type Period,
  streaksOf,
  strengthOf,
  windowStart,
} from '#common/rules/habits';
import { addDays, type DayKey, dayKey, dayRange, weekStart } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import type { HabitLogRow, HabitRow } from './habits.repo';

/** The user's today, in their time zone and day-start hour. */
export const todayOf = (ctx: Ctx, now = ctx.clock.now()): DayKey =>
  dayKey(now, ctx.user.timezone, ctx.user.day_start_hour);

/** The user-day the habit was created on. */
export const createdDayOf = (ctx: Ctx, row: Pick<HabitRow, 'created_at'>): DayKey =>
  dayKey(row.created_at, ctx.user.timezone, ctx.user.day_start_hour);

/**
 * When an activity on `date` happened, for the game layer: now for today, the day's last
 * moment for an earlier day, so the event lands in the user-day it belongs to.
 */
export function occurredAt(ctx: Ctx, date: DayKey, today: DayKey, now: Date): Date {
  if (date === today) return now;
  return new Date(dayRange(date, ctx.user.timezone, ctx.user.day_start_hour).end.getTime() - 1);
}

export const scheduleOf = (
  row: Pick<HabitRow, 'schedule_type' | 'schedule_days' | 'times_per_week'>,
): HabitSchedule => ({
  schedule_type: row.schedule_type as HabitSchedule['schedule_type'],
  schedule_days: row.schedule_days,
  times_per_week: row.times_per_week,
});

export const dayOf = (log: Pick<HabitLogRow, 'log_date' | 'count' | 'target' | 'skipped'>): HabitDay => ({
  date: log.log_date,
  count: log.count,
  target: log.target,
  skipped: log.skipped,
});

export const logView = (log: HabitLogRow): HabitLog => ({
  id: log.id,
  habit_id: log.habit_id,
  log_date: log.log_date,
  count: log.count,
  target: log.target,
  note: log.note,
  skipped: log.skipped,
  completed_at: log.completed_at,
  created_at: log.created_at,
  updated_at: log.updated_at,
});

/** The habit's streaks judged on its whole history (what the cache columns hold). */
export function historyStreaks(row: HabitRow, days: HabitDay[], createdDay: DayKey, today: DayKey) {
  const schedule = scheduleOf(row);
  const start = habitStart(createdDay, days);
  const periods = habitPeriods(schedule, { start, today, days });
  const last = days.reduce<DayKey | null>((acc, d) => (isCompleted(d) && (!acc || d.date > acc) ? d.date : acc), null);
  return { schedule, days, periods, streaks: streaksOf(periods), last_completed_date: last };
}

/**
 * The API view of a habit as of `today`. `days` are its logs from the read window on, or its
 * whole history when `full`. A current run that reaches past the window needs the whole
 * history: `needsHistory` says so and the caller asks again with it. `periods` are the whole
 * history's, when the caller has judged them already.
 */
export function buildView(
  row: HabitRow,
  days: HabitDay[],
  opts: { today: DayKey; createdDay: DayKey; full: boolean; periods?: Period[] },
): { view: Habit; needsHistory: boolean } {
  const { today, createdDay } = opts;
  const schedule = scheduleOf(row);
  const from = windowStart(today);
  const start = habitStart(createdDay, days);
  const recent = habitPeriods(schedule, { start, today, days, from });
  const judged = opts.full ? (opts.periods ?? habitPeriods(schedule, { start, today, days })) : recent;
  const streaks = streaksOf(judged);
  const needsHistory = !opts.full && streaks.unbroken && streaks.current > 0 && start < from;

  const todayLog = days.find((d) => d.date === today);
  const monday = weekStart(today);
  const sunday = addDays(monday, 6);
  const week = days.filter((d) => d.date >= monday && d.date <= sunday);
  const weekly = schedule.schedule_type === 'times_per_week';

  const view: Habit = {
    id: row.id,
    name: row.name,
    description: row.description,
    icon: row.icon,
    color: row.color,
    schedule_type: schedule.schedule_type,
    schedule_days: [...row.schedule_days],
    times_per_week: row.times_per_week,
    target_count: row.target_count,
    sort_order: row.sort_order,
    archived_at: row.archived_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    last_completed_date: row.last_completed_date,
    today,
    due_today: dueOn(schedule, today, week),
    count_today: todayLog && !todayLog.skipped ? todayLog.count : 0,
    completed_today: isCompleted(todayLog),
    skipped_today: todayLog?.skipped ?? false,
    completed_this_week: week.filter(isCompleted).length,
    current_streak: streaks.current,
    longest_streak: Math.max(row.longest_streak, streaks.longest, streaks.current),
    streak_unit: weekly ? 'weeks' : 'days',
    strength: strengthOf(schedule, recent),
  };
  return { view, needsHistory };
}
