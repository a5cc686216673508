import { addDays, type DayKey, dayKey, dayStart, weekStart } from '#common/time/day';
import { wallTime, zonedInstant } from '#common/time/zoned';

/**
 * Date arithmetic of the planner, in the user's own zone with days starting at midnight (a
 * calendar shows the clock's days, not the user's habit day). Weeks start on Monday.
 */

export type View = 'month' | 'week' | 'day';

const pad = (n: number) => String(n).padStart(2, '0');

/** The day an instant falls on in `tz`. */
export const dayOf = (iso: string | Date, tz: string): DayKey => dayKey(new Date(iso), tz, 0);

/** Minutes since local midnight of an instant in `tz`. */
export function minuteOfDay(iso: string | Date, tz: string): number {
  const wall = wallTime(new Date(iso), tz);
  return Math.floor((((wall % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}

/** The instant of `minutes` after local midnight of `day` in `tz` (gaps read as RFC 5545 does). */
export function atMinute(day: DayKey, minutes: number, tz: string): Date {
  return zonedInstant(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000, tz);
}

export function firstOfMonth(key: DayKey): DayKey {
  return `${key.slice(0, 7)}-01`;
}

function addMonths(key: DayKey, n: number): DayKey {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${pad((total % 12) + 1)}-01`;
}

/** The days a view shows around `key`: six weeks for a month, seven days, or one day. */
export function visibleDays(view: View, key: DayKey): DayKey[] {
  if (view === 'day') return [key];
  const first = weekStart(view === 'month' ? firstOfMonth(key) : key);
  return Array.from({ length: view === 'month' ? 42 : 7 }, (_, i) => addDays(first, i));
}

/** The instants `[from, to)` covering the days, as the API's query wants them. */
export function rangeOf(days: DayKey[], tz: string): { from: string; to: string } {
  const first = days[0] as DayKey;
  const last = days[days.length - 1] as DayKey;
  return { from: dayStart(first, tz, 0).toISOString(), to: dayStart(addDays(last, 1), tz, 0).toISOString() };
}

/** The next or previous month, week or day. */
export function step(view: View, key: DayKey, direction: 1 | -1): DayKey {
  if (view === 'month') return addMonths(key, direction);
  return addDays(key, view === 'week' ? 7 * direction : direction);
}

const utcDate = (key: DayKey) => new Date(`${key}T12:00:00Z`);

/** "March 2026", "16 – 22 March 2026" or "Monday 16 March 2026". */
export function periodLabel(view: View, key: DayKey): string {
  if (view === 'month') {
    return utcDate(key).toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  if (view === 'day') {
    return utcDate(key).toLocaleDateString(undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }
  const days = visibleDays('week', key);
  const fmt = (k: DayKey, o: Intl.DateTimeFormatOptions) =>
    utcDate(k).toLocaleDateString(undefined, { ...o, timeZone: 'UTC' });
  return `${fmt(days[0] as DayKey, { day: 'numeric', month: 'short' })} – ${fmt(days[6] as DayKey, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })}`;
}

export const dayLabel = (key: DayKey, options: Intl.DateTimeFormatOptions) =>
  utcDate(key).toLocaleDateString(undefined, { ...options, timeZone: 'UTC' });

/** "09:30" (in the reader's clock style) of an instant in `tz`. */
export function timeLabel(iso: string | Date, tz: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', timeZone: tz });
}

/** The value of a `datetime-local` input for an instant in `tz`. */
export function toLocalInput(iso: string | Date, tz: string): string {
  return new Date(wallTime(new Date(iso), tz)).toISOString().slice(0, 16);
}

/** The instant a `datetime-local` value names in `tz`, or null when it is not a full value. */
export function fromLocalInput(value: string, tz: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}:00Z`);
  return Number.isNaN(ms) ? null : zonedInstant(ms, tz);
}
