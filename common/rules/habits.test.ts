import { describe, expect, it } from 'vitest';
import {
  addCompletions,
  dueOn,
  type HabitDay,
  type HabitSchedule,
  habitPeriods,
  habitStart,
  isCompleted,
  isoWeekday,
  isPerfectDay,
  isScheduledDay,
  MAX_DAY_COUNT,
  openDays,
  requiredOn,
  runAt,
  STRENGTH_HALF_LIFE_DAYS,
  scheduleIssues,
  streakReached,
  strengthHalfLife,
  windowStart,
} from './habits';
import { D, daily, done, periods, skipped, streaks, strength, weekdays, weekly } from './habits.fixtures';

const run = (n: number, from = 0) => Array.from({ length: n }, (_, i) => done(D(from + i)));

describe('scheduleIssues', () => {
  it('accepts the three consistent shapes', () => {
    expect(scheduleIssues(daily)).toEqual([]);
    expect(scheduleIssues(weekdays(1, 3, 5))).toEqual([]);
    expect(scheduleIssues(weekdays(1, 2, 3, 4, 5, 6, 7))).toEqual([]);
    expect(scheduleIssues(weekly(1))).toEqual([]);
    expect(scheduleIssues(weekly(7))).toEqual([]);
  });

  it('names the field that is wrong', () => {
    const paths = (s: Parameters<typeof scheduleIssues>[0]) => scheduleIssues(s).map((i) => i.path);
    expect(paths(weekdays())).toEqual(['schedule_days']);
    expect(paths({ ...daily, schedule_days: [1] })).toEqual(['schedule_days']);
    expect(paths({ ...daily, times_per_week: 3 })).toEqual(['times_per_week']);
    expect(paths({ ...weekdays(2), times_per_week: 3 })).toEqual(['times_per_week']);
    expect(paths({ ...weekly(3), schedule_days: [1] })).toEqual(['schedule_days']);
    expect(paths({ ...weekly(3), times_per_week: null })).toEqual(['times_per_week']);
    expect(paths(weekly(0))).toEqual(['times_per_week']);
    expect(paths(weekly(8))).toEqual(['times_per_week']);
    expect(paths(weekly(2.5))).toEqual(['times_per_week']);
    expect(paths(weekdays(0, 3))).toEqual(['schedule_days']);
    expect(paths(weekdays(8))).toEqual(['schedule_days']);
    expect(paths(weekdays(2, 2))).toEqual(['schedule_days']);
    expect(paths({ schedule_type: 'monthly', schedule_days: [], times_per_week: null })).toEqual(['schedule_type']);
  });
});

describe('days and schedules', () => {
  it('numbers weekdays 1 = Monday … 7 = Sunday', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => isoWeekday(D(i)))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('schedules every day, chosen weekdays, or any day towards a weekly quota', () => {
    expect(isScheduledDay(daily, D(5))).toBe(true);
    expect(isScheduledDay(weekdays(1, 3), D(0))).toBe(true);
    expect(isScheduledDay(weekdays(1, 3), D(1))).toBe(false);
    expect(isScheduledDay(weekdays(1, 3), D(2))).toBe(true);
    expect(isScheduledDay(weekly(2), D(6))).toBe(true);
  });

  it('calls a day completed when its count reaches its target and it is not a skip', () => {
    expect(isCompleted(done(D(0)))).toBe(true);
    expect(isCompleted(done(D(0), 2, 3))).toBe(false);
    expect(isCompleted(done(D(0), 4, 3))).toBe(true);
    expect(isCompleted(skipped(D(0)))).toBe(false);
    expect(isCompleted(null)).toBe(false);
    expect(isCompleted(done(D(0), 0, 1))).toBe(false);
  });

  it('starts a habit on its creation day or an earlier logged day', () => {
    expect(habitStart(D(3), [done(D(4))])).toBe(D(3));
    expect(habitStart(D(3), [done(D(2)), done(D(4))])).toBe(D(2));
  });

  it('opens today and yesterday only', () => {
    expect(openDays(D(3))).toEqual([D(3), D(2)]);
  });

  it('reads from a Monday 52 weeks before this week', () => {
    expect(windowStart(D(3))).toBe(D(-52 * 7));
    expect(windowStart(D(0))).toBe(D(-52 * 7));
    expect(isoWeekday(windowStart('2026-11-28'))).toBe(1);
  });
});

