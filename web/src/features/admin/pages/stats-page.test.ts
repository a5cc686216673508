import { describe, expect, it } from 'vitest';
import { dayBars, formatBytes } from './stats-page';
import { cellText } from './tables-page';

const day = (d: string, sign_ups: number) => ({
  day: d,
  sign_ups,
  events: 0,
  active_users: 0,
  coins_earned: 0,
  coins_spent: 0,
});

describe('the stats page', () => {
  it('draws one bar per day, labelled by day of month, every seventh on long windows', () => {
    const week = dayBars([day('2026-12-06', 2), day('2026-12-07', 5)], 'sign_ups');
    expect(week.map((b) => [b.key, b.label, b.value])).toEqual([
      ['2026-12-06', '6', 2],
      ['2026-12-07', '7', 5],
    ]);
    const days = Array.from({ length: 90 }, (_, i) =>
      day(new Date(Date.UTC(2026, 8, 9 + i)).toISOString().slice(0, 10), i),
    );
    const labelled = dayBars(days, 'sign_ups').filter((b) => b.label !== '');
    expect(labelled).toHaveLength(13);
  });

  it('shows storage in decimal units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(12_345_678)).toBe('12.3 MB');
    expect(formatBytes(2_000_000_000_000)).toBe('2.0 TB');
  });
});

describe('the tables page', () => {
  it('shows null as empty and objects as their JSON', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(false)).toBe('false');
    expect(cellText(42)).toBe('42');
    expect(cellText({ item: 'x' })).toBe('{"item":"x"}');
  });
});
