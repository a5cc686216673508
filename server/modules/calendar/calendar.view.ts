import type { CalendarEvent, CalendarException, CalendarItem } from '#common/contracts/calendar';
import type { Occurrence, Series } from '#common/rules/recurrence';
import type { EventRow, ExceptionRow } from './calendar.repo';

/** The zone an event's recurrences follow; rows written before zones were required read as UTC. */
export const zoneOf = (row: Pick<EventRow, 'timezone'>) => row.timezone ?? 'UTC';

export function seriesOf(row: Pick<EventRow, 'start_time' | 'end_time' | 'timezone' | 'recurrence_rule'>): Series {
  return { start: row.start_time, end: row.end_time, timeZone: zoneOf(row), rule: row.recurrence_rule ?? '' };
}

export function eventView(row: EventRow): CalendarEvent {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    event_type: row.event_type as CalendarEvent['event_type'],
    start_time: row.start_time,
    end_time: row.end_time,
    all_day: row.all_day,
    timezone: zoneOf(row),
    location: row.location,
    color: row.color,
    reminders: [...row.reminders].sort((a, b) => a - b),
    workout_id: row.workout_id,
    habit_id: row.habit_id,
    goal_id: row.goal_id,
    recurrence_rule: row.recurrence_rule,
    recurrence_until: row.recurrence_until,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The event as a list item: itself as its first occurrence. */
export function eventItem(row: EventRow): CalendarItem {
  return { ...eventView(row), occurrence_start: row.start_time, is_exception: false };
}

/** Where an exception puts its occurrence: a new start keeps the series' duration unless it names an end. */
export function movedOccurrence(original: Occurrence, ex: ExceptionRow | undefined): Occurrence {
  if (!ex) return original;
  const start = ex.start_time ?? original.start;
  const shift = start.getTime() - original.start.getTime();
  const end = ex.end_time ?? (original.end ? new Date(original.end.getTime() + shift) : null);
  return { start, end };
}

/** One occurrence of a series with its exception (if any) applied. */
export function occurrenceItem(row: EventRow, original: Occurrence, ex: ExceptionRow | undefined): CalendarItem {
  const at = movedOccurrence(original, ex);
  return {
    ...eventView(row),
    title: ex?.title ?? row.title,
    description: ex?.description ?? row.description,
    location: ex?.location ?? row.location,
    color: ex?.color ?? row.color,
    start_time: at.start,
    end_time: at.end,
    occurrence_start: original.start,
    is_exception: ex !== undefined,
  };
}

export function exceptionView(row: ExceptionRow): CalendarException {
  return {
    id: row.id,
    event_id: row.event_id,
    occurrence_start: row.occurrence_start,
    is_cancelled: row.is_cancelled,
    title: row.title,
    description: row.description,
    start_time: row.start_time,
    end_time: row.end_time,
    location: row.location,
    color: row.color,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
