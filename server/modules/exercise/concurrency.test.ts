import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, customExercise, logSet } from '../../test/exercise';
import { signUp } from '../../test/factories';
import { economy } from '../../test/game';
import { createPooledTestApp, type TestApp } from '../../test/harness';
import { training_programs, workout_sessions } from './exercise.tables';

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'exercise under concurrency (skipped without TEST_DATABASE_URL: PGlite runs one query at a time)',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createPooledTestApp();
    });
    afterAll(() => t.close());

    it('leaves exactly one program active after 10 simultaneous activations', async () => {
      const user = await signUp(t);
      const ex = await customExercise(user);
      const workout = await call(user, 'POST', '/api/exercise/workouts', {
        name: 'W',
        exercises: [{ exercise_id: ex }],
      });
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const p = await call(user, 'POST', '/api/exercise/programs', {
          name: `Program ${i}`,
          weeks: [{ days: [{ day_of_week: 1 + (i % 7), workout_id: workout.id }] }],
        });
        ids.push(p.id);
      }
      const answers = await Promise.all(
        ids.map((id) => user.inject({ method: 'POST', url: `/api/exercise/programs/${id}/activate` })),
      );
      expect(answers.map((r) => r.statusCode)).toEqual(ids.map(() => 200));
      const active = await t.database.db
        .select({ id: training_programs.id })
        .from(training_programs)
        .where(and(eq(training_programs.user_id, user.id), eq(training_programs.is_active, true)));
      expect(active).toHaveLength(1);
      // Only the active program's day is in the calendar.
      const calendar = await call(user, 'GET', '/api/calendar?limit=50');
      expect(calendar).toHaveLength(1);
    });

    it('starts one session of many simultaneous starts; the others are 409', async () => {
      const user = await signUp(t);
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => user.inject({ method: 'POST', url: '/api/exercise/sessions', payload: {} })),
      );
      const codes = answers.map((r) => r.statusCode).sort();
      expect(codes).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      const rows = await t.database.db.select().from(workout_sessions).where(eq(workout_sessions.user_id, user.id));
      expect(rows).toHaveLength(1);
    });

    it('pays a finish once however many arrive together, and keeps the ledger equal to the wallet', async () => {
      const user = await signUp(t);
      const ex = await customExercise(user);
      const id = (await call(user, 'POST', '/api/exercise/sessions', {})).id;
      await Promise.all(
        Array.from({ length: 5 }, (_, i) => logSet(user, id, { exercise_id: ex, weight: 50 + i, reps: 5 })),
      );
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          user.inject({ method: 'POST', url: `/api/exercise/sessions/${id}/finish`, payload: {} }),
        ),
      );
      expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
      const e = await economy(t, user.id);
      expect(e).toMatchObject({ total_xp: e.ledger_xp, coins: e.ledger_coins });
    });
  },
);