describe('habitPeriods', () => {
  it('judges each day of a daily habit: met, excused, missed, and today pending', () => {
    const p = periods(daily, [done(D(0)), skipped(D(1)), done(D(3), 1, 2)], D(4));
    expect(p.map((x) => x.status)).toEqual(['met', 'excused', 'missed', 'missed', 'pending']);
    expect(p[3]?.value).toBe(0.5);
  });

  it('counts today once it is completed', () => {
    expect(periods(daily, [done(D(2))], D(2), D(2)).map((x) => x.status)).toEqual(['met']);
  });

  it('judges only the chosen weekdays', () => {
    const p = periods(weekdays(1, 3, 5), [done(D(0)), done(D(1)), done(D(4))], D(6));
    expect(p.map((x) => [x.start, x.status])).toEqual([
      [D(0), 'met'],
      [D(2), 'missed'],
      [D(4), 'met'],
    ]);
  });

  it('judges weekly habits per ISO week against the quota', () => {
    const days = [
      // week 1 (the starting week) unmet: pending
      done(D(0)),
      // week 2 met
      done(D(7)),
      done(D(9)),
      // week 3: one done, one skipped: excused
      done(D(14)),
      skipped(D(15)),
      // week 4: one done: missed
      done(D(21)),
      // week 5 (current): unmet so far
    ];
    const p = periods(weekly(2), days, D(30));
    expect(p.map((x) => [x.start, x.status])).toEqual([
      [D(0), 'pending'],
      [D(7), 'met'],
      [D(14), 'excused'],
      [D(21), 'missed'],
      [D(28), 'pending'],
    ]);
    expect(p[3]?.value).toBe(0.5);
  });

  it('starts at `from` when the habit is older', () => {
    expect(periods(daily, [], D(10)).length).toBe(11);
    expect(habitPeriods(daily, { start: D(0), from: D(7), today: D(10), days: [] }).length).toBe(4);
    expect(habitPeriods(daily, { start: D(9), from: D(7), today: D(10), days: [] }).length).toBe(2);
    expect(periods(daily, [], D(2), D(5))).toEqual([]);
  });
});

describe('streaks', () => {
  it('counts consecutive completed days of a daily habit', () => {
    expect(streaks(daily, run(5), D(4))).toEqual({ current: 5, longest: 5, unbroken: true });
  });

  it('keeps yesterday’s streak while today is still open', () => {
    expect(streaks(daily, run(5), D(5)).current).toBe(5);
  });

  it('reads 0 once a day is missed', () => {
    expect(streaks(daily, run(5), D(6))).toEqual({ current: 0, longest: 5, unbroken: false });
  });

  it('restarts after a break and remembers the longest run', () => {
    expect(streaks(daily, [...run(4), ...run(2, 5)], D(6))).toMatchObject({ current: 2, longest: 4 });
  });

  it('keeps the streak over a skipped day without adding to it', () => {
    expect(streaks(daily, [done(D(0)), done(D(1)), skipped(D(2)), done(D(3))], D(3)).current).toBe(3);
  });

  it('is not broken by the unscheduled days of a weekdays habit', () => {
    const mwf = weekdays(1, 3, 5);
    const days = [done(D(0)), done(D(2)), done(D(4)), done(D(7))];
    expect(streaks(mwf, days, D(8)).current).toBe(4);
    expect(streaks(mwf, days, D(9)).current).toBe(4);
    expect(streaks(mwf, days, D(10)).current).toBe(0);
  });

  it('counts the weeks that met a weekly quota', () => {
    const days = [done(D(0)), done(D(2)), done(D(7)), done(D(13)), done(D(15))];
    expect(streaks(weekly(2), days, D(15)).current).toBe(2);
    expect(streaks(weekly(2), days, D(20)).current).toBe(2);
    expect(streaks(weekly(2), days, D(21)).current).toBe(0);
    expect(streaks(weekly(2), [...days, done(D(16))], D(16)).current).toBe(3);
  });

  it('measures the run a day belongs to', () => {
    const p = periods(daily, [...run(3), skipped(D(3)), ...run(2, 4), ...run(1, 7)], D(7));
    expect(runAt(daily, p, D(1))).toBe(5);
    expect(runAt(daily, p, D(5))).toBe(5);
    expect(runAt(daily, p, D(7))).toBe(1);
    expect(runAt(daily, p, D(3))).toBe(0);
    expect(runAt(daily, p, D(6))).toBe(0);
    expect(runAt(daily, p, D(20))).toBe(0);
  });

  it('reports the streak a completion reached once per length', () => {
    const days = run(7);
    expect(streakReached(daily, periods(daily, days, D(6)), days, D(6))).toBe(7);
    const mwf = weekdays(1, 3, 5);
    const extra = [done(D(0)), done(D(1))];
    expect(streakReached(mwf, periods(mwf, extra, D(1)), extra, D(1))).toBe(0);
    const w = [done(D(0)), done(D(7)), done(D(8))];
    expect(streakReached(weekly(2), periods(weekly(2), w, D(8)), w, D(8))).toBe(1);
    const beyond = [...w, done(D(9))];
    expect(streakReached(weekly(2), periods(weekly(2), beyond, D(9)), beyond, D(9))).toBe(0);
    const below = [done(D(7))];
    expect(streakReached(weekly(2), periods(weekly(2), below, D(7)), below, D(7))).toBe(0);
  });
});

