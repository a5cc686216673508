import { z } from 'zod';
import {
  CALENDAR_EVENT_MAX_DAYS,
  CALENDAR_RANGE_DAYS,
  CALENDAR_RANGE_MAX_ITEMS,
  type CalendarItem,
  type calendarListQuery,
} from '#common/contracts/calendar';
import { expand, overlaps } from '#common/rules/recurrence';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { badRequest } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import * as repo from './calendar.repo';
import { eventItem, movedOccurrence, occurrenceItem, seriesOf } from './calendar.view';

const DAY = 86_400_000;

const byStart = (a: CalendarItem, b: CalendarItem) =>
  a.start_time.getTime() - b.start_time.getTime() ||
  a.id.localeCompare(b.id) ||
  a.occurrence_start.getTime() - b.occurrence_start.getTime();

/**
 * One item per occurrence overlapping `[from, to)`, sorted by start: single events as they are,
 * series expanded in their zone's wall-clock time, each occurrence's exception applied
 * (cancelled ones left out, moved ones where they were moved to).
 */
export async function listOccurrences(db: DbOrTx, userId: string, from: Date, to: Date): Promise<CalendarItem[]> {
  const lookBack = new Date(from.getTime() - CALENDAR_EVENT_MAX_DAYS * DAY);
  const events = await repo.eventsForRange(db, userId, from, to, lookBack);
  const known = new Set(events.map((e) => e.id));
  // A series that ended before the range may still have an occurrence moved into it.
  for (const e of await repo.eventsMovedInto(db, userId, to, lookBack)) {
    if (!known.has(e.id)) events.push(e);
  }
  const series = events.filter((e) => e.recurrence_rule);
  const exceptions = new Map<string, repo.ExceptionRow>();
  for (const ex of await repo.exceptionsOf(
    db,
    userId,
    series.map((e) => e.id),
  )) {
    exceptions.set(`${ex.event_id}|${ex.occurrence_start.getTime()}`, ex);
  }

  const items: CalendarItem[] = [];
  for (const event of events) {
    if (!event.recurrence_rule) {
      if (overlaps({ start: event.start_time, end: event.end_time }, from, to)) items.push(eventItem(event));
      continue;
    }
    const seen = new Set<number>();
    for (const o of expand(seriesOf(event), from, to, CALENDAR_RANGE_MAX_ITEMS + 1)) {
      seen.add(o.start.getTime());
      const ex = exceptions.get(`${event.id}|${o.start.getTime()}`);
      if (ex?.is_cancelled) continue;
      if (overlaps(movedOccurrence(o, ex), from, to)) items.push(occurrenceItem(event, o, ex));
    }
    // Occurrences whose own start lies outside the range but were moved into it.
    for (const ex of exceptions.values()) {
      if (ex.event_id !== event.id || ex.is_cancelled || seen.has(ex.occurrence_start.getTime())) continue;
      if (!ex.start_time) continue;
      const [original] = expand(seriesOf(event), ex.occurrence_start, new Date(ex.occurrence_start.getTime() + 1));
      if (!original || original.start.getTime() !== ex.occurrence_start.getTime()) continue;
      if (overlaps(movedOccurrence(original, ex), from, to)) items.push(occurrenceItem(event, original, ex));
    }
    if (items.length > CALENDAR_RANGE_MAX_ITEMS) break;
  }
  if (items.length > CALENDAR_RANGE_MAX_ITEMS) {
    throw badRequest(`More than ${CALENDAR_RANGE_MAX_ITEMS} occurrences in this range; ask for a shorter one.`);
  }
  return items.sort(byStart);
}

const cursorShape = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);

/**
 * `GET /api/calendar`: with `from` and `to`, the occurrences in that range (at most 366 days,
 * one page); without them, the events themselves, latest start first, keyset-paginated.
 */
export async function list(ctx: Ctx, query: z.output<typeof calendarListQuery>): Promise<Page<CalendarItem>> {
  const { from, to } = query;
  if (from || to) {
    if (!from || !to)
      throw badRequest('Give both from and to, or neither.', [{ path: 'query', message: 'from and to go together' }]);
    if (to <= from)
      throw badRequest('The range ends before it starts.', [{ path: 'query.to', message: 'Must be after from' }]);
    if (to.getTime() - from.getTime() > CALENDAR_RANGE_DAYS * DAY) {
      throw badRequest(`A range spans at most ${CALENDAR_RANGE_DAYS} days.`, [
        { path: 'query.to', message: `At most ${CALENDAR_RANGE_DAYS} days after from` },
      ]);
    }
    const data = await listOccurrences(ctx.database.db, ctx.userId, from, to);
    return { data, page: { limit: CALENDAR_RANGE_MAX_ITEMS, next_cursor: null } };
  }
  const rows = await repo.listEvents(ctx.database.db, ctx.userId, {
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (e) => [e.start_time.toISOString(), e.id]);
  return { data: page.data.map(eventItem), page: page.page };
}
