import type { CalendarFeedStatus, CalendarFeedToken } from '#common/contracts/calendar';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { hashToken, newToken } from '../../platform/session';
import * as repo from './calendar.repo';
import { zoneOf } from './calendar.view';
import {
  type Component,
  escapeText,
  type Line,
  localDate,
  localDateTime,
  serialize,
  utcDateTime,
  vtimezone,
} from './ics';

const DAY = 86_400_000;

/** DTSTART, DTEND, EXDATE and RECURRENCE-ID in the event's form: a date, a zone's local time, or UTC. */
function timeLine(name: string, at: Date, event: repo.EventRow): Line {
  const tz = zoneOf(event);
  if (event.all_day) return `${name};VALUE=DATE:${localDate(at, tz)}`;
  if (tz === 'UTC') return `${name}:${utcDateTime(at)}`;
  return `${name};TZID=${tz}:${localDateTime(at, tz)}`;
}

function alarms(event: repo.EventRow, title: string): Component[] {
  return [...event.reminders]
    .sort((a, b) => a - b)
    .map((minutes) => ({
      name: 'VALARM',
      lines: ['ACTION:DISPLAY', `DESCRIPTION:${escapeText(title)}`, `TRIGGER:-PT${minutes}M`],
    }));
}

function textLines(fields: { title: string; description: string | null; location: string | null }): Line[] {
  return [
    `SUMMARY:${escapeText(fields.title)}`,
    ...(fields.description ? [`DESCRIPTION:${escapeText(fields.description)}`] : []),
    ...(fields.location ? [`LOCATION:${escapeText(fields.location)}`] : []),
  ];
}

function endLine(event: repo.EventRow, start: Date, end: Date | null): Line[] {
  if (end && end > start) return [timeLine('DTEND', end, event)];
  // An all-day event without an end covers its one day (DTEND is exclusive).
  return event.all_day ? [timeLine('DTEND', new Date(start.getTime() + DAY), event)] : [];
}

function vevents(event: repo.EventRow, exceptions: repo.ExceptionRow[], now: Date): Component[] {
  const uid = `UID:${event.id}@cadence`;
  const stampLine = `DTSTAMP:${utcDateTime(now)}`;
  const master: Component = {
    name: 'VEVENT',
    lines: [
      uid,
      stampLine,
      `CREATED:${utcDateTime(event.created_at)}`,
      `LAST-MODIFIED:${utcDateTime(event.updated_at)}`,
      timeLine('DTSTART', event.start_time, event),
      ...endLine(event, event.start_time, event.end_time),
      ...(event.recurrence_rule ? [`RRULE:${event.recurrence_rule}`] : []),
      ...exceptions.filter((e) => e.is_cancelled).map((e) => timeLine('EXDATE', e.occurrence_start, event)),
      ...textLines(event),
      `CATEGORIES:${escapeText(event.event_type)}`,
    ],
    children: alarms(event, event.title),
  };
  const edited = exceptions
    .filter((e) => !e.is_cancelled)
    .map((e): Component => {
      const length = event.end_time ? event.end_time.getTime() - event.start_time.getTime() : null;
      const start = e.start_time ?? e.occurrence_start;
      const end = e.end_time ?? (length === null ? null : new Date(start.getTime() + length));
      const title = e.title ?? event.title;
      return {
        name: 'VEVENT',
        lines: [
          uid,
          stampLine,
          timeLine('RECURRENCE-ID', e.occurrence_start, event),
          timeLine('DTSTART', start, event),
          ...endLine(event, start, end),
          ...textLines({
            title,
            description: e.description ?? event.description,
            location: e.location ?? event.location,
          }),
          `CATEGORIES:${escapeText(event.event_type)}`,
        ],
        children: alarms(event, title),
      };
    });
  return [master, ...edited];
}

/** The user's whole calendar as an iCalendar document. */
export async function buildCalendar(db: DbOrTx, userId: string, now: Date): Promise<string> {
  const events = await repo.allEvents(db, userId);
  const exceptions = await repo.exceptionsOf(
    db,
    userId,
    events.filter((e) => e.recurrence_rule).map((e) => e.id),
  );
  const zones = new Set(events.filter((e) => !e.all_day && zoneOf(e) !== 'UTC').map(zoneOf));
  const years = events.map((e) => e.start_time.getUTCFullYear());
  const fromYear = Math.min(now.getUTCFullYear(), ...years) - 1;
  const toYear = Math.max(now.getUTCFullYear(), ...years) + 10;
  return serialize({
    name: 'VCALENDAR',
    lines: ['VERSION:2.0', 'PRODID:-//Cadence//Planner//EN', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Cadence'],
    children: [
      ...[...zones].sort().map((tz) => vtimezone(tz, fromYear, toYear)),
      ...events.flatMap((e) =>
        vevents(
          e,
          exceptions.filter((x) => x.event_id === e.id),
          now,
        ),
      ),
    ],
  });
}

export function exportCalendar(ctx: Ctx): Promise<string> {
  return buildCalendar(ctx.database.db, ctx.userId, ctx.clock.now());
}

const feedUrl = (deps: Platform, token: string) =>
  new URL(`/api/calendar/feed/${token}.ics`, deps.config.publicUrl).href;

/** A new private feed address; any earlier one stops working at once. */
export async function createFeedToken(ctx: Ctx): Promise<CalendarFeedToken> {
  const token = newToken();
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    await repo.revokeFeedTokens(tx, ctx.userId, now);
    await repo.insertFeedToken(tx, ctx.userId, hashToken(token), now);
  });
  return { token, url: feedUrl(ctx, token) };
}

export async function revokeFeedToken(ctx: Ctx): Promise<void> {
  if ((await repo.revokeFeedTokens(ctx.database.db, ctx.userId, ctx.clock.now())) === 0) throw notFound('feed');
}

export async function feedStatus(ctx: Ctx): Promise<CalendarFeedStatus> {
  const live = await repo.liveFeedToken(ctx.database.db, ctx.userId);
  return { active: live !== null, created_at: live?.created_at ?? null, last_used_at: live?.last_used_at ?? null };
}

/** The feed behind a token: the token is the credential, so an unknown or revoked one is 404. */
export async function feed(deps: Platform, token: string): Promise<string> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const row = await repo.useFeedToken(tx, hashToken(token), now);
    if (!row) throw notFound('feed');
    return buildCalendar(tx, row.user_id, now);
  });
}
