import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/day';
import { advanceStreak, emptyStreak, liveStreak, missedDay, type StreakState } from './streaks';

const at = (current: number, last: string | null, longest = current, shields_used = 0): StreakState => ({
  current,
  longest,
  last_active_date: last,
  shields_used,
});

describe('advanceStreak', () => {
  it('starts at 1 on the first active day', () => {
    expect(advanceStreak(emptyStreak(), '2026-03-01')).toEqual({ state: at(1, '2026-03-01'), change: 'started' });
  });

  it('extends on the next day, across month and year ends', () => {
    expect(advanceStreak(at(4, '2026-02-28'), '2026-03-01').state).toEqual(at(5, '2026-03-01'));
    expect(advanceStreak(at(4, '2026-12-31'), '2027-01-01')).toEqual({
      state: at(5, '2027-01-01'),
      change: 'extended',
    });
  });

  it('changes nothing on the same day or an earlier one', () => {
    const s = at(3, '2026-03-10');
    expect(advanceStreak(s, '2026-03-10')).toEqual({ state: s, change: 'unchanged' });
    expect(advanceStreak(s, '2026-03-02')).toEqual({ state: s, change: 'unchanged' });
  });

  it('restarts after a missed day unless it may bridge it', () => {
    expect(advanceStreak(at(6, '2026-03-10', 9), '2026-03-12')).toEqual({
      state: at(1, '2026-03-12', 9),
      change: 'started',
    });
    expect(advanceStreak(at(6, '2026-03-10', 9), '2026-03-12', { canBridge: true })).toEqual({
      state: at(7, '2026-03-12', 9, 1),
      change: 'bridged',
    });
  });

  it('never bridges two missed days', () => {
    expect(advanceStreak(at(6, '2026-03-10'), '2026-03-13', { canBridge: true }).change).toBe('started');
  });

  it('keeps the longest run', () => {
    expect(advanceStreak(at(2, '2026-03-10', 2), '2026-03-11').state.longest).toBe(3);
  });

  it('counts consecutive days, and longest never falls below current', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 60 }), fc.boolean(), (gaps, canBridge) => {
        let s = emptyStreak();
        let day = '2026-01-01';
        let expected = 0;
        for (const gap of gaps) {
          day = addDays(day, gap);
          const had = s.last_active_date;
          const r = advanceStreak(s, day, { canBridge });
          if (had === null) expected = 1;
          else if (gap === 1 || (gap === 2 && canBridge)) expected += 1;
          else if (gap > 0) expected = 1;
          s = r.state;
          expect(s.current).toBe(expected);
          expect(s.longest).toBeGreaterThanOrEqual(s.current);
        }
      }),
    );
  });
});

describe('missedDay', () => {
  it('names the single day between the last active day and today', () => {
    expect(missedDay(at(3, '2026-03-10'), '2026-03-12')).toBe('2026-03-11');
    expect(missedDay(at(3, '2026-03-10'), '2026-03-11')).toBeNull();
    expect(missedDay(at(3, '2026-03-10'), '2026-03-13')).toBeNull();
    expect(missedDay(emptyStreak(), '2026-03-13')).toBeNull();
  });
});

describe('liveStreak', () => {
  const s = at(5, '2026-03-10');
  it('reads the streak while the last active day is today or yesterday', () => {
    expect(liveStreak(s, '2026-03-10')).toBe(5);
    expect(liveStreak(s, '2026-03-11')).toBe(5);
  });

  it('reads 0 once the last active day is before yesterday', () => {
    expect(liveStreak(s, '2026-03-12')).toBe(0);
    expect(liveStreak(s, '2026-04-01')).toBe(0);
    expect(liveStreak(emptyStreak(), '2026-03-12')).toBe(0);
  });

  it('keeps a streak whose one missed day can still be bridged', () => {
    expect(liveStreak(s, '2026-03-12', { canBridgeYesterday: true })).toBe(5);
    expect(liveStreak(s, '2026-03-13', { canBridgeYesterday: true })).toBe(0);
  });
});
