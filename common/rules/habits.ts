import type { habitScheduleTypes } from '../enums';
import { addDays, type DayKey, daysBetween, weekday, weekStart } from '../time/day';

/**
 * Habit rules (SPEC §6 Habits), pure: schedules, the periods a habit is judged by, streaks,
 * the strength score, what a day asks for, and the perfect day. docs/RULES.md explains them.
 *
 * A habit is judged per period: each scheduled day for `daily` and `weekdays`, each ISO week
 * (Monday to Sunday) for `times_per_week`. A period is `met`, `excused` (skipped: keeps the
 * streak, adds nothing), `missed` (breaks it) or `pending` (still open: today, the current week,
 * or the week the habit started in while unmet; it neither counts nor breaks).
 */

export type HabitScheduleType = (typeof habitScheduleTypes)[number];

export interface HabitSchedule {
  schedule_type: HabitScheduleType;
  /** ISO weekdays, 1 = Monday … 7 = Sunday; only for `weekdays`. */
  schedule_days: readonly number[];
  /** Only for `times_per_week`. */
  times_per_week: number | null;
}

/** One logged day of one habit. */
export interface HabitDay {
  date: DayKey;
  count: number;
  /** The target that day (targets may change later). */
  target: number;
  skipped: boolean;
}

export type PeriodStatus = 'met' | 'excused' | 'missed' | 'pending';

export interface Period {
  /** The day (or the Monday of the week) the period starts on. */
  start: DayKey;
  status: PeriodStatus;
  /** Progress towards the period's goal, 0–1 (partial counts earn partial credit). */
  value: number;
}

/** The half-life of the strength score of a daily habit, in days. */
export const STRENGTH_HALF_LIFE_DAYS = 13;
/** Reads judge a habit on the last 53 weeks; longer streaks are confirmed on the whole history. */
export const HABIT_WINDOW_WEEKS = 53;
/** The most completions one day may hold. */
export const MAX_DAY_COUNT = 1000;

export interface ScheduleIssue {
  path: 'schedule_type' | 'schedule_days' | 'times_per_week';
  message: string;
}

/** What is wrong with a schedule (empty when it is valid). */
export function scheduleIssues(s: {
  schedule_type: string;
  schedule_days: readonly number[];
  times_per_week: number | null;
}): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const days = s.schedule_days;
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    issues.push({ path: 'schedule_days', message: 'Weekdays are numbered 1 (Monday) to 7 (Sunday)' });
  } else if (new Set(days).size !== days.length) {
    issues.push({ path: 'schedule_days', message: 'A weekday may appear only once' });
  }
  const times = s.times_per_week;
  switch (s.schedule_type) {
    case 'daily':
      if (days.length > 0) issues.push({ path: 'schedule_days', message: 'A daily habit has no weekdays' });
      if (times !== null) issues.push({ path: 'times_per_week', message: 'Only a times_per_week habit has a count' });
      break;
    case 'weekdays':
      if (days.length === 0) issues.push({ path: 'schedule_days', message: 'Choose at least one weekday' });
      if (times !== null) issues.push({ path: 'times_per_week', message: 'Only a times_per_week habit has a count' });
      break;
    case 'times_per_week':
      if (days.length > 0) issues.push({ path: 'schedule_days', message: 'A times_per_week habit has no weekdays' });
      if (times === null || !Number.isInteger(times) || times < 1 || times > 7) {
        issues.push({ path: 'times_per_week', message: 'Choose from 1 to 7 times a week' });
      }
      break;
    default:
      issues.push({ path: 'schedule_type', message: 'Use daily, weekdays or times_per_week' });
  }
  return issues;
}

/** 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: DayKey): number => weekday(day) + 1;

/** Whether the day is one the habit asks for (any day may count towards a weekly quota). */
export function isScheduledDay(s: HabitSchedule, day: DayKey): boolean {
  return s.schedule_type !== 'weekdays' || s.schedule_days.includes(isoWeekday(day));
}

export const isCompleted = (d: HabitDay | null | undefined): boolean =>
  !!d && !d.skipped && d.count > 0 && d.count >= d.target;

/** The first day a habit is judged on: the day it was created, or an earlier logged day. */
export function habitStart(createdDay: DayKey, days: readonly HabitDay[]): DayKey {
  let start = createdDay;
  for (const d of days) if (d.date < start) start = d.date;
  return start;
}

