import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, customExercise, logSet, startSession } from '../../test/exercise';
import { signUp, type TestUser } from '../../test/factories';
import { economy, ledgerRows } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const sessions = '/api/exercise/sessions';

async function template(user: TestUser, name = 'Leg day') {
  const squat = await customExercise(user, { name: 'Squat' });
  const workout = await call(user, 'POST', '/api/exercise/workouts', { name, exercises: [{ exercise_id: squat }] });
  return { squat, workout: workout.id as string };
}

describe('POST /api/exercise/sessions', () => {
  it('starts an empty session, or one named after its template', async () => {
    const user = await signUp(t);
    const empty = await call(user, 'POST', sessions);
    expect(empty).toMatchObject({ name: 'Workout', status: 'active', workout_id: null, exercises: [], set_count: 0 });
    await call(user, 'POST', `${sessions}/${empty.id}/abandon`, undefined, 200);

    const { workout } = await template(user, 'Pull day');
    const fromTemplate = await call(user, 'POST', sessions, { workout_id: workout });
    expect(fromTemplate).toMatchObject({
      name: 'Pull day',
      workout_id: workout,
      started_at: t.clock.now().toISOString(),
    });
  });

  it('keeps one active session per user: a second start is 409 naming the active one', async () => {
    const user = await signUp(t);
    const first = await startSession(user);
    const second = await user.inject({ method: 'POST', url: sessions, payload: {} });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('session_active');
    expect(second.json().error.message).toContain(first);
    expect(second.json().error.details).toEqual([{ path: 'session_id', message: first }]);
    // Another user is not affected.
    await startSession(await signUp(t));
    expect((await call(user, 'GET', `${sessions}/active`)).id).toBe(first);
  });

  it('answers null from /active when nothing is in progress', async () => {
    const user = await signUp(t);
    expect(await call(user, 'GET', `${sessions}/active`)).toBeNull();
  });
});

