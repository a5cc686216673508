import type { z } from 'zod';
import {
  CALENDAR_EVENT_MAX_DAYS,
  type CalendarEvent,
  type CalendarException,
  type CreateCalendarEventInput,
  type calendarExceptionBody,
  type updateCalendarEventBody,
} from '#common/contracts/calendar';
import { firstOccurrence, lastOccurrence, occurrenceAt, parseRule } from '#common/rules/recurrence';
import { addDays, type DayKey, dayStart, isValidTimeZone } from '#common/time/day';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound, validationError } from '../../platform/errors';
import { publish, publishAll } from '../../platform/events';
import { findUser } from '../user';
import * as repo from './calendar.repo';
import { eventView, exceptionView, movedOccurrence, seriesOf } from './calendar.view';

const DAY = 86_400_000;

type Timing = Pick<repo.EventValues, 'start_time' | 'end_time' | 'timezone' | 'recurrence_rule'>;

/**
 * Checks what shape alone cannot: a known time zone, the end not before the start, the event lasting at most
 * 366 days, and a repeat rule is valid RRULE whose first occurrence is the start itself.
 * Returns the canonical rule and the end of the last occurrence (null while endless).
 */
function checkTiming(t: Timing): { rule: string | null; until: Date | null } {
  if (t.timezone && !isValidTimeZone(t.timezone)) {
    const message = 'Use an IANA time zone such as Europe/Berlin.';
    throw validationError([{ path: 'body.timezone', message }], `${t.timezone} is not a known time zone.`);
  }
  const start = t.start_time as Date;
  const end = t.end_time ?? null;
  if (end && end < start) throw validationError([{ path: 'body.end_time', message: 'The end is before the start' }]);
  if (end && end.getTime() - start.getTime() > CALENDAR_EVENT_MAX_DAYS * DAY) {
    throw validationError([
      { path: 'body.end_time', message: `An event lasts at most ${CALENDAR_EVENT_MAX_DAYS} days` },
    ]);
  }
  if (!t.recurrence_rule) return { rule: null, until: null };
  const parsed = parseRule(t.recurrence_rule);
  if (!parsed.ok) throw validationError([{ path: 'body.recurrence_rule', message: parsed.message }], parsed.message);
  const series = { start, end, timeZone: t.timezone ?? 'UTC', rule: parsed.rule };
  const first = firstOccurrence(series);
  if (!first || first.start.getTime() !== start.getTime()) {
    const message = 'The start must be the first occurrence of the repeat rule (e.g. a Monday for BYDAY=MO).';
    throw validationError([{ path: 'body.recurrence_rule', message }], message);
  }
  const last = lastOccurrence(series);
  return { rule: parsed.rule, until: last ? (last.end ?? last.start) : null };
}

/** 404 unless each linked workout, habit and goal is the user's own. */
async function checkLinks(
  tx: Tx,
  userId: string,
  links: Pick<repo.EventValues, 'workout_id' | 'habit_id' | 'goal_id'>,
): Promise<void> {
  for (const kind of ['workout', 'habit', 'goal'] as const) {
    const id = links[`${kind}_id`];
    if (id && !(await repo.ownsLinked(tx, userId, kind, id))) throw notFound(kind);
  }
}

const changed = (tx: Tx, userId: string, eventId: string, action: 'created' | 'updated' | 'deleted') =>
  publish(tx, userId, 'calendar_changed', { event_id: eventId, action });

/**
 * Creates an event in the caller's transaction (POST /api/calendar, and the inbox turning an
 * item into an event). Without a zone the event takes the user's own.
 */
export async function createCalendarEvent(
  tx: Tx,
  userId: string,
  input: CreateCalendarEventInput,
): Promise<CalendarEvent> {
  const timezone = input.timezone ?? (await findUser(tx, userId))?.timezone ?? 'UTC';
  const timing = checkTiming({ ...input, timezone });
  const links = {
    workout_id: input.workout_id ?? null,
    habit_id: input.habit_id ?? null,
    goal_id: input.goal_id ?? null,
  };
  await checkLinks(tx, userId, links);
  const row = await repo.insertEvent(tx, {
    user_id: userId,
    title: input.title,
    description: input.description ?? null,
    event_type: input.event_type ?? 'other',
    start_time: input.start_time,
    end_time: input.end_time ?? null,
    all_day: input.all_day ?? false,
    timezone,
    location: input.location ?? null,
    color: input.color ?? null,
    reminders: input.reminders ?? [],
    ...links,
    recurrence_rule: timing.rule,
    recurrence_until: timing.until,
  });
  await changed(tx, userId, row.id, 'created');
  return eventView(row);
}

export function create(ctx: Ctx, body: CreateCalendarEventInput): Promise<CalendarEvent> {
  return ctx.database.db.transaction((tx) =>
    createCalendarEvent(tx, ctx.userId, { ...body, timezone: body.timezone ?? ctx.user.timezone }),
  );
}

