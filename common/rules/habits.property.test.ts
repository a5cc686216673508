import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCompletions,
  type HabitDay,
  type HabitSchedule,
  isoWeekday,
  isPerfectDay,
  streaksOf,
  strengthOf,
} from './habits';
import { D, daily, done, periods, skipped, streaks, strength, weekdays, weekly } from './habits.fixtures';

/** Laws of the habit rules over random histories. */

type Mark = { kind: 'none' } | { kind: 'skip' } | { kind: 'count'; count: number; target: number };
const mark: fc.Arbitrary<Mark> = fc.oneof(
  fc.constant<Mark>({ kind: 'none' }),
  fc.constant<Mark>({ kind: 'skip' }),
  fc.record({
    kind: fc.constant('count' as const),
    count: fc.integer({ min: 0, max: 3 }),
    target: fc.integer({ min: 1, max: 3 }),
  }),
);
const toDays = (marks: Mark[]): HabitDay[] =>
  marks.flatMap((m, i): HabitDay[] => {
    if (m.kind === 'skip') return [skipped(D(i))];
    if (m.kind === 'count') return [done(D(i), m.count, m.target)];
    return [];
  });
const schedule: fc.Arbitrary<HabitSchedule> = fc.oneof(
  fc.constant(daily),
  fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((d) => weekdays(...d)),
  fc.integer({ min: 1, max: 7 }).map(weekly),
);
const history = fc.array(mark, { minLength: 1, maxLength: 70 });

describe('habit laws', () => {
  it('current ≤ longest, and strength stays within 0–100', () => {
    fc.assert(
      fc.property(schedule, history, (s, marks) => {
        const today = D(marks.length - 1);
        const p = periods(s, toDays(marks), today);
        const st = streaksOf(p);
        expect(st.current).toBeLessThanOrEqual(st.longest);
        expect(st.current).toBeGreaterThanOrEqual(0);
        const score = strengthOf(s, p);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('a weekdays habit is judged as a daily habit on its scheduled days alone', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        history,
        (chosen, marks) => {
          const s = weekdays(...chosen);
          const today = D(marks.length - 1);
          const all = toDays(marks);
          const onSchedule = all.filter((d) => chosen.includes(isoWeekday(d.date)));
          // Logs on unscheduled days change nothing.
          expect(streaks(s, all, today)).toEqual(streaks(s, onSchedule, today));
          // Compacting the scheduled days into consecutive days gives the daily habit's streaks.
          const scheduled = marks.map((_, i) => D(i)).filter((d) => chosen.includes(isoWeekday(d)));
          const compact = scheduled.flatMap((d, i): HabitDay[] => {
            const log = all.find((x) => x.date === d);
            return log ? [{ ...log, date: D(i) }] : [];
          });
          if (scheduled.length === 0) return;
          const last = scheduled.length - 1;
          const lastIsToday = scheduled[last] === today;
          const dailyView = streaks(daily, compact, lastIsToday ? D(last) : D(last + 1));
          expect(streaks(s, all, today).current).toBe(dailyView.current);
          expect(streaks(s, all, today).longest).toBe(dailyView.longest);
        },
      ),
    );
  });

  it('skipping a missed day never lowers the streak or the strength', () => {
    fc.assert(
      fc.property(schedule, history, fc.nat(), (s, marks, pick) => {
        const i = pick % marks.length;
        if (marks[i]?.kind !== 'none') return;
        const today = D(marks.length - 1);
        const before = toDays(marks);
        const after = toDays(marks.map((m, j) => (j === i ? { kind: 'skip' } : m)));
        expect(streaks(s, after, today).current).toBeGreaterThanOrEqual(streaks(s, before, today).current);
        expect(strength(s, after, today)).toBeGreaterThanOrEqual(strength(s, before, today));
      }),
    );
  });

  it('doing more on a day never lowers the strength or the streaks', () => {
    fc.assert(
      fc.property(schedule, history, fc.nat(), (s, marks, pick) => {
        const i = pick % marks.length;
        const m = marks[i];
        if (m?.kind !== 'count') return;
        const today = D(marks.length - 1);
        const before = toDays(marks);
        const after = toDays(marks.map((x, j) => (j === i ? { ...m, count: m.count + 1 } : x)));
        expect(strength(s, after, today)).toBeGreaterThanOrEqual(strength(s, before, today));
        const [a, b] = [streaks(s, after, today), streaks(s, before, today)];
        expect(a.current).toBeGreaterThanOrEqual(b.current);
        expect(a.longest).toBeGreaterThanOrEqual(b.longest);
      }),
    );
  });

  it('any sequence of additions completes a day exactly once, when the count reaches the target', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 8 }),
        (adds, target) => {
          let day: HabitDay | null = null;
          let crossings = 0;
          for (const add of adds) {
            const step = addCompletions(day, add, target);
            if (step.crossed) crossings++;
            day = { date: D(0), count: step.count, target: step.target, skipped: false };
          }
          const total = adds.reduce((a, b) => a + b, 0);
          expect(crossings).toBe(total >= target ? 1 : 0);
        },
      ),
    );
  });

  it('completing one more habit never spoils a perfect day', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(schedule, fc.array(mark, { minLength: 7, maxLength: 7 })), { maxLength: 5 }),
        fc.integer({ min: 0, max: 6 }),
        (specs, dayIndex) => {
          const day = D(dayIndex);
          const habits = specs.map(([s, marks]) => ({ schedule: s, start: D(0), week: toDays(marks) }));
          if (!isPerfectDay(habits, day)) return;
          for (let k = 0; k < habits.length; k++) {
            const bumped = habits.map((h, j) =>
              j === k ? { ...h, week: [...h.week.filter((d) => d.date !== day), done(day, 5, 1)] } : h,
            );
            expect(isPerfectDay(bumped, day)).toBe(true);
          }
        },
      ),
    );
  });
});
