import { addDays, type DayKey, dayKey, dayStart, monthKey, weekKey, weekStart } from '../time/day';

/**
 * The focus timer (SPEC §6 Focus). The server owns the clock: a session's active time is the
 * wall time since it started minus its pauses, and remaining = planned − active. Pure: the
 * caller passes `now`.
 */

/** Shortest and longest session a user may start. */
export const FOCUS_MIN_SECONDS = 60;
export const FOCUS_MAX_SECONDS = 14_400;
/** Completion is accepted this close to the end, so a client a moment ahead of the server is not refused. */
export const FOCUS_COMPLETE_GRACE_SECONDS = 5;

/** What the timing of a session depends on (the session row and its pause bookkeeping). */
export interface FocusClock {
  duration_seconds: number;
  started_at: Date;
  /** Completed pauses only. */
  total_paused_ms: number;
  /** Since when the running pause lasts; null while running. */
  paused_at: Date | null;
}

export interface FocusTiming {
  /** Active time so far, pauses excluded, never more than planned. */
  focused_ms: number;
  paused_ms: number;
  remaining_ms: number;
  focused_seconds: number;
  paused_seconds: number;
  /** Rounded up, so a display shows 0 only when the time is really up. */
  remaining_seconds: number;
  /** When the running phase ends; null while paused. */
  ends_at: Date | null;
  /** Running and out of time: it completes itself on the next read. */
  run_out: boolean;
}

export function focusTiming(s: FocusClock, now: Date): FocusTiming {
  const planned = s.duration_seconds * 1000;
  const runningPause = s.paused_at ? Math.max(0, now.getTime() - s.paused_at.getTime()) : 0;
  const paused_ms = s.total_paused_ms + runningPause;
  const sinceStart = now.getTime() - s.started_at.getTime();
  const focused_ms = Math.min(planned, Math.max(0, sinceStart - paused_ms));
  const remaining_ms = planned - focused_ms;
  return {
    focused_ms,
    paused_ms,
    remaining_ms,
    focused_seconds: Math.floor(focused_ms / 1000),
    paused_seconds: Math.floor(paused_ms / 1000),
    remaining_seconds: Math.ceil(remaining_ms / 1000),
    ends_at: s.paused_at ? null : naturalEnd(s),
    run_out: s.paused_at === null && remaining_ms <= 0,
  };
}

/** The instant a running session reaches its planned length (its pauses pushed it later). */
export function naturalEnd(s: FocusClock): Date {
  return new Date(s.started_at.getTime() + s.duration_seconds * 1000 + s.total_paused_ms);
}

/** Whether a manual completion is accepted now. */
export function canComplete(s: FocusClock, now: Date): boolean {
  return focusTiming(s, now).remaining_ms <= FOCUS_COMPLETE_GRACE_SECONDS * 1000;
}

/** The pause bookkeeping after pausing at `now` (a paused session stays as it is). */
export function pausedAt(s: FocusClock, now: Date): Pick<FocusClock, 'paused_at' | 'total_paused_ms'> {
  return { paused_at: s.paused_at ?? now, total_paused_ms: s.total_paused_ms };
}

/** The pause bookkeeping after resuming at `now`: the running pause joins the total. */
export function resumedAt(s: FocusClock, now: Date): Pick<FocusClock, 'paused_at' | 'total_paused_ms'> {
  if (!s.paused_at) return { paused_at: null, total_paused_ms: s.total_paused_ms };
  return { paused_at: null, total_paused_ms: s.total_paused_ms + Math.max(0, now.getTime() - s.paused_at.getTime()) };
}

/**
 * How a session closes at `at` (completed or abandoned): any running pause ends there and the
 * active time is fixed. A session that ran out closes at its natural end, not when it was noticed.
 */
export function closeAt(s: FocusClock, at: Date): { ended_at: Date; total_paused_ms: number; focused_seconds: number } {
  const end = focusTiming(s, at).run_out ? naturalEnd(s) : at;
  const { total_paused_ms } = resumedAt(s, end);
  return {
    ended_at: end,
    total_paused_ms,
    focused_seconds: focusTiming({ ...s, total_paused_ms, paused_at: null }, end).focused_seconds,
  };
}

// ── Stats ────────────────────────────────────────────────────────────────────

export type FocusStatsPeriod = 'day' | 'week' | 'month';

/** A closed session as the stats see it; it counts for the user-day it ended in. */
export interface ClosedFocusSession {
  status: 'completed' | 'abandoned';
  ended_at: Date;
  focused_seconds: number;
}

export interface FocusTotals {
  /** Focused time of completed sessions (what rewards and quests count). */
  focused_seconds: number;
  minutes: number;
  /** Completed sessions. */
  sessions: number;
  abandoned: number;
  /** completed / (completed + abandoned); null when none closed. */
  completion_rate: number | null;
}

export function focusTotals(rows: readonly ClosedFocusSession[]): FocusTotals {
  let focused_seconds = 0;
  let sessions = 0;
  let abandoned = 0;
  for (const r of rows) {
    if (r.status === 'completed') {
      sessions++;
      focused_seconds += r.focused_seconds;
    } else abandoned++;
  }
  const closed = sessions + abandoned;
  return {
    focused_seconds,
    minutes: Math.floor(focused_seconds / 60),
    sessions,
    abandoned,
    completion_rate: closed === 0 ? null : sessions / closed,
  };
}

export interface Zone {
  timeZone: string;
  dayStartHour: number;
}

/** The user-day, ISO week or month containing `now`: its key and half-open instant range. */
export function periodContaining(
  period: FocusStatsPeriod,
  now: Date,
  zone: Zone,
): { key: string; first_day: DayKey; start: Date; end: Date } {
  const today = dayKey(now, zone.timeZone, zone.dayStartHour);
  let first: DayKey;
  let next: DayKey;
  let key: string;
  if (period === 'day') {
    [first, next, key] = [today, addDays(today, 1), today];
  } else if (period === 'week') {
    first = weekStart(today);
    [next, key] = [addDays(first, 7), weekKey(today)];
  } else {
    key = monthKey(today);
    first = `${key}-01`;
    next = addDays(first, 32).slice(0, 8).concat('01');
  }
  return {
    key,
    first_day: first,
    start: dayStart(first, zone.timeZone, zone.dayStartHour),
    end: dayStart(next, zone.timeZone, zone.dayStartHour),
  };
}

/** Totals per user-day for `days` (keys in order); sessions outside them are ignored. */
export function dailyTotals(
  rows: readonly ClosedFocusSession[],
  days: readonly DayKey[],
  zone: Zone,
): (FocusTotals & { date: DayKey })[] {
  const byDay = new Map<DayKey, ClosedFocusSession[]>(days.map((d) => [d, []]));
  for (const r of rows) byDay.get(dayKey(r.ended_at, zone.timeZone, zone.dayStartHour))?.push(r);
  return days.map((date) => ({ date, ...focusTotals(byDay.get(date) ?? []) }));
}

/** The `n` user-days ending with the one containing `now`, oldest first. */
export function lastDays(n: number, now: Date, zone: Zone): DayKey[] {
  const today = dayKey(now, zone.timeZone, zone.dayStartHour);
  return Array.from({ length: n }, (_, i) => addDays(today, i - n + 1));
}
