import { describe, expect, it } from 'vitest';
import { dailySeries, daysEnding } from './days';

describe('daysEnding', () => {
  it('counts back across a month end, oldest first', () => {
    expect(daysEnding('2026-03-02', 4)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('dailySeries', () => {
  it('puts each day’s score on its day and zero on days without rounds', () => {
    const series = dailySeries(
      [
        { day: '2026-12-05', average_score: 80 },
        { day: '2026-12-07', average_score: 95 },
      ],
      4,
      (r) => r.average_score,
      '2026-12-07',
    );
    expect(series.map((s) => [s.day, s.value])).toEqual([
      ['2026-12-04', 0],
      ['2026-12-05', 80],
      ['2026-12-06', 0],
      ['2026-12-07', 95],
    ]);
  });

  it('ends on the server’s latest day when it is ahead of the device’s', () => {
    const series = dailySeries([{ day: '2026-12-08', n: 3 }], 2, (r) => r.n, '2026-12-07');
    expect(series.map((s) => s.day)).toEqual(['2026-12-07', '2026-12-08']);
  });
});
