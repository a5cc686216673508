import { describe, expect, it } from 'vitest';
import type { CalendarItemWire } from '../api/types';
import { byDay, placeDay } from './layout';

const item = (title: string, start: string, end: string | null, allDay = false): CalendarItemWire =>
  ({
    id: title,
    title,
    start_time: start,
    end_time: end,
    all_day: allDay,
    occurrence_start: start,
  }) as CalendarItemWire;

describe('placeDay', () => {
  it('puts overlapping events side by side and others full width', () => {
    const placed = placeDay(
      [
        item('a', '2026-03-16T09:00:00Z', '2026-03-16T10:00:00Z'),
        item('b', '2026-03-16T09:30:00Z', '2026-03-16T10:30:00Z'),
        item('c', '2026-03-16T12:00:00Z', '2026-03-16T12:05:00Z'),
      ],
      'UTC',
    );
    expect(placed.map((p) => [p.item.title, p.top, p.length, p.lane, p.lanes])).toEqual([
      ['a', 540, 60, 0, 2],
      ['b', 570, 60, 1, 2],
      ['c', 720, 20, 0, 1],
    ]);
  });
});

describe('byDay', () => {
  it('lists a multi-day event on each of its days, not on the day its end lands at midnight', () => {
    const map = byDay([item('trip', '2026-03-16T00:00:00Z', '2026-03-19T00:00:00Z', true)], 'UTC');
    expect([...map.keys()]).toEqual(['2026-03-16', '2026-03-17', '2026-03-18']);
  });
});
