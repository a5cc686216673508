import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKey,
  dayRange,
  dayStart,
  daysBetween,
  isValidTimeZone,
  monthKey,
  periodKey,
  weekday,
  weekKey,
  weekStart,
} from './day';

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();
const hours = (key: string, tz: string, h: number) => {
  const { start, end } = dayRange(key, tz, h);
  return (end.getTime() - start.getTime()) / 3_600_000;
};

describe('dayKey', () => {
  it('is the local calendar date when the day starts at midnight', () => {
    expect(dayKey(at('2026-06-15T03:59:59.999Z'), 'America/New_York', 0)).toBe('2026-06-14');
    expect(dayKey(at('2026-06-15T04:00:00Z'), 'America/New_York', 0)).toBe('2026-06-15');
    expect(dayKey(at('2026-06-15T23:00:00Z'), 'UTC', 0)).toBe('2026-06-15');
  });

  it('counts the hours before the day-start hour as the previous day', () => {
    // 03:59 local in Berlin (summer, +2) is still yesterday with a 4 o'clock start.
    expect(dayKey(at('2026-06-15T01:59:59Z'), 'Europe/Berlin', 4)).toBe('2026-06-14');
    expect(dayKey(at('2026-06-15T02:00:00Z'), 'Europe/Berlin', 4)).toBe('2026-06-15');
    // With 23, the day called the 15th runs from 23:00 on the 15th to 23:00 on the 16th.
    expect(dayKey(at('2026-06-15T22:59:59Z'), 'UTC', 23)).toBe('2026-06-14');
    expect(dayKey(at('2026-06-15T23:00:00Z'), 'UTC', 23)).toBe('2026-06-15');
    expect(dayKey(at('2026-06-16T22:00:00Z'), 'UTC', 23)).toBe('2026-06-15');
  });

  it('crosses year ends and leap days in the local day', () => {
    expect(dayKey(at('2027-01-01T08:59:00Z'), 'America/New_York', 4)).toBe('2026-12-31');
    expect(dayKey(at('2027-01-01T09:00:00Z'), 'America/New_York', 4)).toBe('2027-01-01');
    expect(dayKey(at('2024-03-01T02:00:00Z'), 'Europe/Berlin', 4)).toBe('2024-02-29');
    expect(dayKey(at('2023-03-01T02:00:00Z'), 'Europe/Berlin', 4)).toBe('2023-02-28');
  });

  it('follows half- and three-quarter-hour offsets', () => {
    expect(dayKey(at('2025-12-31T18:29:59Z'), 'Asia/Kolkata', 0)).toBe('2025-12-31');
    expect(dayKey(at('2025-12-31T18:30:00Z'), 'Asia/Kolkata', 0)).toBe('2026-01-01');
    expect(dayKey(at('2025-12-31T22:14:59Z'), 'Asia/Kathmandu', 4)).toBe('2025-12-31');
    expect(dayKey(at('2025-12-31T22:15:00Z'), 'Asia/Kathmandu', 4)).toBe('2026-01-01');
  });

  it('gives dates two days apart at the extremes of the offset range', () => {
    const instant = at('2026-01-01T10:30:00Z');
    expect(dayKey(instant, 'Pacific/Kiritimati', 0)).toBe('2026-01-02'); // +14
    expect(dayKey(instant, 'Pacific/Pago_Pago', 0)).toBe('2025-12-31'); // -11
  });

  it('rejects unknown zones, bad hours and invalid dates', () => {
    expect(() => dayKey(at('2026-01-01T00:00:00Z'), 'Mars/Olympus', 0)).toThrow(RangeError);
    expect(() => dayKey(at('2026-01-01T00:00:00Z'), 'UTC', 24)).toThrow(RangeError);
    expect(() => dayKey(at('2026-01-01T00:00:00Z'), 'UTC', 1.5)).toThrow(RangeError);
    expect(() => dayKey(new Date(Number.NaN), 'UTC', 0)).toThrow(RangeError);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('dayStart and dayRange across DST', () => {
  it('America/New_York spring forward: a 23-hour day; a start inside the gap moves past it', () => {
    expect(iso(dayStart('2026-03-08', 'America/New_York', 0))).toBe('2026-03-08T05:00:00.000Z');
    expect(hours('2026-03-08', 'America/New_York', 0)).toBe(23);
    // 02:00 does not exist on 8 March: the day starts at 03:00 EDT, the first instant after the gap.
    expect(iso(dayStart('2026-03-08', 'America/New_York', 2))).toBe('2026-03-08T07:00:00.000Z');
    expect(dayKey(at('2026-03-08T06:59:59.999Z'), 'America/New_York', 2)).toBe('2026-03-07');
    expect(hours('2026-03-07', 'America/New_York', 2)).toBe(24);
    // With a 4 o'clock start, the 02:00 jump falls in the day called the 7th.
    expect(hours('2026-03-07', 'America/New_York', 4)).toBe(23);
    expect(hours('2026-03-08', 'America/New_York', 4)).toBe(24);
  });

  it('America/New_York fall back: a 25-hour day; an ambiguous start takes the earlier instant', () => {
    expect(hours('2026-11-01', 'America/New_York', 0)).toBe(25);
    expect(iso(dayStart('2026-11-01', 'America/New_York', 1))).toBe('2026-11-01T05:00:00.000Z');
    // The repeated 01:xx hour (EST) still belongs to the 1st.
    expect(dayKey(at('2026-11-01T06:30:00Z'), 'America/New_York', 1)).toBe('2026-11-01');
    expect(hours('2026-10-31', 'America/New_York', 4)).toBe(25);
    expect(hours('2026-11-01', 'America/New_York', 4)).toBe(24);
  });

  it('Europe/Berlin: 23 hours in March, 25 in October', () => {
    expect(iso(dayStart('2026-03-29', 'Europe/Berlin', 0))).toBe('2026-03-28T23:00:00.000Z');
    expect(hours('2026-03-29', 'Europe/Berlin', 0)).toBe(23);
    expect(iso(dayStart('2026-03-29', 'Europe/Berlin', 2))).toBe('2026-03-29T01:00:00.000Z');
    expect(hours('2026-10-25', 'Europe/Berlin', 0)).toBe(25);
    expect(hours('2026-10-24', 'Europe/Berlin', 4)).toBe(25);
    expect(iso(dayStart('2026-10-25', 'Europe/Berlin', 2))).toBe('2026-10-25T00:00:00.000Z');
  });

  it('Australia/Sydney: summer time ends in April and starts in October', () => {
    expect(hours('2026-04-05', 'Australia/Sydney', 0)).toBe(25);
    expect(iso(dayStart('2026-04-05', 'Australia/Sydney', 2))).toBe('2026-04-04T15:00:00.000Z');
    expect(hours('2026-10-04', 'Australia/Sydney', 0)).toBe(23);
    expect(iso(dayStart('2026-10-04', 'Australia/Sydney', 2))).toBe('2026-10-03T16:00:00.000Z');
  });

  it('Australia/Lord_Howe: half-hour summer time makes 24.5- and 23.5-hour days', () => {
    expect(hours('2026-04-05', 'Australia/Lord_Howe', 0)).toBe(24.5);
    // 02:00 LHDT falls back to 01:30; the day starting at 02:00 starts at the one 02:00 that follows.
    expect(iso(dayStart('2026-04-05', 'Australia/Lord_Howe', 2))).toBe('2026-04-04T15:30:00.000Z');
    expect(hours('2026-10-04', 'Australia/Lord_Howe', 0)).toBe(23.5);
    expect(iso(dayStart('2026-10-04', 'Australia/Lord_Howe', 2))).toBe('2026-10-03T15:30:00.000Z');
  });

  it('days in zones without DST are 24 hours, with fractional offsets', () => {
    expect(iso(dayStart('2026-01-01', 'Asia/Kolkata', 0))).toBe('2025-12-31T18:30:00.000Z');
    expect(iso(dayStart('2026-01-01', 'Asia/Kathmandu', 4))).toBe('2025-12-31T22:15:00.000Z');
    expect(iso(dayStart('2026-01-01', 'Pacific/Kiritimati', 23))).toBe('2026-01-01T09:00:00.000Z');
    expect(hours('2026-07-01', 'Asia/Kathmandu', 23)).toBe(24);
  });

  it('a calendar day a zone skipped has an empty range and is never a day key', () => {
    // Samoa moved across the date line: 29 December 2011 was followed by the 31st.
    const skipped = dayRange('2011-12-30', 'Pacific/Apia', 0);
    expect(skipped.start.getTime()).toBe(skipped.end.getTime());
    expect(iso(skipped.start)).toBe('2011-12-30T10:00:00.000Z');
    expect(dayKey(at('2011-12-30T09:59:59.999Z'), 'Pacific/Apia', 0)).toBe('2011-12-29');
    expect(dayKey(at('2011-12-30T10:00:00Z'), 'Pacific/Apia', 0)).toBe('2011-12-31');
    // With a 4 o'clock start, the 30th exists: the four hours from the jump to 04:00 on the 31st.
    expect(hours('2011-12-30', 'Pacific/Apia', 4)).toBe(4);
    expect(hours('1994-12-31', 'Pacific/Kiritimati', 0)).toBe(0);
  });

  it('caches without confusing zones or hours', () => {
    expect(iso(dayStart('2026-06-01', 'UTC', 4))).toBe('2026-06-01T04:00:00.000Z');
    expect(iso(dayStart('2026-06-01', 'UTC', 5))).toBe('2026-06-01T05:00:00.000Z');
    expect(iso(dayStart('2026-06-01', 'Asia/Tokyo', 4))).toBe('2026-05-31T19:00:00.000Z');
  });

  it('rejects malformed and impossible day keys', () => {
    for (const bad of ['2026-02-30', '2023-02-29', '2026-13-01', '2026-1-01', '20260101', '', 'today']) {
      expect(() => dayStart(bad, 'UTC', 0), bad).toThrow(RangeError);
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, leap days and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-10', -365)).toBe('2025-03-10');
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('counts days between keys, signed', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('numbers weekdays from Monday = 0 to Sunday = 6', () => {
    expect(weekday('2026-11-30')).toBe(0);
    expect(weekday('2026-12-06')).toBe(6);
    expect(weekday('2024-02-29')).toBe(3);
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });

  it('names ISO weeks by the year of their Thursday', () => {
    expect(weekKey('2026-11-26')).toBe('2026-W48');
    expect(weekKey('2026-01-01')).toBe('2026-W01');
    expect(weekKey('2026-12-31')).toBe('2026-W53');
    expect(weekKey('2027-01-03')).toBe('2026-W53');
    expect(weekKey('2027-01-04')).toBe('2027-W01');
    expect(weekKey('2024-12-30')).toBe('2025-W01');
    expect(weekKey('2021-01-03')).toBe('2020-W53');
    expect(weekKey('2008-12-29')).toBe('2009-W01');
  });

  it('names months and periods in the user day', () => {
    expect(monthKey('2026-11-30')).toBe('2026-11');
    // 02:00 on 1 December in New York with a 4 o'clock start is still November.
    const lateNight = at('2026-12-01T07:00:00Z');
    expect(periodKey('daily', lateNight, 'America/New_York', 4)).toBe('2026-11-30');
    expect(periodKey('weekly', lateNight, 'America/New_York', 4)).toBe('2026-W49');
    expect(periodKey('monthly', lateNight, 'America/New_York', 4)).toBe('2026-11');
    expect(periodKey('monthly', lateNight, 'America/New_York', 0)).toBe('2026-12');
  });
});
