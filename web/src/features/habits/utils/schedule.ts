import type { habitScheduleTypes } from '#common/enums';

export type ScheduleType = (typeof habitScheduleTypes)[number];

/** ISO weekdays as the API stores them: 1 = Monday … 7 = Sunday. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Mon", or "Monday" when `long`. */
export function weekdayName(iso: number, long = false): string {
  const name = dayNames[iso - 1] ?? '';
  return long ? name : name.slice(0, 3);
}

export interface ScheduleFields {
  schedule_type: ScheduleType;
  schedule_days: number[];
  times_per_week: number | null;
  target_count: number;
}

/** "Every day", "Mon, Wed, Fri", "3 times a week", with "· 2 a day" when the target is more than one. */
export function describeSchedule(h: ScheduleFields): string {
  let text: string;
  if (h.schedule_type === 'weekdays') {
    const days = [...h.schedule_days].sort((a, b) => a - b);
    if (days.length === 7) text = 'Every day';
    else if (days.join() === '1,2,3,4,5') text = 'Weekdays';
    else if (days.join() === '6,7') text = 'Weekends';
    else text = days.map((d) => weekdayName(d)).join(', ');
  } else if (h.schedule_type === 'times_per_week') {
    const n = h.times_per_week ?? 1;
    text = n === 1 ? 'Once a week' : `${n} times a week`;
  } else {
    text = 'Every day';
  }
  return h.target_count > 1 ? `${text} · ${h.target_count} a day` : text;
}
