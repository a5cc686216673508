import { wallTime, zoneOffset } from '#common/time/zoned';

/**
 * A small RFC 5545 writer: enough for a calendar export and a subscription feed. Lines end in
 * CRLF and are folded at 75 octets (never inside a UTF-8 sequence); text values are escaped.
 */

const encoder = new TextEncoder();

/** Folds one content line: continuation lines start with a space, each line at most 75 octets. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function stamp(d: Date, utc: boolean): string {
  const date = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  return `${date}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${utc ? 'Z' : ''}`;
}

/** An instant as UTC date-time (`20260329T070000Z`). */
export const utcDateTime = (d: Date) => stamp(d, true);

/** The local date-time of an instant in a zone, without offset (`20260329T090000`). */
export const localDateTime = (d: Date, timeZone: string) => stamp(new Date(wallTime(d, timeZone)), false);

/** The local date of an instant in a zone (`20260329`). */
export const localDate = (d: Date, timeZone: string) => localDateTime(d, timeZone).slice(0, 8);

/** One property line `NAME;PARAMS:value`, unfolded. */
export type Line = string;

/** A component with its properties and sub-components. */
export interface Component {
  name: string;
  lines: Line[];
  children?: Component[];
}

function render(c: Component, out: string[]): void {
  out.push(`BEGIN:${c.name}`);
  out.push(...c.lines);
  for (const child of c.children ?? []) render(child, out);
  out.push(`END:${c.name}`);
}

/** The whole calendar as text: every line folded and ended with CRLF. */
export function serialize(calendar: Component): string {
  const lines: string[] = [];
  render(calendar, lines);
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

// ── VTIMEZONE ────────────────────────────────────────────────────────────────

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(ms) / 60_000);
  return `${sign}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
}

/** The instants in `[from, to)` at which the zone's offset changes, with the offsets either side. */
function transitions(timeZone: string, from: number, to: number) {
  const found: { at: number; before: number; after: number }[] = [];
  let prev = zoneOffset(from, timeZone);
  for (let t = from + WEEK; t < to + WEEK; t += WEEK) {
    const next = zoneOffset(t, timeZone);
    if (next === prev) continue;
    let lo = t - WEEK;
    let hi = t;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2 / 1000) * 1000;
      if (zoneOffset(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before: prev, after: next });
    prev = next;
  }
  return found;
}

/**
 * A VTIMEZONE for an IANA zone between two years, read from `Intl`: a STANDARD or DAYLIGHT
 * sub-component for each change of offset. RFC 5545 wants one for every TZID used.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): Component {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const changes = transitions(timeZone, from, to);
  if (changes.length === 0) {
    const offset = offsetText(zoneOffset(from, timeZone));
    return {
      name: 'VTIMEZONE',
      lines: [`TZID:${timeZone}`],
      children: [
        {
          name: 'STANDARD',
          lines: ['DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`],
        },
      ],
    };
  }
  // One sub-component per change: a change to a later clock is daylight time. Onsets are
  // written in the local time in force before the change.
  const children = changes.map(
    (c): Component => ({
      name: c.after > c.before ? 'DAYLIGHT' : 'STANDARD',
      lines: [
        `DTSTART:${stamp(new Date(c.at + c.before), false)}`,
        `TZOFFSETFROM:${offsetText(c.before)}`,
        `TZOFFSETTO:${offsetText(c.after)}`,
      ],
    }),
  );
  return { name: 'VTIMEZONE', lines: [`TZID:${timeZone}`], children };
}
