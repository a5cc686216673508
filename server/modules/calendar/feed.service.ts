import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import type { CalendarFeedStatus, CalendarFeedToken } from '#common/contracts/calendar';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { hashToken, newToken } from '../../platform/session';
import * as repo from './calendar.repo';
import { zoneOf } from './calendar.view';
import { ICS_TAIL, type IcsEvent, icsEvent, icsHead } from './ics';

const DAY = 86_400_000;
/** Events per read. */
export const EXPORT_PAGE = 200;
/** VEVENTs written between two turns of the event loop (about a millisecond's work each). */
const WRITE_SLICE = 10;

/** An all-day event without an end (or ending at its start) covers its one day (DTEND is exclusive). */
function endOf(event: repo.EventRow, start: Date, end: Date | null): Date | null {
  if (end && end > start) return end;
  return event.all_day ? new Date(start.getTime() + DAY) : null;
}

function vevents(event: repo.EventRow, exceptions: repo.ExceptionRow[], now: Date): IcsEvent[] {
  const common = {
    uid: `${event.id}@cadence`,
    stamp: now,
    allDay: event.all_day,
    timeZone: zoneOf(event),
    category: event.event_type,
    reminders: event.reminders,
  };
  const master: IcsEvent = {
    ...common,
    created: event.created_at,
    lastModified: event.updated_at,
    start: event.start_time,
    end: endOf(event, event.start_time, event.end_time),
    rule: event.recurrence_rule,
    excluded: exceptions.filter((e) => e.is_cancelled).map((e) => e.occurrence_start),
    title: event.title,
    description: event.description,
    location: event.location,
  };
  const length = event.end_time ? event.end_time.getTime() - event.start_time.getTime() : null;
  const edited = exceptions
    .filter((e) => !e.is_cancelled)
    .map((e): IcsEvent => {
      const start = e.start_time ?? e.occurrence_start;
      const end = e.end_time ?? (length === null ? null : new Date(start.getTime() + length));
      return {
        ...common,
        recurrenceId: e.occurrence_start,
        start,
        end: endOf(event, start, end),
        title: e.title ?? event.title,
        description: e.description ?? event.description,
        location: e.location ?? event.location,
      };
    });
  return [master, ...edited];
}

/**
 * The user's whole calendar as an iCalendar document, in pieces: the head with one VTIMEZONE per
 * zone, then the events read a page at a time and written a few at a time, giving the event
 * loop a turn between pieces (on the embedded database a read does not). Pages are separate reads, not one snapshot: an event
 * edited while a large calendar is written may appear as it was or as it is.
 */
async function* calendarChunks(db: DbOrTx, userId: string, now: Date, zones: string[]): AsyncGenerator<string> {
  yield icsHead(zones);
  let after: [string, string] | null = null;
  for (;;) {
    await setImmediate();
    const events = await repo.eventsPage(db, userId, after, EXPORT_PAGE);
    if (events.length === 0) break;
    const exceptions = await repo.exceptionsOf(
      db,
      userId,
      events.filter((e) => e.recurrence_rule).map((e) => e.id),
    );
    const byEvent = new Map<string, repo.ExceptionRow[]>();
    for (const x of exceptions) {
      const list = byEvent.get(x.event_id);
      if (list) list.push(x);
      else byEvent.set(x.event_id, [x]);
    }
    const vs = events.flatMap((e) => vevents(e, byEvent.get(e.id) ?? [], now));
    for (let i = 0; i < vs.length; i += WRITE_SLICE) {
      if (i > 0) await setImmediate();
      yield vs
        .slice(i, i + WRITE_SLICE)
        .map(icsEvent)
        .join('');
    }
    const last = events.at(-1) as repo.EventRow;
    after = [last.start_time.toISOString(), last.id];
    if (events.length < EXPORT_PAGE) break;
  }
  yield ICS_TAIL;
}

/** The document as a stream; its first read happens here, so a database failure is still a 503. */
async function calendarStream(db: DbOrTx, userId: string, now: Date): Promise<Readable> {
  const zones = await repo.timedEventZones(db, userId);
  return Readable.from(calendarChunks(db, userId, now, zones), { objectMode: false });
}

/** The user's calendar as a stream of iCalendar text. */
export function exportCalendar(ctx: Ctx): Promise<Readable> {
  return calendarStream(ctx.database.db, ctx.userId, ctx.clock.now());
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

/**
 * The feed behind a token: the token is the credential, so an unknown or revoked one is 404.
 * Its use is stamped first, in one statement; the document is then read page by page.
 */
export async function feed(deps: Platform, token: string): Promise<Readable> {
  const now = deps.clock.now();
  const row = await repo.markFeedTokenUsed(deps.database.db, hashToken(token), now);
  if (!row) throw notFound('feed');
  return calendarStream(deps.database.db, row.user_id, now);
}
