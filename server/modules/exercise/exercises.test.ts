import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBuiltIn, call, customExercise, logSet, startSession } from '../../test/exercise';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Every page of a list, following the cursor. */
async function everyPage(user: TestUser, url: string): Promise<{ id: string; name: string }[]> {
  const seen: { id: string; name: string }[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res = await user.inject({ method: 'GET', url: `${url}${cursor ? `${sep}cursor=${cursor}` : ''}` });
    expect(res.statusCode, res.body).toBe(200);
    seen.push(...res.json().data);
    cursor = res.json().page.next_cursor;
  } while (cursor);
  return seen;
}

describe('GET /api/exercise/exercises', () => {
  it('lists the built-in library and the user’s own exercises by name, a page at a time, never another user’s', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const prefix = `Zq${Date.now()}`;
    const builtIn = await addBuiltIn(t, { name: `${prefix} Bench press` });
    const mine = await customExercise(user, { name: `${prefix} Anderson squat` });
    await customExercise(other, { name: `${prefix} Other’s curl` });

    const all = await everyPage(user, '/api/exercise/exercises?limit=2');
    const ours = all.filter((e) => e.name.startsWith(prefix));
    expect(ours.map((e) => e.id)).toEqual([mine, builtIn.id]);
    const names = all.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const custom = await everyPage(user, '/api/exercise/exercises?source=custom');
    expect(custom.map((e) => e.id)).toEqual([mine]);
    const builtInOnly = await everyPage(user, '/api/exercise/exercises?source=builtin');
    expect(builtInOnly.map((e) => e.id)).toContain(builtIn.id);
    expect(builtInOnly.map((e) => e.id)).not.toContain(mine);
  });

  it('filters by primary muscle, equipment, category and level', async () => {
    const user = await signUp(t);
    const calf = await customExercise(user, {
      name: 'Seated calf raise',
      primary_muscles: ['calves'],
      equipment: ['machine'],
      category: 'strength',
      level: 'intermediate',
    });
    const plank = await customExercise(user, {
      name: 'Side plank',
      primary_muscles: ['obliques'],
      secondary_muscles: ['calves'],
      equipment: ['bodyweight'],
      category: 'core',
      measurement: 'duration',
    });
    const ids = async (query: string) =>
      (await everyPage(user, `/api/exercise/exercises?source=custom&${query}`)).map((e) => e.id);
    expect(await ids('muscle=calves')).toEqual([calf]);
    expect(await ids('equipment=bodyweight')).toEqual([plank]);
    expect(await ids('category=core')).toEqual([plank]);
    expect(await ids('level=intermediate')).toEqual([calf]);
    expect(await ids('level=advanced')).toEqual([]);
    const bad = await user.inject({ method: 'GET', url: '/api/exercise/exercises?muscle=wings' });
    expect(bad.statusCode).toBe(400);
  });

  it('searches names and descriptions, name matches first', async () => {
    const user = await signUp(t);
    const word = `kettle${Date.now().toString(36)}`;
    const inDescription = await customExercise(user, { name: 'Farmer walk', description: `Carry a ${word} far.` });
    const inName = await customExercise(user, { name: `Heavy ${word} swing` });
    await customExercise(user, { name: 'Unrelated row' });
    const found = await everyPage(user, `/api/exercise/exercises?q=${word}`);
    expect(found.map((e) => e.id)).toEqual([inName, inDescription]);
    const paged = await everyPage(user, `/api/exercise/exercises?q=${word}&limit=1`);
    expect(paged.map((e) => e.id)).toEqual([inName, inDescription]);
    const other = await signUp(t);
    expect(await everyPage(other, `/api/exercise/exercises?q=${word}`)).toEqual([]);
  });
});

