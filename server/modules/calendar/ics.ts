import ical, {
  foldLines,
  formatDate,
  formatDateTZ,
  ICalAlarmType,
  type ICalDayJsStub,
  ICalEvent,
  type ICalTemporalPlainDateStub,
} from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { wallTime } from '#common/time/zoned';

/**
 * The iCalendar writing, by `ical-generator` (RFC 5545 text: escaping, folding at 75 octets,
 * CRLF) with VTIMEZONEs from `timezones-ical-library` (one per zone: the zone's current rules,
 * whatever years the events span). The document is written event by event, so a caller can
 * page through a large calendar and give the event loop back between pages.
 */

// ── Dates ────────────────────────────────────────────────────────────────────

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * An instant, in the shape ical-generator accepts from Day.js: it asks for the zone it writes
 * (`tz`) or UTC (`utc`) and formats the wall time, which `Intl` gives without a date library.
 * (A native Date would be written in the server process's own zone.)
 */
class ZonedInstant implements ICalDayJsStub {
  constructor(
    private readonly instant: Date,
    private readonly zone = 'UTC',
  ) {}
  tz(zone?: string): ZonedInstant {
    return new ZonedInstant(this.instant, zone ?? this.zone);
  }
  utc(): ZonedInstant {
    return new ZonedInstant(this.instant, 'UTC');
  }
  format(pattern = 'YYYYMMDDTHHmmss'): string {
    const wall = new Date(this.zone === 'UTC' ? this.instant.getTime() : wallTime(this.instant, this.zone));
    const parts: Record<string, string> = {
      YYYY: pad(wall.getUTCFullYear(), 4),
      MM: pad(wall.getUTCMonth() + 1),
      DD: pad(wall.getUTCDate()),
      HH: pad(wall.getUTCHours()),
      mm: pad(wall.getUTCMinutes()),
      ss: pad(wall.getUTCSeconds()),
    };
    return pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => parts[token] ?? token);
  }
  isValid(): boolean {
    return !Number.isNaN(this.instant.getTime());
  }
  toDate(): Date {
    return this.instant;
  }
  toJSON(): string {
    return this.instant.toISOString();
  }
}

/** A calendar day, in the shape ical-generator accepts from Temporal.PlainDate (written `VALUE=DATE`). */
class CalendarDay implements ICalTemporalPlainDateStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  constructor(instant: Date, zone: string) {
    const wall = new Date(wallTime(instant, zone));
    this.year = wall.getUTCFullYear();
    this.month = wall.getUTCMonth() + 1;
    this.day = wall.getUTCDate();
  }
  /** ical-generator recognises a PlainDate by this method; it never calls it for a date value. */
  toPlainDateTime() {
    return { year: this.year, month: this.month, day: this.day, hour: 0, minute: 0, second: 0 };
  }
  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

/** The local date-time of an instant in a zone, without offset (`20260329T090000`). */
export const localDateTime = (d: Date, timeZone: string) => new ZonedInstant(d, timeZone).format();

// ── Time zones ───────────────────────────────────────────────────────────────

const knownZones = new Set(tzlib_get_timezones() as string[]);
const zoneCache = new Map<string, { tzid: string; text: string } | null>();

/**
 * The VTIMEZONE of an IANA zone and the TZID it names (an alias such as `US/Eastern` is written
 * as its canonical zone), or null when the library does not know the zone.
 */
export function vtimezone(timeZone: string): { tzid: string; text: string } | null {
  const cached = zoneCache.get(timeZone);
  if (cached !== undefined) return cached;
  let found: { tzid: string; text: string } | null = null;
  if (knownZones.has(timeZone)) {
    const block = tzlib_get_ical_block(timeZone, false);
    const text = Array.isArray(block) ? block[0] : '';
    const tzid = /^TZID:(.+)$/m.exec(text ?? '')?.[1]?.trim();
    if (text && tzid) found = { tzid, text: `${text.replace(/\r?\n/g, '\r\n').trim()}\r\n` };
  }
  zoneCache.set(timeZone, found);
  return found;
}

// ── The document ─────────────────────────────────────────────────────────────

