import { addDays, type DayKey } from '#common/time/day';
import type { CalendarItemWire } from '../api/types';
import { dayOf, minuteOfDay } from './dates';

/** The key of one occurrence: the event and the occurrence's original start. */
export const itemKey = (item: Pick<CalendarItemWire, 'id' | 'occurrence_start'>) =>
  `${item.id}|${new Date(item.occurrence_start).toISOString()}`;

const MINUTE = 60_000;

/** True for what the week grid shows in its all-day row: all-day events and ones of a day or more. */
export function isAllDayRow(item: CalendarItemWire): boolean {
  if (item.all_day) return true;
  const end = item.end_time ? Date.parse(item.end_time) : Date.parse(item.start_time);
  return end - Date.parse(item.start_time) >= 24 * 60 * MINUTE;
}

/** The days an item covers in `tz` (an end at midnight does not reach into that day). */
export function daysOf(item: CalendarItemWire, tz: string): DayKey[] {
  const first = dayOf(item.start_time, tz);
  if (!item.end_time || Date.parse(item.end_time) <= Date.parse(item.start_time)) return [first];
  const lastInstant = new Date(Date.parse(item.end_time) - 1);
  const last = dayOf(lastInstant, tz);
  const days: DayKey[] = [first];
  for (let d = first; d < last && days.length < 400; ) {
    d = addDays(d, 1);
    days.push(d);
  }
  return days;
}

/** The items of each day, by start. */
export function byDay(items: CalendarItemWire[], tz: string): Map<DayKey, CalendarItemWire[]> {
  const map = new Map<DayKey, CalendarItemWire[]>();
  for (const item of items) {
    for (const day of daysOf(item, tz)) map.set(day, [...(map.get(day) ?? []), item]);
  }
  return map;
}

export interface Placed {
  item: CalendarItemWire;
  /** Minutes from midnight to the start, and the length shown (at least 20 minutes, cut at midnight). */
  top: number;
  length: number;
  lane: number;
  lanes: number;
}

/**
 * Places one day's timed items in side-by-side lanes: each goes into the first lane free at its
 * start; items that overlap share the width of the widest group they belong to.
 */
export function placeDay(items: CalendarItemWire[], tz: string): Placed[] {
  const sorted = [...items].sort((a, b) => Date.parse(a.start_time) - Date.parse(b.start_time));
  const placed: Placed[] = [];
  const laneEnds: number[] = [];
  let group: Placed[] = [];
  let groupEnd = -1;
  const close = () => {
    const lanes = Math.max(1, ...group.map((p) => p.lane + 1));
    for (const p of group) p.lanes = lanes;
    group = [];
    laneEnds.length = 0;
  };
  for (const item of sorted) {
    const top = minuteOfDay(item.start_time, tz);
    const minutes = item.end_time ? (Date.parse(item.end_time) - Date.parse(item.start_time)) / MINUTE : 0;
    const length = Math.max(20, Math.min(minutes, 24 * 60 - top));
    if (top >= groupEnd) close();
    let lane = laneEnds.findIndex((end) => end <= top);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = top + length;
    const p: Placed = { item, top, length, lane, lanes: 1 };
    group.push(p);
    placed.push(p);
    groupEnd = Math.max(groupEnd, top + length);
  }
  close();
  return placed;
}