describe('strength', () => {
  const H = STRENGTH_HALF_LIFE_DAYS;

  it('starts at 0 and reaches 50 after one half-life of daily completions', () => {
    expect(strength(daily, [], D(0))).toBe(0);
    expect(strength(daily, run(H), D(H - 1))).toBe(50);
    expect(strength(daily, run(1), D(0))).toBe(5);
  });

  it('nears 100 with steady completions and halves after a half-life of misses', () => {
    expect(strength(daily, run(200), D(199))).toBe(100);
    // Thirteen missed days, and today still open.
    expect(strength(daily, run(200), D(200 + H))).toBe(50);
    expect(strength(daily, [], D(100))).toBe(0);
  });

  it('does not hold today against the habit, nor a skip', () => {
    expect(strength(daily, run(20), D(20))).toBe(strength(daily, run(20), D(19)));
    const withSkip = [...run(10), skipped(D(10)), ...run(5, 11)];
    expect(strength(daily, withSkip, D(15))).toBe(strength(daily, run(15), D(14)));
  });

  it('gives partial credit for part of a day’s target', () => {
    const partial = strength(daily, [done(D(0), 1, 2)], D(1));
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(strength(daily, [done(D(0), 2, 2)], D(1)));
  });

  it('scales the half-life to the schedule: 13 days for daily, slower for rarer habits', () => {
    expect(strengthHalfLife(daily)).toBe(H);
    expect(strengthHalfLife(weekdays(1, 2, 3, 4, 5, 6, 7))).toBeCloseTo(H);
    expect(strengthHalfLife(weekly(7))).toBeCloseTo(H / 7);
    // In calendar days: a fraction f of days halves in 13 / √f days.
    expect(strengthHalfLife(weekdays(1)) * 7).toBeCloseTo(H / Math.sqrt(1 / 7));
    expect(strengthHalfLife(weekly(3)) * 7).toBeCloseTo(H / Math.sqrt(3 / 7));
  });

  it('scores weekly habits per week', () => {
    const weeks = Array.from({ length: 30 }, (_, i) => [done(D(7 * i)), done(D(7 * i + 1))]).flat();
    expect(strength(weekly(2), weeks, D(7 * 30 - 1))).toBe(100);
    expect(strength(weekly(2), weeks.slice(0, 1), D(7 * 30 - 1))).toBe(0);
  });
});

