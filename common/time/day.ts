/**
 * The user's day (SPEC §4). A user lives in an IANA time zone and starts their day at
 * `dayStartHour` (0–23) local time: an instant belongs to the calendar date of its local wall
 * time minus `dayStartHour` hours, so with 4 a session at 01:30 still counts for yesterday.
 *
 * Day keys are `YYYY-MM-DD`, week keys ISO 8601 (`2026-W48`, weeks start Monday), month keys
 * `2026-11`. Weekdays are numbered 0 = Monday … 6 = Sunday, the ISO order shifted to start at 0.
 *
 * Years 1–9999. Pure: only `Intl` is used (one cached formatter per zone), so server and web share it.
 */

export type DayKey = string;
export type PeriodKind = 'daily' | 'weekly' | 'monthly';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds of a proleptic-Gregorian UTC date-time (Date.UTC maps years 0–99 to 1900s). */
function utcMs(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  const date = new Date(Date.UTC(2000, m - 1, d, hh, mm, ss));
  date.setUTCFullYear(y);
  return date.getTime();
}

/** The zone's offset at `ms` (whole seconds, in ms), read from Intl. */
function readOffset(ms: number, timeZone: string): number {
  const seconds = Math.floor(ms / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(seconds)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return utcMs(p.year as number, p.month as number, p.day as number, p.hour, p.minute, p.second) - seconds;
}

const BUCKET = 15 * 60_000;
/** Per zone: the offset of each quarter hour that holds no transition. Formatting is the slow part. */
const offsets = new Map<string, Map<number, number>>();
let cachedOffsets = 0;

/** The zone's UTC offset at `ms`, in milliseconds (whole seconds); cached per quarter hour. */
export function zoneOffset(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const bucket = Math.floor(ms / BUCKET);
  const known = zone.get(bucket);
  if (known !== undefined) return known;
  const first = readOffset(bucket * BUCKET, timeZone);
  if (first !== readOffset((bucket + 1) * BUCKET - 1000, timeZone)) return readOffset(ms, timeZone);
  if (++cachedOffsets > 100_000) {
    offsets.clear();
    cachedOffsets = 0;
  }
  zone.set(bucket, first);
  return first;
}

/** The local wall time of `ms` in `timeZone`, expressed as if it were UTC milliseconds. */
function wallMs(ms: number, timeZone: string): number {
  return ms + zoneOffset(ms, timeZone);
}

function checkHour(dayStartHour: number): void {
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`dayStartHour must be an integer from 0 to 23, not ${dayStartHour}`);
  }
}

/** Parses a day key to UTC midnight milliseconds; throws on anything that is not a real date. */
function parseDay(dayKey: DayKey): number {
  const m = DAY_KEY.exec(dayKey);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = utcMs(y, mo, d);
    if (keyOfUtc(ms) === dayKey) return ms;
  }
  throw new RangeError(`Not a valid day key (YYYY-MM-DD): ${String(dayKey)}`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function keyOfUtc(ms: number): DayKey {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The user-day `instant` belongs to. */
export function dayKey(instant: Date, timeZone: string, dayStartHour: number): DayKey {
  checkHour(dayStartHour);
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid date');
  return keyOfUtc(wallMs(ms, timeZone) - dayStartHour * HOUR);
}

const startCache = new Map<string, number>();

/**
 * The first instant of the user-day `key`: the earliest instant whose local wall time reaches
 * `key` at `dayStartHour`:00. In a DST gap that is the first instant after the gap; when the wall
 * time occurs twice it is the earlier one. A calendar day a zone skipped entirely (Samoa on
 * 2011-12-30) starts where the next day starts, so its range is empty.
 */
export function dayStart(key: DayKey, timeZone: string, dayStartHour: number): Date {
  checkHour(dayStartHour);
  const cacheKey = `${timeZone}|${dayStartHour}|${key}`;
  const cached = startCache.get(cacheKey);
  if (cached !== undefined) return new Date(cached);

  const target = parseDay(key) + dayStartHour * HOUR;
  const offsetBefore = zoneOffset(target - DAY, timeZone);
  const offsetAfter = zoneOffset(target + DAY, timeZone);
  const candidates = [target - offsetBefore, target - offsetAfter].sort((a, b) => a - b);
  let start = candidates.find((t) => wallMs(t, timeZone) === target);
  if (start === undefined) {
    // A gap: wall time jumps over the target between the two candidates; find the jump.
    let lo = candidates[0] as number;
    let hi = candidates[1] as number;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (wallMs(mid, timeZone) >= target) hi = mid;
      else lo = mid;
    }
    start = hi;
  }
  if (startCache.size > 20_000) startCache.clear();
  startCache.set(cacheKey, start);
  return new Date(start);
}

/** The user-day as a half-open interval `[start, end)`; 23 or 25 hours long across DST changes. */
export function dayRange(key: DayKey, timeZone: string, dayStartHour: number): { start: Date; end: Date } {
  return { start: dayStart(key, timeZone, dayStartHour), end: dayStart(addDays(key, 1), timeZone, dayStartHour) };
}

/** The day key `n` calendar days after `key` (negative `n` goes back). */
export function addDays(key: DayKey, n: number): DayKey {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, not ${n}`);
  return keyOfUtc(parseDay(key) + n * DAY);
}

/** Whole calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return Math.round((parseDay(b) - parseDay(a)) / DAY);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(key: DayKey): number {
  return (new Date(parseDay(key)).getUTCDay() + 6) % 7;
}

/** The Monday that starts the week of `key`. */
export function weekStart(key: DayKey): DayKey {
  return addDays(key, -weekday(key));
}

/** The ISO 8601 week of `key`, e.g. `2026-W48`; the week belongs to the year of its Thursday. */
export function weekKey(key: DayKey): string {
  const thursday = parseDay(addDays(key, 3 - weekday(key)));
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - utcMs(year, 1, 1)) / (7 * DAY)) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The month of `key`, e.g. `2026-11`. */
export function monthKey(key: DayKey): string {
  parseDay(key);
  return key.slice(0, 7);
}

/** The daily, weekly or monthly period `instant` falls in, in the user's day. */
export function periodKey(kind: PeriodKind, instant: Date, timeZone: string, dayStartHour: number): string {
  const day = dayKey(instant, timeZone, dayStartHour);
  switch (kind) {
    case 'daily':
      return day;
    case 'weekly':
      return weekKey(day);
    case 'monthly':
      return monthKey(day);
  }
}
