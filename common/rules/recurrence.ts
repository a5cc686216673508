import * as rruleModule from 'rrule';
import { wallTime, zonedInstant } from '../time/zoned';

/**
 * Calendar recurrence (SPEC §6 Calendar, docs/RULES.md "Calendar"). A recurring event keeps an
 * RFC 5545 RRULE; its occurrences are computed in the event's wall-clock time and then placed in
 * its IANA zone, so a weekly 09:00 event stays at 09:00 local across DST changes. Pure: only
 * `Intl` and the `rrule` package; the clock is never read.
 */

// rrule ships a UMD build as its main entry: Node sees the namespace under `default`, bundlers
// see the named exports.
const lib = ((rruleModule as { default?: typeof rruleModule }).default ?? rruleModule) as typeof rruleModule;
const { RRule } = lib;

const DAY = 86_400_000;

/** Frequencies a planner needs; sub-daily rules would expand into thousands of rows a day. */
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const WEEKDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

/** Allowed RRULE parts with a check of each value. */
const PARTS: Record<string, (value: string) => boolean> = {
  FREQ: (v) => (FREQUENCIES as readonly string[]).includes(v),
  INTERVAL: (v) => intIn(v, 1, 1000),
  COUNT: (v) => intIn(v, 1, 1000),
  UNTIL: (v) => /^\d{8}(T\d{6}Z?)?$/.test(v),
  BYDAY: (v) => list(v, (d) => WEEKDAY.test(d) && ordinalOk(d)),
  BYMONTHDAY: (v) => list(v, (d) => signedIn(d, 1, 31)),
  BYMONTH: (v) => list(v, (d) => intIn(d, 1, 12)),
  BYYEARDAY: (v) => list(v, (d) => signedIn(d, 1, 366)),
  BYWEEKNO: (v) => list(v, (d) => signedIn(d, 1, 53)),
  BYSETPOS: (v) => list(v, (d) => signedIn(d, 1, 366)),
  WKST: (v) => /^(MO|TU|WE|TH|FR|SA|SU)$/.test(v),
};

function intIn(v: string, min: number, max: number): boolean {
  if (!/^\d{1,4}$/.test(v)) return false;
  const n = Number(v);
  return n >= min && n <= max;
}
function signedIn(v: string, min: number, max: number): boolean {
  const m = /^([+-]?)(\d{1,3})$/.exec(v);
  return m !== null && intIn(m[2] as string, min, max);
}
function list(v: string, ok: (item: string) => boolean): boolean {
  const items = v.split(',');
  return items.length <= 53 && items.every(ok);
}
function ordinalOk(d: string): boolean {
  const n = WEEKDAY.exec(d)?.[1];
  return n === undefined || signedIn(n, 1, 53);
}

export type RuleProblem = { ok: false; message: string };
export type ParsedRule = { ok: true; rule: string };

/**
 * Checks an RRULE value (without `DTSTART`; an `RRULE:` prefix is dropped) and returns it in a
 * canonical spelling (upper case, parts in the order written). Only daily, weekly, monthly and
 * yearly rules are accepted, COUNT and UNTIL at most 1000 and not both.
 */
export function parseRule(input: string): ParsedRule | RuleProblem {
  const text = input.trim().replace(/^RRULE:/i, '');
  if (text === '' || /[\r\n]/.test(text)) return { ok: false, message: 'The repeat rule is empty or spans lines.' };
  const seen = new Map<string, string>();
  for (const part of text.split(';')) {
    const [rawName, value, extra] = part.split('=');
    const name = (rawName ?? '').toUpperCase();
    if (value === undefined || extra !== undefined || value === '') {
      return { ok: false, message: `"${part}" is not a NAME=VALUE part of a repeat rule.` };
    }
    const check = PARTS[name];
    if (!check) return { ok: false, message: `${name} is not supported in a repeat rule.` };
    if (seen.has(name)) return { ok: false, message: `${name} appears twice in the repeat rule.` };
    if (!check(value.toUpperCase())) return { ok: false, message: `${name}=${value} is not a valid value.` };
    seen.set(name, value.toUpperCase());
  }
  if (!seen.has('FREQ')) return { ok: false, message: 'A repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).' };
  if (seen.has('COUNT') && seen.has('UNTIL')) return { ok: false, message: 'Use COUNT or UNTIL, not both.' };
  const rule = [...seen].map(([k, v]) => `${k}=${v}`).join(';');
  try {
    RRule.parseString(rule);
  } catch {
    return { ok: false, message: 'The repeat rule could not be read.' };
  }
  return { ok: true, rule };
}

// ── Expansion ────────────────────────────────────────────────────────────────

