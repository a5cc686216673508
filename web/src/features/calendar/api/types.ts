/** Wire shapes of the calendar API (the contracts' inputs: timestamps as strings). */
import type { z } from 'zod';
import type {
  CalendarExceptionBody,
  CreateCalendarEventBody,
  calendarEvent,
  calendarFeedStatus,
  calendarFeedToken,
  calendarItem,
  UpdateCalendarEventBody,
} from '#common/contracts/calendar';

export type CalendarItemWire = z.input<typeof calendarItem>;
export type CalendarEventWire = z.input<typeof calendarEvent>;
export type FeedStatusWire = z.input<typeof calendarFeedStatus>;
export type FeedTokenWire = z.input<typeof calendarFeedToken>;
export type CreateEventBody = CreateCalendarEventBody;
export type UpdateEventBody = UpdateCalendarEventBody;
export type ExceptionBody = CalendarExceptionBody;
