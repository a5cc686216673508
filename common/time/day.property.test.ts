import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey, dayRange, dayStart, daysBetween, weekday, weekKey } from './day';

const zones = [
  'UTC',
  'America/New_York',
  'America/Santiago',
  'Europe/Berlin',
  'Europe/London',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Chatham',
  'America/St_Johns',
];
/** Calendar days that never happened in a zone (it jumped across the date line at midnight). */
const skippedMidnightDays: Record<string, string[]> = {
  'Pacific/Apia': ['2011-12-30'],
  'Pacific/Kiritimati': ['1994-12-31'],
};

const zone = fc.constantFrom(...zones);
const hour = fc.oneof(fc.constantFrom(0, 4, 23), fc.integer({ min: 0, max: 23 }));
const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2080, 0, 1) });
const key = fc.integer({ min: -20_000, max: 40_000 }).map((n) => addDays('1970-01-01', n));
const options = { seed: 20261126, numRuns: 1500 };

describe('user-day laws', () => {
  it('every instant falls inside the range of its own day key', () => {
    fc.assert(
      fc.property(zone, hour, instant, (tz, h, t) => {
        const k = dayKey(new Date(t), tz, h);
        const { start, end } = dayRange(k, tz, h);
        return start.getTime() <= t && t < end.getTime();
      }),
      options,
    );
  });

  it('dayKey(dayStart(k)) is k, except for a day the zone skipped', () => {
    fc.assert(
      fc.property(zone, hour, key, (tz, h, k) => {
        const { start, end } = dayRange(k, tz, h);
        if (start.getTime() === end.getTime()) return h === 0 && (skippedMidnightDays[tz] ?? []).includes(k);
        return dayKey(start, tz, h) === k && dayKey(new Date(end.getTime() - 1), tz, h) === k;
      }),
      options,
    );
  });

  it('instants sampled inside [dayStart(k), dayStart(k+1)) all map to k', () => {
    fc.assert(
      fc.property(zone, hour, key, fc.double({ min: 0, max: 1, noNaN: true }), (tz, h, k, f) => {
        const { start, end } = dayRange(k, tz, h);
        const span = end.getTime() - start.getTime();
        if (span === 0) return true;
        const t = start.getTime() + Math.min(span - 1, Math.floor(f * span));
        return dayKey(new Date(t), tz, h) === k;
      }),
      options,
    );
  });

  it('dayStart strictly increases day by day through whole years of transitions', () => {
    for (const tz of zones) {
      for (const h of [0, 2, 4, 23]) {
        let prev = dayStart('2010-12-31', tz, h).getTime();
        for (let k = '2011-01-01'; k <= '2012-12-31'; k = addDays(k, 1)) {
          const cur = dayStart(k, tz, h).getTime();
          const skipped = h === 0 && (skippedMidnightDays[tz] ?? []).includes(addDays(k, -1));
          if (skipped) expect(cur).toBe(prev);
          else expect(cur, `${tz} h=${h} ${k}`).toBeGreaterThan(prev);
          // A day lasts between 0 and 25 hours only when the zone changed its offset.
          expect(cur - prev).toBeLessThanOrEqual(25 * 3_600_000);
          prev = cur;
        }
      }
    }
  });

  it('days are 24 hours long apart from DST changes, at most 1 hour off', () => {
    fc.assert(
      fc.property(fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Sydney'), hour, key, (tz, h, k) => {
        const { start, end } = dayRange(k, tz, h);
        return [23, 24, 25].includes((end.getTime() - start.getTime()) / 3_600_000);
      }),
      options,
    );
  });
});

describe('calendar laws', () => {
  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(key, fc.integer({ min: -5000, max: 5000 }), (k, n) => daysBetween(k, addDays(k, n)) === n),
      options,
    );
  });

  it('weekday advances by one each day and weeks change on Monday', () => {
    fc.assert(
      fc.property(key, (k) => {
        const next = addDays(k, 1);
        const sameWeek = weekKey(next) === weekKey(k);
        return weekday(next) === (weekday(k) + 1) % 7 && sameWeek === (weekday(next) !== 0);
      }),
      options,
    );
  });
});