export async function get(ctx: Ctx, id: string): Promise<CalendarEvent> {
  const row = await repo.findEvent(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('event');
  return eventView(row);
}

/**
 * Edits an event (the whole series). A change to the start, zone or rule moves every occurrence,
 * so the per-occurrence changes, keyed by the old starts, are dropped.
 */
export async function update(ctx: Ctx, id: string, body: z.output<typeof updateCalendarEventBody>) {
  return ctx.database.db.transaction(async (tx) => {
    const current = await repo.findEvent(tx, ctx.userId, id, true);
    if (!current) throw notFound('event');
    const next = { ...current, ...body };
    const timing = checkTiming(next);
    await checkLinks(tx, ctx.userId, {
      workout_id: body.workout_id ?? null,
      habit_id: body.habit_id ?? null,
      goal_id: body.goal_id ?? null,
    });
    const moves =
      next.start_time.getTime() !== current.start_time.getTime() ||
      next.timezone !== current.timezone ||
      timing.rule !== current.recurrence_rule;
    if (moves) await repo.deleteExceptions(tx, ctx.userId, id);
    const row = await repo.updateEvent(tx, ctx.userId, id, {
      ...body,
      recurrence_rule: timing.rule,
      recurrence_until: timing.until,
    });
    if (!row) throw notFound('event');
    await changed(tx, ctx.userId, id, 'updated');
    return eventView(row);
  });
}

export async function remove(ctx: Ctx, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    if (!(await repo.deleteEvent(tx, ctx.userId, id))) throw notFound('event');
    await changed(tx, ctx.userId, id, 'deleted');
  });
}

/** Edits or cancels one occurrence of a series; writing the same occurrence again replaces the change. */
export async function setException(
  ctx: Ctx,
  id: string,
  body: z.output<typeof calendarExceptionBody>,
): Promise<CalendarException> {
  return ctx.database.db.transaction(async (tx) => {
    const event = await repo.findEvent(tx, ctx.userId, id, true);
    if (!event) throw notFound('event');
    const path = 'body.occurrence_start';
    if (!event.recurrence_rule) {
      throw validationError(
        [{ path, message: 'Not a repeating event' }],
        'Only a repeating event has occurrences; edit the event itself.',
      );
    }
    const original = occurrenceAt(seriesOf(event), body.occurrence_start);
    if (!original) {
      throw validationError(
        [{ path, message: 'No occurrence starts then' }],
        'That is not an occurrence of this event.',
      );
    }
    const values = {
      user_id: ctx.userId,
      event_id: id,
      occurrence_start: body.occurrence_start,
      is_cancelled: body.cancelled,
      title: body.title ?? null,
      description: body.description ?? null,
      start_time: body.start_time ?? null,
      end_time: body.end_time ?? null,
      location: body.location ?? null,
      color: body.color ?? null,
    };
    const at = movedOccurrence(original, { ...values, id: '', created_at: new Date(), updated_at: new Date() });
    if (at.end && at.end < at.start) {
      throw validationError([{ path: 'body.end_time', message: 'The end is before the start' }]);
    }
    const row = await repo.upsertException(tx, values);
    await changed(tx, ctx.userId, id, 'updated');
    return exceptionView(row);
  });
}

/** A day of the user's active training program with a workout, for its all-day calendar event. */
export interface ProgramDaySchedule {
  program_day_id: string;
  workout_id: string;
  /** The workout's name, the event's title. */
  title: string;
  date: DayKey;
  timezone: string;
}

/**
 * Puts program days into the calendar as all-day `workout` events (local midnight to the next),
 * one per day, in the caller's transaction: new days get an event, moved or renamed ones are
 * changed, the rest are left alone. Clients hear of each change.
 */
export async function scheduleProgramDays(tx: Tx, userId: string, rows: ProgramDaySchedule[]): Promise<void> {
  const changes = await repo.upsertProgramDayEvents(
    tx,
    userId,
    rows.map((r) => ({
      program_day_id: r.program_day_id,
      workout_id: r.workout_id,
      title: r.title,
      start_time: dayStart(r.date, r.timezone, 0),
      end_time: dayStart(addDays(r.date, 1), r.timezone, 0),
      timezone: r.timezone,
    })),
  );
  await publishAll(
    tx,
    userId,
    changes.map((c) => ({
      type: 'calendar_changed' as const,
      data: { event_id: c.id, action: c.created ? ('created' as const) : ('updated' as const) },
    })),
  );
}

/** Removes the calendar events of these program days (rest days now, or a program no longer active). */
export async function unscheduleProgramDays(tx: Tx, userId: string, dayIds: string[]): Promise<void> {
  const deleted = await repo.deleteProgramDayEvents(tx, userId, dayIds);
  await publishAll(
    tx,
    userId,
    deleted.map((id) => ({ type: 'calendar_changed' as const, data: { event_id: id, action: 'deleted' as const } })),
  );
}