const byDate = (days: readonly HabitDay[]) => new Map(days.map((d) => [d.date, d]));
const weekOf = (day: DayKey) => weekStart(day);

/**
 * The periods from `start` (or `from`, when later; a Monday for weekly habits) through `today`,
 * judged on `days`.
 */
export function habitPeriods(
  s: HabitSchedule,
  opts: { start: DayKey; today: DayKey; days: readonly HabitDay[]; from?: DayKey },
): Period[] {
  const { start, today } = opts;
  const first = opts.from && opts.from > start ? opts.from : start;
  if (first > today) return [];
  const logs = byDate(opts.days);
  const periods: Period[] = [];
  if (s.schedule_type !== 'times_per_week') {
    for (let d = first; d <= today; d = addDays(d, 1)) {
      if (!isScheduledDay(s, d)) continue;
      const log = logs.get(d);
      const value = log && !log.skipped ? Math.min(1, log.count / log.target) : 0;
      let status: PeriodStatus;
      if (isCompleted(log)) status = 'met';
      else if (log?.skipped) status = 'excused';
      else status = d === today ? 'pending' : 'missed';
      periods.push({ start: d, status, value: status === 'met' ? 1 : value });
    }
    return periods;
  }
  const quota = s.times_per_week ?? 1;
  const current = weekOf(today);
  const startWeek = weekOf(start);
  for (let w = weekOf(first); w <= current; w = addDays(w, 7)) {
    let done = 0;
    let skipped = 0;
    for (let i = 0; i < 7; i++) {
      const log = logs.get(addDays(w, i));
      if (isCompleted(log)) done++;
      else if (log?.skipped) skipped++;
    }
    let status: PeriodStatus;
    if (done >= quota) status = 'met';
    else if (w === current || w === startWeek) status = 'pending';
    else if (done + skipped >= quota) status = 'excused';
    else status = 'missed';
    periods.push({ start: w, status, value: Math.min(1, done / quota) });
  }
  return periods;
}

export interface StreakSummary {
  /** Met periods in the run that reaches the latest period. */
  current: number;
  longest: number;
  /** No period in the list was missed: the current run may reach further back than the list. */
  unbroken: boolean;
}

export function streaksOf(periods: readonly Period[]): StreakSummary {
  let run = 0;
  let longest = 0;
  let unbroken = true;
  for (const p of periods) {
    if (p.status === 'met') {
      run++;
      if (run > longest) longest = run;
    } else if (p.status === 'missed') {
      run = 0;
      unbroken = false;
    }
  }
  return { current: run, longest, unbroken };
}

/** The period that holds `day`, if the habit is judged on it. */
export function periodIndex(s: HabitSchedule, periods: readonly Period[], day: DayKey): number {
  const key = s.schedule_type === 'times_per_week' ? weekOf(day) : day;
  return periods.findIndex((p) => p.start === key);
}

/** The met periods of the run holding `day`'s period; 0 when that period is not met. */
export function runAt(s: HabitSchedule, periods: readonly Period[], day: DayKey): number {
  const i = periodIndex(s, periods, day);
  if (i < 0 || periods[i]?.status !== 'met') return 0;
  let n = 0;
  for (let j = i; j >= 0 && periods[j]?.status !== 'missed'; j--) if (periods[j]?.status === 'met') n++;
  for (let j = i + 1; j < periods.length && periods[j]?.status !== 'missed'; j++) {
    if (periods[j]?.status === 'met') n++;
  }
  return n;
}

/**
 * The streak a completion that just completed `day` reached, as the reward's streak bonus reads
 * it: the run holding `day`'s period when this completion made that period met, else 0 (a day
 * outside a weekdays schedule, or a weekly completion below or beyond the quota), so each
 * length is reached once.
 */
export function streakReached(
  s: HabitSchedule,
  periods: readonly Period[],
  days: readonly HabitDay[],
  day: DayKey,
): number {
  if (s.schedule_type === 'times_per_week') {
    const monday = weekOf(day);
    const done = days.filter((d) => weekOf(d.date) === monday && isCompleted(d)).length;
    if (done !== s.times_per_week) return 0;
  }
  return runAt(s, periods, day);
}

/**
 * The half-life of the strength score in periods. A daily habit halves in 13 days; a habit
 * asked for on a fraction f of days halves in 13 / √f calendar days, so rarer habits fade more
 * slowly, though not in proportion (one missed weekly session is a bigger lapse than a day).
 */
