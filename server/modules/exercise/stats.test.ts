import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, customExercise, logSet, startSession } from '../../test/exercise';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MINUTE = 60_000;

async function finished(
  user: TestUser,
  sets: { exercise_id: string; weight?: number; reps?: number; is_warmup?: boolean }[],
) {
  const id = await startSession(user);
  for (const s of sets) {
    t.clock.advance(5 * MINUTE);
    await logSet(user, id, s);
  }
  await call(user, 'POST', `/api/exercise/sessions/${id}/finish`, {}, 200);
  return id;
}

describe('GET /api/exercise/stats', () => {
  it('sums sessions, active minutes and volume by week and muscle group, with the records set', async () => {
    // Tuesday 24 February 2026: a session last week.
    t.clock.set('2026-02-24T10:00:00Z');
    const user = await signUp(t);
    const squat = await customExercise(user, { primary_muscles: ['quadriceps', 'glutes'] });
    const bench = await customExercise(user, { primary_muscles: ['chest', 'triceps'] });
    const carry = await customExercise(user, { primary_muscles: [] });
    await finished(user, [{ exercise_id: carry, weight: 40, reps: 10 }]);
    // An abandoned session counts for nothing.
    const abandoned = await startSession(user);
    await logSet(user, abandoned, { exercise_id: squat, weight: 500, reps: 1 });
    await call(user, 'POST', `/api/exercise/sessions/${abandoned}/abandon`, undefined, 200);
    // Wednesday 4 March 2026; this week starts on Monday 2 March.
    t.clock.set('2026-03-04T10:00:00Z');
    await finished(user, [
      { exercise_id: squat, weight: 100, reps: 5 },
      { exercise_id: bench, weight: 50, reps: 10, is_warmup: true },
      { exercise_id: bench, weight: 60, reps: 10 },
    ]);
    t.clock.set('2026-03-04T18:00:00Z');

    const stats = await call(user, 'GET', '/api/exercise/stats?weeks=3');
    expect(stats.weeks.map((w: { week_start: string }) => w.week_start)).toEqual([
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
    ]);
    const [, last, now] = stats.weeks;
    expect(now).toMatchObject({ sessions: 1, active_minutes: 15, volume: 1100, sets: 2 });
    // Squat's quadriceps and glutes are both legs; bench's 600 splits between chest and arms.
    expect(now.volume_by_group).toMatchObject({ legs: 500, chest: 300, arms: 300, back: 0 });
    expect(last).toMatchObject({ sessions: 1, volume: 400 });
    expect(last.volume_by_group.full_body).toBe(400);
    expect(stats.totals).toMatchObject({ sessions: 2, volume: 1500 });
    expect(stats.records.length).toBeGreaterThan(0);
    expect(stats.records.every((r: { achieved_at: string }) => r.achieved_at >= '2026-02-16')).toBe(true);

    expect((await call(user, 'GET', '/api/exercise/stats')).weeks).toHaveLength(12);
    expect((await user.inject({ method: 'GET', url: '/api/exercise/stats?weeks=53' })).statusCode).toBe(400);
    const other = await call(await signUp(t), 'GET', '/api/exercise/stats?weeks=3');
    expect(other.totals).toEqual({ sessions: 0, active_minutes: 0, volume: 0 });
  });
});