/** One VEVENT: a single event or series (`rule`, `excluded`), or an edited occurrence (`recurrenceId`). */
export interface IcsEvent {
  uid: string;
  stamp: Date;
  created?: Date;
  lastModified?: Date;
  allDay: boolean;
  /** The event's IANA zone; all-day events are written as dates in it. */
  timeZone: string;
  start: Date;
  /** Exclusive; null for a moment without duration. */
  end: Date | null;
  rule?: string | null;
  /** Cancelled occurrences of a series, by their original start. */
  excluded?: Date[];
  recurrenceId?: Date | null;
  title: string;
  description: string | null;
  location: string | null;
  category: string;
  /** Minutes before the start. */
  reminders: number[];
}

const calendar = ical({ prodId: '//Cadence//Planner//EN', name: 'Cadence', scale: 'GREGORIAN' });

/**
 * The document's opening lines and one VTIMEZONE per zone named (each once, whatever the years);
 * UTC and zones the library does not know need none, as their events are written in UTC.
 */
export function icsHead(zones: Iterable<string>): string {
  const empty = calendar.toString();
  const head = empty.slice(0, empty.lastIndexOf('END:VCALENDAR'));
  const blocks = new Map<string, string>();
  for (const zone of zones) {
    const found = zone === 'UTC' ? null : vtimezone(zone);
    if (found) blocks.set(found.tzid, found.text);
  }
  return (
    head +
    [...blocks.keys()]
      .sort()
      .map((tzid) => blocks.get(tzid))
      .join('')
  );
}

export const ICS_TAIL = 'END:VCALENDAR\r\n';

/** The zone a timed event is written in: a zone with a VTIMEZONE, else UTC (null). */
function writtenZone(event: IcsEvent): string | null {
  if (event.allDay || event.timeZone === 'UTC') return null;
  return vtimezone(event.timeZone)?.tzid ?? null;
}

/** One event as folded VEVENT text, CRLF-terminated. */
export function icsEvent(event: IcsEvent): string {
  const zone = writtenZone(event);
  const at = (d: Date) => (event.allDay ? new CalendarDay(d, event.timeZone) : new ZonedInstant(d, zone ?? 'UTC'));
  const extra: string[] = [];
  if (event.rule) extra.push(`RRULE:${event.rule}`);
  if (event.excluded?.length) {
    // ical-generator writes EXDATE only for rules it builds itself; ours are stored as RRULE text,
    // so the exclusions travel with it, formatted by the library.
    for (const d of event.excluded) {
      extra.push(
        event.allDay
          ? `EXDATE;VALUE=DATE:${formatDate(null, at(d), true)}`
          : formatDateTZ(zone, 'EXDATE', at(d), { timezone: zone ?? undefined }),
      );
    }
  }
  const vevent = new ICalEvent(
    {
      id: event.uid,
      stamp: event.stamp,
      created: event.created ?? null,
      lastModified: event.lastModified ?? null,
      allDay: event.allDay,
      timezone: zone,
      start: at(event.start),
      end: event.end ? at(event.end) : null,
      repeating: extra.length > 0 ? extra.join('\r\n') : null,
      recurrenceId: event.recurrenceId && !event.allDay ? at(event.recurrenceId) : null,
      summary: event.title,
      description: event.description,
      location: event.location,
      categories: [{ name: event.category }],
      alarms: [...event.reminders]
        .sort((a, b) => a - b)
        .map((minutes) => ({ type: ICalAlarmType.display, trigger: minutes * 60, description: event.title })),
    },
    calendar,
  );
  let text = vevent.toString();
  if (event.recurrenceId && event.allDay) {
    // ical-generator writes RECURRENCE-ID as a date-time, but an all-day event's must be a date
    // like its DTSTART (RFC 5545 §3.8.4.4), or clients do not match it to its occurrence.
    const line = `RECURRENCE-ID;VALUE=DATE:${formatDate(null, at(event.recurrenceId), true)}`;
    text = text.replace(/^(DTSTART[;:])/m, `${line}\r\n$1`);
  }
  return foldLines(text);
}