describe('custom exercises', () => {
  it('creates, reads, changes and deletes one; another user gets 404 throughout', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const created = await call(user, 'POST', '/api/exercise/exercises', {
      name: '  Zercher squat  ',
      category: 'strength',
      primary_muscles: ['quadriceps', 'glutes', 'quadriceps'],
      equipment: ['barbell'],
      safety_note: 'Keep the bar in the crook of the elbows.',
    });
    expect(created).toMatchObject({
      name: 'Zercher squat',
      key: null,
      is_custom: true,
      primary_muscles: ['quadriceps', 'glutes'],
      level: 'beginner',
      measurement: 'weight_reps',
    });
    const url = `/api/exercise/exercises/${created.id}`;
    expect((await call(user, 'GET', url)).name).toBe('Zercher squat');
    expect((await call(user, 'PATCH', url, { level: 'advanced' })).level).toBe('advanced');

    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const res = await other.inject({ method, url, payload: method === 'PATCH' ? { name: 'Mine now' } : undefined });
      expect(res.statusCode, method).toBe(404);
    }
    await call(user, 'DELETE', url);
    await call(user, 'GET', url, undefined, 404);
  });

  it('shows a built-in exercise to everyone and lets no one change it', async () => {
    const user = await signUp(t);
    const builtIn = await addBuiltIn(t);
    const url = `/api/exercise/exercises/${builtIn.id}`;
    expect(await call(user, 'GET', url)).toMatchObject({ is_custom: false, name: builtIn.name });
    const patched = await user.inject({ method: 'PATCH', url, payload: { name: 'Renamed' } });
    expect(patched.statusCode).toBe(403);
    expect((await user.inject({ method: 'DELETE', url })).statusCode).toBe(403);
  });

  it('answers 422 with details for a bad body', async () => {
    const user = await signUp(t);
    for (const payload of [
      {},
      { name: '', category: 'strength' },
      { name: 'x', category: 'yoga' },
      { name: 'x', category: 'strength', primary_muscles: ['wings'] },
      { name: 'x', category: 'strength', measurement: 'vibes' },
      { name: 'x', category: 'strength', user_id: user.id },
      { name: 'x\u0000', category: 'strength' },
    ]) {
      const res = await user.inject({ method: 'POST', url: '/api/exercise/exercises', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.details.length).toBeGreaterThan(0);
    }
  });

  it('refuses to delete one a template or a logged set uses, or to change how a logged one is measured (409)', async () => {
    const user = await signUp(t);
    const inTemplate = await customExercise(user);
    await call(user, 'POST', '/api/exercise/workouts', { name: 'Legs', exercises: [{ exercise_id: inTemplate }] });
    const res = await user.inject({ method: 'DELETE', url: `/api/exercise/exercises/${inTemplate}` });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('exercise_in_use');

    const logged = await customExercise(user);
    const session = await startSession(user);
    await logSet(user, session, { exercise_id: logged, weight: 20, reps: 5 });
    const again = await user.inject({ method: 'DELETE', url: `/api/exercise/exercises/${logged}` });
    expect(again.statusCode).toBe(409);
    // Nor does how it is logged change once sets are logged; its name does.
    const url = `/api/exercise/exercises/${logged}`;
    const remeasured = await user.inject({ method: 'PATCH', url, payload: { measurement: 'duration' } });
    expect(remeasured.statusCode).toBe(409);
    expect((await call(user, 'PATCH', url, { name: 'Renamed lift', measurement: 'weight_reps' })).name).toBe(
      'Renamed lift',
    );
  });
});