describe('sets', () => {
  it('are logged only on one’s own active session, grouped by exercise in the session', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const bench = await customExercise(user, { name: 'Bench' });
    const row = await customExercise(user, { name: 'Row' });
    const id = await startSession(user);
    await logSet(user, id, { exercise_id: bench, weight: 40, reps: 10, is_warmup: true });
    await logSet(user, id, { exercise_id: row, weight: 50, reps: 8 });
    const written = await logSet(user, id, { exercise_id: bench, weight: 80, reps: 5, rpe: 8.5 });
    expect(written.set).toMatchObject({ set_number: 3, weight: 80, reps: 5, rpe: 8.5, is_warmup: false });
    expect(written.session).toMatchObject({ set_count: 3, working_set_count: 2, total_volume: 800 });

    const detail = await call(user, 'GET', `${sessions}/${id}`);
    expect(
      detail.exercises.map((g: { exercise: { name: string }; sets: unknown[] }) => [g.exercise.name, g.sets.length]),
    ).toEqual([
      ['Bench', 2],
      ['Row', 1],
    ]);

    // Another user: 404 on the session, its sets and their routes.
    const setId = written.set.id;
    const attempts = [
      other.inject({ method: 'GET', url: `${sessions}/${id}` }),
      other.inject({ method: 'POST', url: `${sessions}/${id}/sets`, payload: { exercise_id: bench, reps: 5 } }),
      other.inject({ method: 'PATCH', url: `${sessions}/${id}/sets/${setId}`, payload: { reps: 6 } }),
      other.inject({ method: 'DELETE', url: `${sessions}/${id}/sets/${setId}` }),
      other.inject({ method: 'PATCH', url: `/api/exercise/sets/${setId}`, payload: { reps: 6 } }),
      other.inject({ method: 'DELETE', url: `/api/exercise/sets/${setId}` }),
      other.inject({ method: 'POST', url: `${sessions}/${id}/finish`, payload: {} }),
      other.inject({ method: 'POST', url: `${sessions}/${id}/abandon` }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.statusCode, res.body).toBe(404);
    // Nor can the other user log the owner's custom exercise in a session of their own.
    const theirs = await startSession(other);
    const foreign = await other.inject({
      method: 'POST',
      url: `${sessions}/${theirs}/sets`,
      payload: { exercise_id: bench, reps: 5 },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('are edited and deleted on the active session, by the session’s path or the set’s own', async () => {
    const user = await signUp(t);
    const ex = await customExercise(user);
    const id = await startSession(user);
    const a = (await logSet(user, id, { exercise_id: ex, weight: 50, reps: 5 })).set.id;
    const b = (await logSet(user, id, { exercise_id: ex, weight: 60, reps: 5 })).set.id;
    const edited = await call(user, 'PATCH', `${sessions}/${id}/sets/${a}`, { reps: 8, notes: 'Paused reps' });
    expect(edited.set).toMatchObject({ reps: 8, weight: 50, notes: 'Paused reps' });
    expect(edited.session.total_volume).toBe(700);
    expect((await call(user, 'PATCH', `/api/exercise/sets/${b}`, { weight: 65 })).set.weight).toBe(65);
    await call(user, 'DELETE', `/api/exercise/sets/${a}`);
    await call(user, 'DELETE', `${sessions}/${id}/sets/${b}`);
    const after = await call(user, 'GET', `${sessions}/${id}`);
    expect(after).toMatchObject({ set_count: 0, total_volume: 0 });
    await call(user, 'DELETE', `${sessions}/${id}/sets/${a}`, undefined, 404);
  });

  it('must carry what the exercise is logged by (422)', async () => {
    const user = await signUp(t);
    const lift = await customExercise(user);
    const plank = await customExercise(user, { measurement: 'duration' });
    const id = await startSession(user);
    for (const payload of [
      { exercise_id: lift, weight: 50 },
      { exercise_id: plank, reps: 3 },
      { exercise_id: lift, reps: 5, rpe: 11 },
      { exercise_id: lift, reps: 5, rpe: 7.3 },
      { exercise_id: lift, reps: -1 },
      { exercise_id: lift, reps: 5, weight: 2500 },
      { exercise_id: lift, reps: 5, user_id: user.id },
    ]) {
      const res = await user.inject({ method: 'POST', url: `${sessions}/${id}/sets`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
    }
    await logSet(user, id, { exercise_id: plank, duration_seconds: 60 });
  });

  it('are refused once the session is finished or abandoned (409)', async () => {
    const user = await signUp(t);
    const ex = await customExercise(user);
    const id = await startSession(user);
    const set = (await logSet(user, id, { exercise_id: ex, weight: 50, reps: 5 })).set.id;
    await call(user, 'POST', `${sessions}/${id}/finish`, {}, 200);
    for (const res of [
      await user.inject({ method: 'POST', url: `${sessions}/${id}/sets`, payload: { exercise_id: ex, reps: 5 } }),
      await user.inject({ method: 'PATCH', url: `${sessions}/${id}/sets/${set}`, payload: { reps: 6 } }),
      await user.inject({ method: 'DELETE', url: `${sessions}/${id}/sets/${set}` }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('session_not_active');
    }
  });
});

describe('finishing and abandoning', () => {
  it('pays workout_complete once, by active minutes and working sets, and stores it on the session', async () => {
    const user = await signUp(t);
    const ex = await customExercise(user);
    const id = await startSession(user);
    for (let i = 0; i < 6; i++) {
      t.clock.advance(5 * MINUTE);
      await logSet(user, id, { exercise_id: ex, weight: 20, reps: 10, is_warmup: i === 0 });
    }
    t.clock.advance(3 * MINUTE);
    const before = await economy(t, user.id);
    const done = await call(user, 'POST', `${sessions}/${id}/complete`, { rating: 4, notes: 'Felt strong' }, 200);
    expect(done.session).toMatchObject({
      status: 'completed',
      rating: 4,
      notes: 'Felt strong',
      duration_seconds: 33 * 60,
    });
    // 33 active minutes → 33 XP; 5 working sets → 1 coin.
    expect(done.reward).toMatchObject({ xp: 33, coins: 1, duplicate: false });
    expect(done.session).toMatchObject({ xp_awarded: 33, coins_awarded: 1 });
    const [row] = await ledgerRows(t, user.id, `workout_complete:${id}`);
    expect(row).toMatchObject({ xp: 33, coins: 1 });

    const again = await user.inject({ method: 'POST', url: `${sessions}/${id}/finish`, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(await ledgerRows(t, user.id, `workout_complete:${id}`)).toHaveLength(1);
    const after = await economy(t, user.id);
    expect(after.ledger_xp).toBeGreaterThanOrEqual(before.ledger_xp + 33);
    expect(after).toMatchObject({ total_xp: after.ledger_xp, coins: after.ledger_coins });
  });

  it('caps the paid minutes at 120, and counts no idle time after the last set', async () => {
    const user = await signUp(t);
    const ex = await customExercise(user);
    const id = await startSession(user);
    for (let i = 0; i < 10; i++) {
      t.clock.advance(15 * MINUTE);
      await logSet(user, id, { exercise_id: ex, weight: 20, reps: 10 });
    }
    t.clock.advance(3 * HOUR);
    const done = await call(user, 'POST', `${sessions}/${id}/finish`, {}, 200);
    expect(done.session.duration_seconds).toBe((150 + 15) * 60);
    expect(done.reward.xp).toBe(120);
    expect(done.reward.coins).toBe(2);
  });

  it('refuses to finish a session without a working set (409), and abandoning pays nothing', async () => {
    const user = await signUp(t);
    const ex = await customExercise(user);
    const id = await startSession(user);
    await logSet(user, id, { exercise_id: ex, weight: 20, reps: 10, is_warmup: true });
    const empty = await user.inject({ method: 'POST', url: `${sessions}/${id}/finish`, payload: {} });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.code).toBe('session_empty');
    t.clock.advance(20 * MINUTE);
    const before = await economy(t, user.id);
    const abandoned = await call(user, 'POST', `${sessions}/${id}/abandon`, undefined, 200);
    expect(abandoned).toMatchObject({ status: 'abandoned', xp_awarded: 0, coins_awarded: 0 });
    expect(await economy(t, user.id)).toEqual(before);
    const twice = await user.inject({ method: 'POST', url: `${sessions}/${id}/abandon` });
    expect(twice.statusCode).toBe(409);
    expect(await call(user, 'GET', `${sessions}/active`)).toBeNull();
    // A new session can start now.
    await startSession(user);
  });

  it('abandons a session 12 hours after its last set, on the next read of it or of /active', async () => {
    const user = await signUp(t);
    const ex = await customExercise(user);
    const id = await startSession(user);
    t.clock.advance(10 * MINUTE);
    await logSet(user, id, { exercise_id: ex, weight: 20, reps: 10 });
    const lastSet = t.clock.now().toISOString();
    t.clock.advance(12 * HOUR - 1000);
    expect((await call(user, 'GET', `${sessions}/active`)).id).toBe(id);
    t.clock.advance(1000);
    expect(await call(user, 'GET', `${sessions}/active`)).toBeNull();
    const read = await call(user, 'GET', `${sessions}/${id}`);
    expect(read).toMatchObject({ status: 'abandoned', ended_at: lastSet, xp_awarded: 0 });
    expect(await ledgerRows(t, user.id, `workout_complete:${id}`)).toEqual([]);
    const late = await user.inject({ method: 'POST', url: `${sessions}/${id}/finish`, payload: {} });
    expect(late.statusCode).toBe(409);
  });

  it('abandons an idle session when it is read directly, or written to', async () => {
    const user = await signUp(t);
    const ex = await customExercise(user);
    const id = await startSession(user);
    t.clock.advance(13 * HOUR);
    const write = await user.inject({
      method: 'POST',
      url: `${sessions}/${id}/sets`,
      payload: { exercise_id: ex, reps: 5 },
    });
    expect(write.statusCode).toBe(409);
    // The abandonment stays although the write was refused.
    expect((await call(user, 'GET', `${sessions}?status=abandoned`)).map((s: { id: string }) => s.id)).toContain(id);
    await startSession(user);
  });
});

describe('GET /api/exercise/sessions', () => {
  it('lists the user’s sessions newest first, a page at a time', async () => {
    const user = await signUp(t);
    await startSession(await signUp(t));
    const ex = await customExercise(user);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await startSession(user);
      await logSet(user, id, { exercise_id: ex, weight: 10, reps: 10 });
      await call(user, 'POST', `${sessions}/${id}/finish`, {}, 200);
      ids.unshift(id);
      t.clock.advance(HOUR);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await user.inject({ method: 'GET', url: `${sessions}?limit=2${cursor ? `&cursor=${cursor}` : ''}` });
      seen.push(...res.json().data.map((s: { id: string; set_count: number }) => s.id));
      cursor = res.json().page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });

  it('gives the last working sets of each exercise from the latest finished session', async () => {
    const user = await signUp(t);
    const squat = await customExercise(user);
    const bench = await customExercise(user);
    const never = await customExercise(user);
    const first = await startSession(user);
    await logSet(user, first, { exercise_id: squat, weight: 100, reps: 5 });
    await logSet(user, first, { exercise_id: bench, weight: 60, reps: 8 });
    await call(user, 'POST', `${sessions}/${first}/finish`, {}, 200);
    t.clock.advance(2 * 24 * HOUR);
    const second = await startSession(user);
    await logSet(user, second, { exercise_id: squat, weight: 60, reps: 10, is_warmup: true });
    await logSet(user, second, { exercise_id: squat, weight: 105, reps: 5 });
    await logSet(user, second, { exercise_id: squat, weight: 105, reps: 4, rpe: 9 });
    await call(user, 'POST', `${sessions}/${second}/finish`, {}, 200);
    // An active session does not count yet.
    const third = await startSession(user);
    await logSet(user, third, { exercise_id: squat, weight: 200, reps: 1 });

    const last = await call(user, 'GET', `${sessions}/last-sets?exercise_ids=${squat},${bench},${never}`);
    expect(last).toEqual([
      expect.objectContaining({
        exercise_id: squat,
        session_id: second,
        sets: [
          expect.objectContaining({ weight: 105, reps: 5 }),
          expect.objectContaining({ weight: 105, reps: 4, rpe: 9 }),
        ],
      }),
      expect.objectContaining({
        exercise_id: bench,
        session_id: first,
        sets: [expect.objectContaining({ weight: 60 })],
      }),
    ]);
    const other = await signUp(t);
    expect(await call(other, 'GET', `${sessions}/last-sets?exercise_ids=${squat}`)).toEqual([]);
    expect((await user.inject({ method: 'GET', url: `${sessions}/last-sets?exercise_ids=nope` })).statusCode).toBe(400);
  });
});
