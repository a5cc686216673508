import { z } from 'zod';
import { calendarEventTypes } from '../enums';
import { pageQuery, timestamp } from './base';
import { longText, text } from './text';

/** Calendar events, their occurrences and the subscription feed (`/api/calendar`, SPEC §6; docs/RULES.md). */

export const calendarEventType = z.enum(calendarEventTypes);

/** How far one range query may reach, and how many occurrences it may return. */
export const CALENDAR_RANGE_DAYS = 366;
export const CALENDAR_RANGE_MAX_ITEMS = 5000;
/** The longest event (also bounds how far back a range query looks for events still running). */
export const CALENDAR_EVENT_MAX_DAYS = 366;
export const CALENDAR_REMINDERS_MAX = 5;
/** Four weeks, in minutes: the furthest a reminder may come before the start. */
export const CALENDAR_REMINDER_MAX_MINUTES = 40_320;

/** An IANA zone name; whether this runtime knows it is checked by the service (400 otherwise). */
export const timeZone = text(64).min(1);

export const calendarColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #3b82f6');

/** An event as stored: a series when `recurrence_rule` is set. */
export const calendarEvent = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  event_type: calendarEventType,
  start_time: timestamp,
  /** Null for a moment without duration; exclusive for all-day events (midnight after the last day). */
  end_time: timestamp.nullable(),
  all_day: z.boolean(),
  timezone: z.string(),
  location: z.string().nullable(),
  color: z.string().nullable(),
  /** Minutes before the start, ascending. */
  reminders: z.array(z.number().int()),
  workout_id: z.uuid().nullable(),
  habit_id: z.uuid().nullable(),
  goal_id: z.uuid().nullable(),
  /** RFC 5545 RRULE without DTSTART, e.g. `FREQ=WEEKLY;COUNT=5`. */
  recurrence_rule: z.string().nullable(),
  /** The end of the series' last occurrence; null for an endless series or a single event. */
  recurrence_until: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type CalendarEvent = z.output<typeof calendarEvent>;

/**
 * One item of `GET /api/calendar`: an occurrence in a range (the series' fields with any
 * exception applied; `id` is the event's id), or an event itself when no range is asked.
 */
export const calendarItem = calendarEvent.extend({
  /** The occurrence's original start: name it to edit or cancel this occurrence alone. */
  occurrence_start: timestamp,
  /** True when this occurrence was edited on its own. */
  is_exception: z.boolean(),
});
export type CalendarItem = z.output<typeof calendarItem>;

const fields = {
  title: text(300).min(1),
  description: longText(5000).nullable(),
  event_type: calendarEventType,
  start_time: timestamp,
  end_time: timestamp.nullable(),
  all_day: z.boolean(),
  timezone: timeZone,
  location: text(300).nullable(),
  color: calendarColor.nullable(),
  reminders: z
    .array(z.number().int().min(0).max(CALENDAR_REMINDER_MAX_MINUTES))
    .max(CALENDAR_REMINDERS_MAX)
    .refine((r) => new Set(r).size === r.length, 'Each reminder once'),
  workout_id: z.uuid().nullable(),
  habit_id: z.uuid().nullable(),
  goal_id: z.uuid().nullable(),
  recurrence_rule: text(500).min(1).nullable(),
};

/** A new event; `timezone` defaults to the user's own. */
export const createCalendarEventBody = z.strictObject({
  title: fields.title,
  description: fields.description.optional(),
  event_type: fields.event_type.default('other'),
  start_time: fields.start_time,
  end_time: fields.end_time.optional(),
  all_day: fields.all_day.default(false),
  timezone: fields.timezone.optional(),
  location: fields.location.optional(),
  color: fields.color.optional(),
  reminders: fields.reminders.default([]),
  workout_id: fields.workout_id.optional(),
  habit_id: fields.habit_id.optional(),
  goal_id: fields.goal_id.optional(),
  recurrence_rule: fields.recurrence_rule.optional(),
});
export type CreateCalendarEventBody = z.input<typeof createCalendarEventBody>;
export type CreateCalendarEventInput = z.output<typeof createCalendarEventBody>;

/** Changing the start, zone, all-day flag or rule of a series drops its per-occurrence changes. */
export const updateCalendarEventBody = z.strictObject(fields).partial();
export type UpdateCalendarEventBody = z.input<typeof updateCalendarEventBody>;

/**
 * `from` and `to` (both or neither): the occurrences overlapping `[from, to)`, sorted by start,
 * at most 366 days apart. Without them: the events themselves, newest start first, paginated.
 */
export const calendarListQuery = pageQuery.extend({
  from: timestamp.optional(),
  to: timestamp.optional(),
});
export type CalendarListQuery = z.input<typeof calendarListQuery>;

/** Edits or cancels one occurrence, named by its original start; null fields keep the series' values. */
export const calendarExceptionBody = z.strictObject({
  occurrence_start: timestamp,
  cancelled: z.boolean().default(false),
  title: fields.title.nullable().optional(),
  description: fields.description.optional(),
  start_time: fields.start_time.nullable().optional(),
  end_time: fields.end_time.optional(),
  location: fields.location.optional(),
  color: fields.color.optional(),
});
export type CalendarExceptionBody = z.input<typeof calendarExceptionBody>;

export const calendarException = z.object({
  id: z.uuid(),
  event_id: z.uuid(),
  occurrence_start: timestamp,
  is_cancelled: z.boolean(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  start_time: timestamp.nullable(),
  end_time: timestamp.nullable(),
  location: z.string().nullable(),
  color: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type CalendarException = z.output<typeof calendarException>;

/** A new private feed address; the token is shown this once (only its hash is kept). */
export const calendarFeedToken = z.object({ token: z.string(), url: z.string() });
export type CalendarFeedToken = z.output<typeof calendarFeedToken>;

/** Whether a feed is active, and since when (the address itself cannot be shown again). */
export const calendarFeedStatus = z.object({
  active: z.boolean(),
  created_at: timestamp.nullable(),
  last_used_at: timestamp.nullable(),
});
export type CalendarFeedStatus = z.output<typeof calendarFeedStatus>;

export const feedTokenParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, 'Not a feed address')
    .max(100),
});