export interface Series {
  start: Date;
  /** Null for an event without duration. */
  end: Date | null;
  timeZone: string;
  rule: string;
}

export interface Occurrence {
  /** The occurrence's start as the rule places it (the key of an exception). */
  start: Date;
  end: Date | null;
}

const skipsAhead = (freq: number | undefined) => freq === RRule.DAILY || freq === RRule.WEEKLY;

/**
 * The series' rule on wall time. With `near` (wall milliseconds), a DAILY or WEEKLY rule without
 * COUNT starts whole periods later, at least one period before `near`: those rules repeat every
 * INTERVAL days or weeks of wall time exactly, so the occurrences from `near` on are the same,
 * and rrule need not walk every day from a start centuries earlier (a daily series begun in 1900
 * read in 2199 would take about a second of the event loop). COUNT counts from the real start.
 */
function ruleFor(series: Series, near?: number) {
  const options = RRule.parseString(series.rule);
  // The rule runs on wall time written as UTC; UNTIL is an instant, so move it to wall time too.
  if (options.until) options.until = new Date(wallTime(options.until, series.timeZone));
  let dtstart = wallTime(series.start, series.timeZone);
  const days = options.freq === RRule.DAILY ? 1 : 7;
  if (near !== undefined && skipsAhead(options.freq) && !options.count) {
    const period = days * (options.interval ?? 1) * DAY;
    const skip = Math.floor((near - dtstart) / period) - 1;
    if (skip > 0) dtstart += skip * period;
  }
  return new RRule({ ...options, dtstart: new Date(dtstart) });
}

function place(series: Series, wallStart: Date): Occurrence {
  const start = zonedInstant(wallStart.getTime(), series.timeZone);
  if (series.end === null) return { start, end: null };
  // The wall-clock length is kept, so a 1-hour meeting stays 1 hour on a DST day as well.
  const wallLength = wallTime(series.end, series.timeZone) - wallTime(series.start, series.timeZone);
  return { start, end: zonedInstant(wallStart.getTime() + wallLength, series.timeZone) };
}

/** Whether an occurrence overlaps `[from, to)`; one without duration counts at its start. */
export function overlaps(o: Occurrence, from: Date, to: Date): boolean {
  const end = o.end && o.end.getTime() > o.start.getTime() ? o.end : null;
  return end ? o.start < to && end > from : o.start >= from && o.start < to;
}

/** The occurrences of a series that overlap `[from, to)`, in order; at most `max` of them. */
export function expand(series: Series, from: Date, to: Date, max = 10_000): Occurrence[] {
  const length = series.end ? series.end.getTime() - series.start.getTime() : 0;
  // Wall time differs from UTC by at most a day; widen the window and filter exactly after.
  const lo = new Date(wallTime(from, series.timeZone) - length - 2 * DAY);
  const hi = new Date(wallTime(to, series.timeZone) + 2 * DAY);
  const out: Occurrence[] = [];
  for (const wall of ruleFor(series, lo.getTime()).between(lo, hi, true)) {
    const o = place(series, wall);
    if (overlaps(o, from, to)) out.push(o);
    if (out.length >= max) break;
  }
  return out;
}

/** The occurrence whose original start is `start`, or null when none starts then. */
export function occurrenceAt(series: Series, start: Date): Occurrence | null {
  const near = expand(series, new Date(start.getTime() - 1), new Date(start.getTime() + 1));
  return near.find((o) => o.start.getTime() === start.getTime()) ?? null;
}

/** The first occurrence, or null when the rule yields none. */
export function firstOccurrence(series: Series): Occurrence | null {
  const wall = ruleFor(series).after(new Date(wallTime(series.start, series.timeZone) - 1), true);
  return wall ? place(series, wall) : null;
}

/** The last occurrence of a finite series (COUNT or UNTIL); null for an endless one or none. */
export function lastOccurrence(series: Series): Occurrence | null {
  const options = RRule.parseString(series.rule);
  if (!options.count && !options.until) return null;
  if (options.count || !skipsAhead(options.freq)) {
    // At most 1000 occurrences (parseRule), or one a month at most over the years allowed.
    const wall = ruleFor(series).all().at(-1);
    return wall ? place(series, wall) : null;
  }
  // A daily or weekly rule with UNTIL: look back from it in a window that doubles, so a series
  // over centuries is not walked from its start.
  const start = wallTime(series.start, series.timeZone);
  const until = wallTime(options.until as Date, series.timeZone);
  for (let span = 32 * DAY; ; span *= 2) {
    const from = Math.max(start, until - span);
    const wall = ruleFor(series, from)
      .between(new Date(from), new Date(until + 1), true)
      .at(-1);
    if (wall) return place(series, wall);
    if (from === start) return null;
  }
}
