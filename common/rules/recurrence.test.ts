import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallTime, zonedInstant } from '../time/zoned';
import { expand, firstOccurrence, lastOccurrence, occurrenceAt, overlaps, parseRule } from './recurrence';

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

describe('a daily or weekly series read far from its start', () => {
  const rules = [
    'FREQ=DAILY',
    'FREQ=DAILY;INTERVAL=3',
    'FREQ=DAILY;BYMONTH=2,7',
    'FREQ=DAILY;INTERVAL=2;BYDAY=MO,TH',
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR',
    'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,SU;WKST=SU',
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=WEEKLY;INTERVAL=2;UNTIL=20401231T000000Z',
  ];
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'UTC'];
  const DAY = 86_400_000;

  it('has the occurrences it would have had walking from the start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2000, 0, 1) }),
        fc.integer({ min: 0, max: 15 * 365 }),
        (rule, timeZone, startMs, offsetDays) => {
          const start = new Date(Math.floor(startMs / 60_000) * 60_000);
          const series = { start, end: new Date(start.getTime() + 3_600_000), timeZone, rule };
          // The occurrences of the series from its start (a walk rrule makes in full) ...
          const first = firstOccurrence(series);
          fc.pre(first !== null && first.start.getTime() === start.getTime());
          const from = new Date(start.getTime() + offsetDays * DAY);
          const to = new Date(from.getTime() + 40 * DAY);
          const walked = expand(series, start, to, 100_000).filter((o) => overlaps(o, from, to));
          // ... are the ones read from far away.
          expect(expand(series, from, to)).toEqual(walked);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds the occurrences of a daily series begun in 1900 in 2199, and the last one before its UNTIL', () => {
    const series = {
      start: at('1900-01-01T08:00:00Z'),
      end: null,
      timeZone: 'Europe/Berlin',
      rule: 'FREQ=DAILY;BYMONTH=1',
    };
    const got = expand(series, at('2199-01-30T00:00:00Z'), at('2199-02-03T00:00:00Z'));
    expect(got.map((o) => o.start.toISOString())).toEqual(['2199-01-30T08:00:00.000Z', '2199-01-31T08:00:00.000Z']);
    const until = { ...series, rule: 'FREQ=DAILY;BYMONTH=1;UNTIL=21991231T000000Z' };
    expect(lastOccurrence(until)?.start.toISOString()).toBe('2199-01-31T08:00:00.000Z');
    const weekly = { ...series, rule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=21991231T000000Z' };
    const last = lastOccurrence(weekly);
    expect(last && expand(weekly, new Date(last.start.getTime() - 1), at('2200-01-01T00:00:00Z'))).toHaveLength(1);
  });
});
