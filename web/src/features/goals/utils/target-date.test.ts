import { describe, expect, it } from 'vitest';
import { formatDayKey } from '@/lib/format';
import { describeTarget } from './target-date';

const shown = (key: string) => formatDayKey(key, { weekday: undefined, year: 'numeric' });

describe('describeTarget', () => {
  it('counts down to an open goal’s date in days, weeks, then months', () => {
    expect(describeTarget('2026-05-04', '2026-05-04', true)).toEqual({
      text: `Due today, ${shown('2026-05-04')}`,
      late: false,
    });
    expect(describeTarget('2026-05-05', '2026-05-04', true).text).toBe(`By ${shown('2026-05-05')} · in 1 day`);
    expect(describeTarget('2026-05-25', '2026-05-04', true).text).toBe(`By ${shown('2026-05-25')} · in 3 weeks`);
    expect(describeTarget('2026-11-04', '2026-05-04', true).text).toBe(`By ${shown('2026-11-04')} · in 6 months`);
  });

  it('says how late an open goal is', () => {
    expect(describeTarget('2026-05-01', '2026-05-04', true)).toEqual({
      text: `3 days past ${shown('2026-05-01')}`,
      late: true,
    });
  });

  it('only names the date of a closed goal', () => {
    expect(describeTarget('2026-05-01', '2026-05-04', false)).toEqual({
      text: `Target ${shown('2026-05-01')}`,
      late: false,
    });
  });
});
