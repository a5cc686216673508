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

const HOUR = 3_600_000;
const sessions = '/api/exercise/sessions';

interface Rec {
  record_type: string;
  value: number;
  previous_value: number | null;
  improvement: number | null;
  set_id: string | null;
  exercise: { id: string };
}

async function recordsOf(user: TestUser, exerciseId: string): Promise<Record<string, Rec>> {
  const rows: Rec[] = await call(user, 'GET', `/api/exercise/records?exercise_id=${exerciseId}`);
  return Object.fromEntries(rows.map((r) => [r.record_type, r]));
}

/** Positive ledger rows of personal records the user holds now (paid and not taken back). */
async function paidRecordKeys(user: TestUser): Promise<string[]> {
  const rows = await ledgerRows(t, user.id);
  return rows
    .filter((r) => r.idempotency_key.startsWith('personal_record:') && r.xp > 0)
    .map((r) => r.idempotency_key)
    .sort();
}

async function expectLedgerEqualsWallet(user: TestUser) {
  const e = await economy(t, user.id);
  expect(e.total_xp).toBe(e.ledger_xp);
  expect(e.coins).toBe(e.ledger_coins);
}

/** A finished session with the given sets of one exercise. */
async function session(user: TestUser, exerciseId: string, sets: object[]) {
  const id = await startSession(user);
  const answers = [];
  for (const s of sets) answers.push(await logSet(user, id, { exercise_id: exerciseId, ...s }));
  await call(user, 'POST', `${sessions}/${id}/finish`, {}, 200);
  t.clock.advance(24 * HOUR);
  return { id, answers };
}