describe('dueOn and requiredOn', () => {
  it('follow the schedule for daily and weekdays habits', () => {
    expect(dueOn(daily, D(3), [])).toBe(true);
    expect(dueOn(weekdays(1), D(0), [])).toBe(true);
    expect(dueOn(weekdays(1), D(1), [])).toBe(false);
    expect(requiredOn(weekdays(1), D(0), [])).toBe(true);
    expect(requiredOn(weekdays(1), D(1), [])).toBe(false);
  });

  it('keep a weekly habit due until the other days of the week met the quota', () => {
    expect(dueOn(weekly(2), D(2), [done(D(0))])).toBe(true);
    expect(dueOn(weekly(2), D(2), [done(D(0)), done(D(1))])).toBe(false);
    expect(dueOn(weekly(2), D(2), [done(D(0)), skipped(D(1))])).toBe(false);
    expect(dueOn(weekly(2), D(2), [done(D(0)), done(D(2))])).toBe(true);
    expect(dueOn(weekly(1), D(7), [done(D(0))])).toBe(true);
  });

  it('require a weekly habit only when it can no longer be put off', () => {
    expect(requiredOn(weekly(3), D(0), [])).toBe(false);
    expect(requiredOn(weekly(3), D(4), [])).toBe(true);
    expect(requiredOn(weekly(3), D(4), [done(D(0))])).toBe(false);
    expect(requiredOn(weekly(3), D(5), [done(D(0))])).toBe(true);
    expect(requiredOn(weekly(1), D(6), [])).toBe(true);
    expect(requiredOn(weekly(1), D(6), [done(D(1))])).toBe(false);
  });
});

describe('isPerfectDay', () => {
  const h = (schedule: HabitSchedule, week: HabitDay[], start = D(0)) => ({ schedule, start, week });

  it('needs every required habit done and at least one completion', () => {
    expect(isPerfectDay([h(daily, [done(D(2))]), h(weekdays(3), [done(D(2))])], D(2))).toBe(true);
    expect(isPerfectDay([h(daily, [done(D(2))]), h(weekdays(3), [])], D(2))).toBe(false);
    expect(isPerfectDay([h(daily, [done(D(2))]), h(weekdays(4), [])], D(2))).toBe(true);
    expect(isPerfectDay([h(daily, [])], D(2))).toBe(false);
    expect(isPerfectDay([], D(2))).toBe(false);
  });

  it('does not count a skip as done', () => {
    expect(isPerfectDay([h(daily, [done(D(2))]), h(daily, [skipped(D(2))])], D(2))).toBe(false);
  });

  it('ignores habits that started later and weekly habits that can wait', () => {
    expect(isPerfectDay([h(daily, [done(D(2))]), h(daily, [], D(3))], D(2))).toBe(true);
    expect(isPerfectDay([h(daily, [done(D(2))]), h(weekly(2), [])], D(2))).toBe(true);
    expect(isPerfectDay([h(daily, [done(D(6))]), h(weekly(2), [done(D(0))])], D(6))).toBe(false);
    expect(isPerfectDay([h(weekly(2), [done(D(1))])], D(1))).toBe(true);
  });

  it('counts a partial day as not done', () => {
    expect(isPerfectDay([h(daily, [done(D(2), 1, 3)])], D(2))).toBe(false);
  });
});

describe('addCompletions', () => {
  it('adds to the day and completes it at the target', () => {
    expect(addCompletions(null, 1, 1)).toEqual({ count: 1, target: 1, crossed: true });
    expect(addCompletions(null, 1, 3)).toEqual({ count: 1, target: 3, crossed: false });
    expect(addCompletions(done(D(0), 2, 3), 1, 3)).toEqual({ count: 3, target: 3, crossed: true });
    expect(addCompletions(done(D(0), 3, 3), 1, 3)).toEqual({ count: 4, target: 3, crossed: false });
  });

  it('keeps a completed day’s target and gives an open day the current one', () => {
    expect(addCompletions(done(D(0), 2, 2), 1, 5)).toEqual({ count: 3, target: 2, crossed: false });
    expect(addCompletions(done(D(0), 2, 5), 1, 2)).toEqual({ count: 3, target: 2, crossed: true });
  });

  it('turns a skip into a count', () => {
    expect(addCompletions(skipped(D(0)), 1, 1)).toEqual({ count: 1, target: 1, crossed: true });
  });

  it('caps the day’s count', () => {
    expect(addCompletions(done(D(0), MAX_DAY_COUNT, 1), 5, 1).count).toBe(MAX_DAY_COUNT);
  });
});
