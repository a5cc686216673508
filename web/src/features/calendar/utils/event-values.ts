import type { calendarEventTypes } from '#common/enums';
import { addDays } from '#common/time/day';
import { atMinute, dayOf } from './dates';

export type EventType = (typeof calendarEventTypes)[number];

export interface EventFormValues {
  title: string;
  description: string | null;
  event_type: EventType;
  all_day: boolean;
  start_time: string;
  end_time: string | null;
  timezone: string;
  location: string | null;
  color: string | null;
  reminders: number[];
  recurrence_rule: string | null;
}

export const typeLabels: Record<EventType, string> = {
  meeting: 'Meeting',
  appointment: 'Appointment',
  workout: 'Workout',
  focus: 'Focus block',
  habit: 'Habit',
  other: 'Other',
};

/** Named colours that read well as an accent bar in light and dark themes. */
export const colours: Array<{ label: string; value: string | null }> = [
  { label: 'Default', value: null },
  { label: 'Blue', value: '#3b82f6' },
  { label: 'Green', value: '#16a34a' },
  { label: 'Amber', value: '#d97706' },
  { label: 'Red', value: '#dc2626' },
  { label: 'Violet', value: '#7c3aed' },
  { label: 'Pink', value: '#db2777' },
];

/** Form values for a new event at a day and minute in the user's zone, an hour long. */
export function newEventValues(day: string, minute: number, tz: string): EventFormValues {
  const start = atMinute(day, minute, tz);
  return {
    title: '',
    description: null,
    event_type: 'other',
    all_day: false,
    start_time: start.toISOString(),
    end_time: new Date(start.getTime() + 3_600_000).toISOString(),
    timezone: tz,
    location: null,
    color: null,
    reminders: [],
    recurrence_rule: null,
  };
}

/** An all-day event's last day for the form (its stored end is the midnight after it). */
export function lastDayOf(endIso: string, tz: string): string {
  return addDays(dayOf(endIso, tz), -1);
}