describe('personal records', () => {
  it('are set by working sets, keep the value they beat, and say so in the set’s answer', async () => {
    const user = await signUp(t);
    const squat = await customExercise(user);
    const first = await session(user, squat, [{ weight: 100, reps: 5 }]);
    expect(first.answers[0].records.map((r: Rec) => r.record_type).sort()).toEqual([
      'estimated_1rm',
      'max_reps',
      'max_volume',
      'max_weight',
    ]);
    expect(first.answers[0].reward.xp).toBeGreaterThan(0);

    const id = await startSession(user);
    const same = await logSet(user, id, { exercise_id: squat, weight: 100, reps: 5 });
    // A tie sets nothing; the session's volume (1000 now, above 500) does.
    expect(same.records.map((r: Rec) => r.record_type)).toEqual([]);
    const heavier = await logSet(user, id, { exercise_id: squat, weight: 110, reps: 2 });
    expect(heavier.records.map((r: Rec) => [r.record_type, r.value, r.previous_value])).toEqual([
      ['max_weight', 110, 100],
      ['estimated_1rm', 113.14, 112.5],
      ['max_volume', 720, 500],
    ]);
    await call(user, 'POST', `${sessions}/${id}/finish`, {}, 200);

    const records = await recordsOf(user, squat);
    expect(records.max_weight).toMatchObject({ value: 110, previous_value: 100, improvement: 10 });
    expect(records.max_reps).toMatchObject({ value: 5, previous_value: null, improvement: null });
    expect(records.estimated_1rm).toMatchObject({ value: 113.14, previous_value: 112.5, improvement: 0.64 });
    expect(records.max_volume).toMatchObject({ value: 720, previous_value: 500 });
    expect(await paidRecordKeys(user)).toEqual(
      [
        `personal_record:${first.answers[0].set.id}:max_weight`,
        `personal_record:${first.answers[0].set.id}:max_reps`,
        `personal_record:${first.answers[0].set.id}:estimated_1rm`,
        `personal_record:${first.id}:${squat}:max_volume`,
        `personal_record:${heavier.set.id}:max_weight`,
        `personal_record:${heavier.set.id}:estimated_1rm`,
        `personal_record:${id}:${squat}:max_volume`,
      ].sort(),
    );
    await expectLedgerEqualsWallet(user);
  });

  it('never come from a warm-up', async () => {
    const user = await signUp(t);
    const bench = await customExercise(user);
    const id = await startSession(user);
    const warm = await logSet(user, id, { exercise_id: bench, weight: 200, reps: 3, is_warmup: true });
    expect(warm.records).toEqual([]);
    expect(warm.reward).toBeNull();
    expect(await recordsOf(user, bench)).toEqual({});
    const working = await logSet(user, id, { exercise_id: bench, weight: 50, reps: 3 });
    expect(working.records.find((r: Rec) => r.record_type === 'max_weight').value).toBe(50);
    // Turning a working set into a warm-up takes its records away.
    await call(user, 'PATCH', `${sessions}/${id}/sets/${working.set.id}`, { is_warmup: true });
    expect(await recordsOf(user, bench)).toEqual({});
    expect(await paidRecordKeys(user)).toEqual([]);
    await expectLedgerEqualsWallet(user);
  });

  it('keep one type per measurement: duration and distance exercises', async () => {
    const user = await signUp(t);
    const plank = await customExercise(user, { measurement: 'duration', category: 'core' });
    const run = await customExercise(user, { measurement: 'distance', category: 'cardio' });
    await session(user, plank, [{ duration_seconds: 60 }, { duration_seconds: 90 }]);
    const id = await startSession(user);
    await logSet(user, id, { exercise_id: run, distance_m: 5000, duration_seconds: 1500 });
    expect(Object.keys(await recordsOf(user, plank))).toEqual(['max_duration']);
    expect((await recordsOf(user, plank)).max_duration).toMatchObject({ value: 90, previous_value: 60 });
    expect(Object.keys(await recordsOf(user, run))).toEqual(['max_distance']);
  });

  it('are computed again when the set holding one is edited, its reward taken back: edits farm nothing', async () => {
    const user = await signUp(t);
    const dl = await customExercise(user);
    await session(user, dl, [{ weight: 140, reps: 3 }]);
    const id = await startSession(user);
    const big = await logSet(user, id, { exercise_id: dl, weight: 150, reps: 3 });
    const key = `personal_record:${big.set.id}:max_weight`;
    expect(await ledgerRows(t, user.id, key)).toHaveLength(1);
    const start = await economy(t, user.id);

    for (let i = 0; i < 3; i++) {
      // Down below the old record: the record goes back to 140 and the reward is taken back.
      const down = await call(user, 'PATCH', `${sessions}/${id}/sets/${big.set.id}`, { weight: 130 });
      expect(down.records).toEqual([]);
      expect((await recordsOf(user, dl)).max_weight).toMatchObject({ value: 140, previous_value: null });
      expect(await ledgerRows(t, user.id, key)).toEqual([]);
      // Up again: a new record, paid again, once.
      const up = await call(user, 'PATCH', `/api/exercise/sets/${big.set.id}`, { weight: 150 });
      expect(up.records.map((r: Rec) => r.record_type)).toContain('max_weight');
      expect((await recordsOf(user, dl)).max_weight).toMatchObject({ value: 150, previous_value: 140 });
      expect(await ledgerRows(t, user.id, key)).toHaveLength(1);
    }
    const end = await economy(t, user.id);
    expect(end.ledger_xp).toBe(start.ledger_xp);
    expect(end.coins).toBe(start.coins);
    await expectLedgerEqualsWallet(user);
  });

  it('keeps its reward for a record still held after an edit', async () => {
    const user = await signUp(t);
    const press = await customExercise(user);
    const id = await startSession(user);
    const set = await logSet(user, id, { exercise_id: press, weight: 50, reps: 5 });
    const before = await economy(t, user.id);
    const edited = await call(user, 'PATCH', `${sessions}/${id}/sets/${set.set.id}`, { weight: 52.5 });
    expect(edited.reward).toBeNull();
    expect((await recordsOf(user, press)).max_weight).toMatchObject({ value: 52.5, previous_value: null });
    expect(await economy(t, user.id)).toEqual(before);
  });

  it('are computed again when the set holding one is deleted, previous value included', async () => {
    const user = await signUp(t);
    const row = await customExercise(user);
    await session(user, row, [{ weight: 60, reps: 8 }]);
    await session(user, row, [{ weight: 70, reps: 8 }]);
    const id = await startSession(user);
    const top = await logSet(user, id, { exercise_id: row, weight: 80, reps: 8 });
    expect((await recordsOf(user, row)).max_weight).toMatchObject({ value: 80, previous_value: 70 });
    await call(user, 'DELETE', `${sessions}/${id}/sets/${top.set.id}`);
    const records = await recordsOf(user, row);
    expect(records.max_weight).toMatchObject({ value: 70, previous_value: 60 });
    expect(records.max_volume).toMatchObject({ value: 560, previous_value: 480 });
    expect(await ledgerRows(t, user.id, `personal_record:${top.set.id}:max_weight`)).toEqual([]);
    expect(await ledgerRows(t, user.id, `personal_record:${id}:${row}:max_volume`)).toEqual([]);
    // Deleting every working set of an exercise leaves no record of it.
    const only = await customExercise(user);
    const lone = await logSet(user, id, { exercise_id: only, weight: 10, reps: 10 });
    await call(user, 'DELETE', `/api/exercise/sets/${lone.set.id}`);
    expect(await recordsOf(user, only)).toEqual({});
    await expectLedgerEqualsWallet(user);
  });

  it('move with a set moved to another exercise', async () => {
    const user = await signUp(t);
    const a = await customExercise(user);
    const b = await customExercise(user);
    const id = await startSession(user);
    const set = await logSet(user, id, { exercise_id: a, weight: 40, reps: 10 });
    const moved = await call(user, 'PATCH', `${sessions}/${id}/sets/${set.set.id}`, { exercise_id: b });
    expect(await recordsOf(user, a)).toEqual({});
    expect((await recordsOf(user, b)).max_weight?.value).toBe(40);
    // The same set holds the same kinds of record there: paid once, not again.
    expect(moved.records.map((r: Rec) => r.record_type).sort()).toEqual([
      'estimated_1rm',
      'max_reps',
      'max_volume',
      'max_weight',
    ]);
    expect(await ledgerRows(t, user.id, `personal_record:${set.set.id}:max_weight`)).toHaveLength(1);
    await expectLedgerEqualsWallet(user);
  });
});

describe('GET /api/exercise/records', () => {
  it('lists the user’s records by exercise a page at a time, and the timeline newest first', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const a = await customExercise(user);
    const b = await customExercise(user, { measurement: 'reps' });
    await session(user, a, [{ weight: 20, reps: 5 }]);
    await session(user, b, [{ reps: 20 }]);
    await session(other, await customExercise(other), [{ weight: 20, reps: 5 }]);

    const seen: Rec[] = [];
    let cursor: string | null = null;
    do {
      const res = await user.inject({
        method: 'GET',
        url: `/api/exercise/records?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().data);
      cursor = res.json().page.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((r) => r.exercise.id))).toEqual(new Set([a, b]));

    const timeline: Rec[] = await call(user, 'GET', '/api/exercise/records/timeline');
    expect(timeline[0]?.exercise.id).toBe(b);
    expect(timeline.at(-1)?.exercise.id).toBe(a);
    expect(await call(other, 'GET', `/api/exercise/records?exercise_id=${a}`)).toEqual([]);
  });
});
