import { addDays, type DayKey } from '../time/day';
import { type HabitDay, type HabitSchedule, habitPeriods, streaksOf, strengthOf } from './habits';

/** Schedules and histories for the habit rule tests. D(0) is Monday 2026-03-02. */
export const D = (n: number): DayKey => addDays('2026-03-02', n);
export const daily: HabitSchedule = { schedule_type: 'daily', schedule_days: [], times_per_week: null };
export const weekdays = (...days: number[]): HabitSchedule => ({
  schedule_type: 'weekdays',
  schedule_days: days,
  times_per_week: null,
});
export const weekly = (n: number): HabitSchedule => ({
  schedule_type: 'times_per_week',
  schedule_days: [],
  times_per_week: n,
});
export const done = (date: DayKey, count = 1, target = 1): HabitDay => ({ date, count, target, skipped: false });
export const skipped = (date: DayKey): HabitDay => ({ date, count: 0, target: 1, skipped: true });

export const periods = (s: HabitSchedule, days: HabitDay[], today: DayKey, start = D(0)) =>
  habitPeriods(s, { start, today, days });
export const streaks = (s: HabitSchedule, days: HabitDay[], today: DayKey, start = D(0)) =>
  streaksOf(periods(s, days, today, start));
export const strength = (s: HabitSchedule, days: HabitDay[], today: DayKey, start = D(0)) =>
  strengthOf(s, periods(s, days, today, start));
