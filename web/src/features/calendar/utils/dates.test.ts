import { describe, expect, it } from 'vitest';
import { atMinute, fromLocalInput, minuteOfDay, rangeOf, step, toLocalInput, visibleDays } from './dates';

describe('planner dates', () => {
  it('shows six Monday-first weeks for a month and seven days for a week', () => {
    const month = visibleDays('month', '2026-03-18');
    expect(month).toHaveLength(42);
    expect(month[0]).toBe('2026-02-23');
    expect(visibleDays('week', '2026-03-18')).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
    ]);
  });

  it('asks for the range from local midnight to local midnight', () => {
    expect(rangeOf(['2026-03-16', '2026-03-22'], 'Europe/Berlin')).toEqual({
      from: '2026-03-15T23:00:00.000Z',
      to: '2026-03-22T23:00:00.000Z',
    });
  });

  it('steps by month, week and day', () => {
    expect(step('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(step('month', '2026-01-15', -1)).toBe('2025-12-01');
    expect(step('week', '2026-03-16', 1)).toBe('2026-03-23');
    expect(step('day', '2026-03-01', -1)).toBe('2026-02-28');
  });

  it('converts between instants, local inputs and minutes of the day in a zone', () => {
    expect(toLocalInput('2026-03-30T07:00:00Z', 'Europe/Berlin')).toBe('2026-03-30T09:00');
    expect(fromLocalInput('2026-03-30T09:00', 'Europe/Berlin')?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(fromLocalInput('2026-03-30', 'Europe/Berlin')).toBeNull();
    expect(minuteOfDay('2026-03-30T07:15:00Z', 'Europe/Berlin')).toBe(9 * 60 + 15);
    expect(atMinute('2026-03-30', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
});
