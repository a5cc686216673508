import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallTime, zonedInstant } from '../time/zoned';
import { expand, firstOccurrence, lastOccurrence, occurrenceAt, parseRule } from './recurrence';

const at = (s: string) => new Date(s);
const wall = (s: string) => Date.parse(`${s}Z`);

describe('parseRule', () => {
  it('accepts daily to yearly rules and spells them in upper case', () => {
    expect(parseRule('RRULE:freq=monthly;bymonthday=-1;count=12')).toEqual({
      ok: true,
      rule: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12',
    });
    expect(parseRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;UNTIL=20261231T235959Z').ok).toBe(true);
    expect(parseRule('FREQ=MONTHLY;BYDAY=-1FR').ok).toBe(true);
  });

  it('refuses what it cannot expand sensibly', () => {
    for (const rule of [
      '',
      'FREQ=MINUTELY',
      'FREQ=DAILY;FREQ=WEEKLY',
      'FREQ=DAILY;COUNT=0',
      'FREQ=DAILY;COUNT=5000',
      'FREQ=DAILY;COUNT=2;UNTIL=20260101',
      'FREQ=DAILY;BYHOUR=9',
      'FREQ=WEEKLY;BYDAY=MO;',
      'FREQ=MONTHLY;BYMONTHDAY=32',
      'FREQ=DAILY\nFREQ=WEEKLY',
      'INTERVAL=2',
    ]) {
      expect(parseRule(rule).ok, rule).toBe(false);
    }
  });
});

describe('zonedInstant', () => {
  it('reads a time skipped by the spring change with the offset before it', () => {
    expect(zonedInstant(wall('2026-03-29T02:30:00'), 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the earlier of a time that occurs twice in autumn', () => {
    expect(zonedInstant(wall('2026-10-25T02:30:00'), 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('inverts wallTime for every instant that is not in an ambiguous hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
        const instant = new Date(Math.floor(ms / 60_000) * 60_000);
        for (const tz of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC']) {
          const back = zonedInstant(wallTime(instant, tz), tz);
          expect(wallTime(back, tz)).toBe(wallTime(instant, tz));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('expand', () => {
  const series = { start: at('2026-03-16T08:00:00Z'), end: at('2026-03-16T09:00:00Z'), timeZone: 'Europe/Berlin' };

  it('keeps wall-clock time and length across a DST change', () => {
    const got = expand({ ...series, rule: 'FREQ=WEEKLY' }, at('2026-03-20T00:00:00Z'), at('2026-04-04T00:00:00Z'));
    expect(got.map((o) => [o.start.toISOString(), o.end?.toISOString()])).toEqual([
      ['2026-03-23T08:00:00.000Z', '2026-03-23T09:00:00.000Z'],
      ['2026-03-30T07:00:00.000Z', '2026-03-30T08:00:00.000Z'],
    ]);
  });

  it('includes an occurrence that started before the range and is still running', () => {
    const got = expand({ ...series, rule: 'FREQ=DAILY' }, at('2026-03-17T08:30:00Z'), at('2026-03-17T08:40:00Z'));
    expect(got.map((o) => o.start.toISOString())).toEqual(['2026-03-17T08:00:00.000Z']);
  });

  it('knows the first, last and any single occurrence', () => {
    const s = { ...series, rule: 'FREQ=DAILY;COUNT=3' };
    expect(firstOccurrence(s)?.start.toISOString()).toBe('2026-03-16T08:00:00.000Z');
    expect(lastOccurrence(s)?.end?.toISOString()).toBe('2026-03-18T09:00:00.000Z');
    expect(lastOccurrence({ ...s, rule: 'FREQ=DAILY' })).toBeNull();
    expect(occurrenceAt(s, at('2026-03-17T08:00:00Z'))).not.toBeNull();
    expect(occurrenceAt(s, at('2026-03-19T08:00:00Z'))).toBeNull();
  });

  it('honours an UNTIL given as an instant', () => {
    const got = expand(
      { ...series, rule: 'FREQ=DAILY;UNTIL=20260318T080000Z' },
      at('2026-03-01T00:00:00Z'),
      at('2026-04-01T00:00:00Z'),
    );
    expect(got).toHaveLength(3);
  });
});