export function strengthHalfLife(s: HabitSchedule): number {
  const H = STRENGTH_HALF_LIFE_DAYS;
  switch (s.schedule_type) {
    case 'daily':
      return H;
    case 'weekdays':
      return H * Math.sqrt(Math.max(1, s.schedule_days.length) / 7);
    case 'times_per_week':
      return H / Math.sqrt(7 * (s.times_per_week ?? 1));
  }
}

/**
 * Habit strength 0–100: an exponential moving average of the periods' progress, starting at 0.
 * Excused and pending periods leave it unchanged, so a skip costs nothing and today is not held
 * against the habit before it is over.
 */
export function strengthOf(s: HabitSchedule, periods: readonly Period[]): number {
  const keep = 0.5 ** (1 / strengthHalfLife(s));
  let ema = 0;
  for (const p of periods) {
    if (p.status === 'met') ema = ema * keep + (1 - keep);
    else if (p.status === 'missed') ema = ema * keep + p.value * (1 - keep);
  }
  return Math.min(100, Math.max(0, Math.round(ema * 100)));
}

/** Days of `day`'s week other than `day`: how many were completed, how many skipped. */
function otherDaysOfWeek(day: DayKey, week: readonly HabitDay[]): { done: number; skipped: number } {
  const monday = weekOf(day);
  let done = 0;
  let skipped = 0;
  for (const d of week) {
    if (d.date === day || weekOf(d.date) !== monday) continue;
    if (isCompleted(d)) done++;
    else if (d.skipped) skipped++;
  }
  return { done, skipped };
}

/**
 * Whether the habit asks for something on `day`: every day for daily, its weekdays, and for a
 * weekly quota every day until the other days of the week have met it. `week` holds the logs of
 * `day`'s week.
 */
export function dueOn(s: HabitSchedule, day: DayKey, week: readonly HabitDay[]): boolean {
  if (s.schedule_type !== 'times_per_week') return isScheduledDay(s, day);
  const { done, skipped } = otherDaysOfWeek(day, week);
  return done + skipped < (s.times_per_week ?? 1);
}

/**
 * Whether a perfect day needs the habit done on `day`: its scheduled days, and for a weekly
 * quota only the days it can no longer be put off (what is left of the quota fills every day
 * left in the week).
 */
export function requiredOn(s: HabitSchedule, day: DayKey, week: readonly HabitDay[]): boolean {
  if (s.schedule_type !== 'times_per_week') return isScheduledDay(s, day);
  const { done, skipped } = otherDaysOfWeek(day, week);
  const left = (s.times_per_week ?? 1) - done - skipped;
  const daysLeft = daysBetween(day, addDays(weekOf(day), 6)) + 1;
  return left > 0 && left >= daysLeft;
}

export interface PerfectDayHabit {
  schedule: HabitSchedule;
  start: DayKey;
  /** The habit's logs in the week of the day judged. */
  week: readonly HabitDay[];
}

/**
 * A perfect day: at least one habit completed, and every habit the day required completed (a
 * skip excuses a streak, not a perfect day). Habits that started later do not count.
 */
export function isPerfectDay(habits: readonly PerfectDayHabit[], day: DayKey): boolean {
  let any = false;
  for (const h of habits) {
    if (h.start > day) continue;
    const done = isCompleted(h.week.find((d) => d.date === day));
    if (done) any = true;
    else if (requiredOn(h.schedule, day, h.week)) return false;
  }
  return any;
}

/**
 * Adds `add` completions to a day. A day not yet completed takes the habit's current target; a
 * skip turns into a count. `crossed` is true when this addition completed the day.
 */
export function addCompletions(
  prev: HabitDay | null,
  add: number,
  habitTarget: number,
): { count: number; target: number; crossed: boolean } {
  const wasDone = isCompleted(prev);
  const target = wasDone && prev ? prev.target : habitTarget;
  const count = Math.min(MAX_DAY_COUNT, (prev && !prev.skipped ? prev.count : 0) + add);
  return { count, target, crossed: !wasDone && count >= target };
}

/** The days a completion, skip or undo may name: today and yesterday. */
export const openDays = (today: DayKey): DayKey[] => [today, addDays(today, -1)];

/** The start of the window reads judge a habit on: a Monday, 53 weeks before this week's. */
export const windowStart = (today: DayKey): DayKey => addDays(weekOf(today), -7 * (HABIT_WINDOW_WEEKS - 1));