describe('/api/exercise/workouts', () => {
  it('keeps a template’s exercises in order with their targets, and replaces the list in one go', async () => {
    const user = await signUp(t);
    const [a, b, c] = [await customExercise(user), await customExercise(user), (await addBuiltIn(t)).id];
    const created = await call(user, 'POST', '/api/exercise/workouts', {
      name: 'Push day',
      category: 'strength',
      estimated_minutes: 45,
      exercises: [
        { exercise_id: a, target_sets: 5, target_reps: 5, target_weight: 80, rest_seconds: 180 },
        { exercise_id: c, target_sets: 3, target_reps: 12, notes: 'Slow negatives' },
      ],
    });
    expect(created.exercise_count).toBe(2);
    expect(created.exercises.map((e: { exercise: { id: string } }) => e.exercise.id)).toEqual([a, c]);
    expect(created.exercises[0]).toMatchObject({ sort_order: 0, target_sets: 5, target_weight: 80, rest_seconds: 180 });
    expect(created.exercises[1].exercise.is_custom).toBe(false);

    const url = `/api/exercise/workouts/${created.id}`;
    const changed = await call(user, 'PATCH', url, {
      name: 'Push day B',
      exercises: [{ exercise_id: b }, { exercise_id: a, target_reps: 3 }],
    });
    expect(changed.name).toBe('Push day B');
    expect(changed.exercises.map((e: { exercise: { id: string } }) => e.exercise.id)).toEqual([b, a]);
    expect(changed.exercises[1].target_reps).toBe(3);

    // A bad entry changes nothing.
    const bad = await user.inject({
      method: 'PATCH',
      url,
      payload: { name: 'Broken', exercises: [{ exercise_id: a }, { exercise_id: crypto.randomUUID() }] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0].path).toBe('body.exercises.1.exercise_id');
    expect((await call(user, 'GET', url)).name).toBe('Push day B');
  });

  it('does not take another user’s custom exercise into a template', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const theirs = await customExercise(other);
    const res = await user.inject({
      method: 'POST',
      url: '/api/exercise/workouts',
      payload: { name: 'Sneaky', exercises: [{ exercise_id: theirs }] },
    });
    expect(res.statusCode).toBe(422);
  });

  it('lists templates newest first, archived apart, and duplicates one with its list', async () => {
    const user = await signUp(t);
    const ex = await customExercise(user);
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C']) {
      ids.unshift((await call(user, 'POST', '/api/exercise/workouts', { name, exercises: [{ exercise_id: ex }] })).id);
      t.clock.advance(1000);
    }
    await call(user, 'PATCH', `/api/exercise/workouts/${ids[2]}`, { archived: true });
    expect((await everyPage(user, '/api/exercise/workouts?limit=1')).map((w) => w.id)).toEqual(ids.slice(0, 2));
    expect((await everyPage(user, '/api/exercise/workouts?archived=true')).map((w) => w.id)).toEqual([ids[2]]);
    const listed = await call(user, 'GET', '/api/exercise/workouts');
    expect(listed.map((w: { exercise_count: number }) => w.exercise_count)).toEqual([1, 1]);

    const copy = await call(user, 'POST', `/api/exercise/workouts/${ids[0]}/duplicate`);
    expect(copy.name).toBe('C (copy)');
    expect(copy.id).not.toBe(ids[0]);
    expect(copy.exercises.map((e: { exercise: { id: string } }) => e.exercise.id)).toEqual([ex]);
    const named = await call(user, 'POST', `/api/exercise/workouts/${ids[0]}/duplicate`, { name: 'C again' });
    expect(named.name).toBe('C again');
  });

  it('answers 404 for another user’s template on every route', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const w = await call(user, 'POST', '/api/exercise/workouts', { name: 'Mine' });
    const url = `/api/exercise/workouts/${w.id}`;
    expect((await other.inject({ method: 'GET', url })).statusCode).toBe(404);
    expect((await other.inject({ method: 'PATCH', url, payload: { name: 'x' } })).statusCode).toBe(404);
    expect((await other.inject({ method: 'DELETE', url })).statusCode).toBe(404);
    expect((await other.inject({ method: 'POST', url: `${url}/duplicate` })).statusCode).toBe(404);
    expect(
      (await other.inject({ method: 'POST', url: '/api/exercise/sessions', payload: { workout_id: w.id } })).statusCode,
    ).toBe(404);
    await call(user, 'DELETE', url);
    await call(user, 'GET', url, undefined, 404);
  });
});
