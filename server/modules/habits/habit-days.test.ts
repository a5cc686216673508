import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryObserver } from '../../db/client';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger } from '../gamification/gamification.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
// Thursday 2026-01-15 in UTC with the default 04:00 day start.
beforeEach(() => t.clock.set('2026-01-15T12:00:00Z'));

const DAY = 86_400_000;

async function habitOf(user: TestUser, payload: Record<string, unknown> = {}): Promise<string> {
  const res = await user.inject({ method: 'POST', url: '/api/habits', payload: { name: 'Stretch', ...payload } });
  expect(res.statusCode).toBe(201);
  return res.json().data.id;
}
const complete = (user: TestUser, id: string, payload: Record<string, unknown> = {}) =>
  user.inject({ method: 'POST', url: `/api/habits/${id}/complete`, payload });
const skip = (user: TestUser, id: string, payload: Record<string, unknown> = {}) =>
  user.inject({ method: 'POST', url: `/api/habits/${id}/skip`, payload });
const undo = (user: TestUser, id: string, date: string) =>
  user.inject({ method: 'DELETE', url: `/api/habits/${id}/logs/${date}` });
const habit = async (user: TestUser, id: string) =>
  (await user.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data;

/** The statements one request sends, and its status. */
async function statementsOf(request: () => Promise<{ statusCode: number }>) {
  const sql: string[] = [];
  queryObserver.current = (text) => sql.push(text);
  try {
    return { status: (await request()).statusCode, sql };
  } finally {
    queryObserver.current = null;
  }
}

async function account(user: TestUser): Promise<{ total_xp: number; coins: number }> {
  const { total_xp, coins } = (await user.inject({ method: 'GET', url: '/api/gamification/summary' })).json().data;
  return { total_xp, coins };
}

/**
 * What the ledger holds for one kind of event (of one habit): net XP and coins, and how many
 * awards it paid (reversals are separate negative rows).
 */
async function ledgerFor(user: TestUser, eventType: string, sourceId?: string) {
  const [row] = await t.database.db
    .select({
      paid: sql<number>`count(*) filter (where ${points_ledger.xp} > 0)::int`,
      xp: sql<number>`coalesce(sum(${points_ledger.xp}), 0)::int`,
      coins: sql<number>`coalesce(sum(${points_ledger.coins}), 0)::int`,
    })
    .from(points_ledger)
    .where(
      and(
        eq(points_ledger.user_id, user.id),
        eq(points_ledger.event_type, eventType),
        sourceId ? eq(points_ledger.source_id, sourceId) : undefined,
      ),
    );
  return row;
}
const reversals = async (user: TestUser) =>
  (await t.database.db.select().from(points_ledger).where(eq(points_ledger.user_id, user.id))).filter(
    (r) => r.reason === 'reversal',
  );

describe('POST /api/habits/:id/complete', () => {
  it('completes today and pays 5 XP and 1 coin', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    const res = await complete(user, id, { note: 'Felt good' });
    expect(res.statusCode).toBe(200);
    const { habit: h, log, reward } = res.json().data;
    expect(h).toMatchObject({
      completed_today: true,
      count_today: 1,
      current_streak: 1,
      last_completed_date: '2026-01-15',
    });
    expect(log).toMatchObject({ log_date: '2026-01-15', count: 1, target: 1, note: 'Felt good', skipped: false });
    expect(log.completed_at).toBe('2026-01-15T12:00:00.000Z');
    expect(reward).toMatchObject({ xp: 5, coins: 1, duplicate: false });
    expect(await ledgerFor(user, 'habit_complete', id)).toEqual({ paid: 1, xp: 5, coins: 1 });
  });

  it('pays once when submitted twice at the same time', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    const [a, b] = await Promise.all([complete(user, id), complete(user, id)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const rewards = [a.json().data.reward, b.json().data.reward];
    expect(rewards.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(rewards.map((r) => r.xp)).toEqual([5, 5]);
    expect(await ledgerFor(user, 'habit_complete', id)).toEqual({ paid: 1, xp: 5, coins: 1 });
  });

  it('counts towards a target and pays when the target is reached, once', async () => {
    const user = await signUp(t);
    const id = await habitOf(user, { target_count: 3 });
    const first = (await complete(user, id)).json().data;
    expect(first).toMatchObject({ reward: null, habit: { count_today: 1, completed_today: false } });
    const second = (await complete(user, id, { count: 2 })).json().data;
    expect(second.habit).toMatchObject({ count_today: 3, completed_today: true });
    expect(second.reward).toMatchObject({ xp: 5, coins: 1, duplicate: false });
    const more = (await complete(user, id)).json().data;
    expect(more.habit.count_today).toBe(4);
    expect(more.reward.duplicate).toBe(true);
    expect(await ledgerFor(user, 'habit_complete', id)).toEqual({ paid: 1, xp: 5, coins: 1 });
  });

  it('logs yesterday, but no earlier or later day (422)', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    const yesterday = await complete(user, id, { date: '2026-01-14' });
    expect(yesterday.statusCode).toBe(200);
    expect(yesterday.json().data.log.log_date).toBe('2026-01-14');
    expect(yesterday.json().data.habit).toMatchObject({ completed_today: false, current_streak: 1 });
    for (const date of ['2026-01-13', '2026-01-16', '2020-01-01']) {
      const res = await complete(user, id, { date });
      expect(res.statusCode, date).toBe(422);
      expect(res.json().error.details[0].path).toBe('body.date');
    }
    expect((await complete(user, id, { date: '2026-02-30' })).statusCode).toBe(422);
    expect((await complete(user, id, { count: 0 })).statusCode).toBe(422);
  });

  it('pays the streak bonus on the seventh day in a row', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    const xp: number[] = [];
    for (let i = 0; i < 8; i++) {
      xp.push((await complete(user, id)).json().data.reward.xp);
      t.clock.advance(DAY);
    }
    expect(xp).toEqual([5, 5, 5, 5, 5, 5, 12, 5]);
  });

  it('follows the user’s time zone and day-start hour', async () => {
    const user = await signUp(t);
    const patchUser = (payload: Record<string, unknown>) => user.inject({ method: 'PATCH', url: '/api/user', payload });
    expect((await patchUser({ timezone: 'America/Los_Angeles', day_start_hour: 4 })).statusCode).toBe(200);
    const id = await habitOf(user);
    // 02:30 on Friday in Los Angeles: still Thursday's day with a 04:00 start.
    t.clock.set('2026-01-16T10:30:00Z');
    const thursday = (await complete(user, id)).json().data;
    expect(thursday.log.log_date).toBe('2026-01-15');
    expect(thursday.habit.today).toBe('2026-01-15');

    await patchUser({ day_start_hour: 0 });
    const friday = await habit(user, id);
    expect(friday).toMatchObject({ today: '2026-01-16', completed_today: false, current_streak: 1 });
    expect((await complete(user, id)).json().data.log.log_date).toBe('2026-01-16');

    // Kiritimati (UTC+14) is already on Saturday, 00:30.
    await patchUser({ timezone: 'Pacific/Kiritimati' });
    expect(await habit(user, id)).toMatchObject({ today: '2026-01-17', completed_today: false, current_streak: 2 });
    expect((await undo(user, id, '2026-01-15')).statusCode).toBe(409);
  });
});

describe('DELETE /api/habits/:id/logs/:date', () => {
  it('undoes the day and reverses exactly its reward', async () => {
    const user = await signUp(t);
    const first = await habitOf(user, { name: 'First' });
    const id = await habitOf(user, { schedule_type: 'weekdays', schedule_days: [1] });
    // The first completion's achievement is paid and stays; start from after it.
    await complete(user, first);
    const before = await account(user);
    const paid = (await complete(user, id, { count: 1 })).json().data.reward;
    expect(paid).toMatchObject({ xp: 5, coins: 1 });
    expect(await account(user)).toEqual({ total_xp: before.total_xp + 5, coins: before.coins + 1 });

    expect((await undo(user, id, '2026-01-15')).statusCode).toBe(204);
    expect(await account(user)).toEqual(before);
    expect(await habit(user, id)).toMatchObject({ completed_today: false, count_today: 0, last_completed_date: null });
    expect((await reversals(user)).map((r) => [r.xp, r.coins])).toEqual([[-5, -1]]);
    expect(await ledgerFor(user, 'habit_complete', id)).toEqual({ paid: 1, xp: 0, coins: 0 });

    // Completing again pays again, and undoing again takes it back again.
    expect((await complete(user, id)).json().data.reward).toMatchObject({ xp: 5, duplicate: false });
    await undo(user, id, '2026-01-15');
    expect(await account(user)).toEqual(before);
  });

  it('answers 404 for a day without a log and 409 for a closed day', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    expect((await undo(user, id, '2026-01-15')).statusCode).toBe(404);
    const closed = await undo(user, id, '2026-01-13');
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('habit_day_closed');
  });

  it('undoes yesterday and a skip', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    await complete(user, id, { date: '2026-01-14' });
    await skip(user, id);
    expect((await undo(user, id, '2026-01-15')).statusCode).toBe(204);
    expect((await undo(user, id, '2026-01-14')).statusCode).toBe(204);
    expect(await habit(user, id)).toMatchObject({ skipped_today: false, current_streak: 0, longest_streak: 0 });
  });
});

describe('POST /api/habits/:id/skip', () => {
  it('keeps the streak and pays nothing', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    await complete(user, id);
    t.clock.advance(DAY);
    const before = await account(user);
    const res = await skip(user, id, { note: 'Sick' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.log).toMatchObject({ log_date: '2026-01-16', skipped: true, count: 0, note: 'Sick' });
    expect(res.json().data.habit).toMatchObject({ skipped_today: true, completed_today: false, current_streak: 1 });
    expect(await account(user)).toEqual(before);
    t.clock.advance(DAY);
    expect((await habit(user, id)).current_streak).toBe(1);
    expect((await complete(user, id)).json().data.habit.current_streak).toBe(2);
  });

  it('refuses to skip a day with completions (409) and skips twice harmlessly', async () => {
    const user = await signUp(t);
    const id = await habitOf(user, { target_count: 2 });
    await complete(user, id);
    const res = await skip(user, id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('habit_day_logged');
    expect((await skip(user, id, { date: '2026-01-14' })).statusCode).toBe(200);
    expect((await skip(user, id, { date: '2026-01-14' })).statusCode).toBe(200);
    expect((await skip(user, id, { date: '2026-01-12' })).statusCode).toBe(422);
  });

  it('turns into a completion when the day is completed after all', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    await skip(user, id);
    const done = (await complete(user, id)).json().data;
    expect(done.log).toMatchObject({ skipped: false, count: 1 });
    expect(done.reward.xp).toBe(5);
  });
});

describe('perfect habit days', () => {
  it('pays once when every habit scheduled today is completed', async () => {
    const user = await signUp(t);
    const a = await habitOf(user, { name: 'A' });
    const b = await habitOf(user, { name: 'B', schedule_type: 'weekdays', schedule_days: [4] });
    // Not due today, and a weekly quota that can wait: neither is needed.
    await habitOf(user, { name: 'C', schedule_type: 'weekdays', schedule_days: [1] });
    await habitOf(user, { name: 'D', schedule_type: 'times_per_week', times_per_week: 2 });
    expect((await complete(user, a)).json().data.perfect_day).toBeNull();
    const last = (await complete(user, b)).json().data;
    expect(last.perfect_day).toMatchObject({ xp: 10, coins: 2, duplicate: false });
    expect((await complete(user, a)).json().data.perfect_day.duplicate).toBe(true);
    expect(await ledgerFor(user, 'perfect_habit_day')).toEqual({ paid: 1, xp: 10, coins: 2 });
  });

  it('is paid with the completion in one unit: one lock, one read and one write for both rewards', async () => {
    const user = await signUp(t);
    const a = await habitOf(user, { name: 'A' });
    const b = await habitOf(user, { name: 'B' });
    await complete(user, a);
    const completing = await statementsOf(() => complete(user, b));
    expect(completing.status).toBe(200);
    expect(completing.sql.filter((q) => q.includes('insert into "user_progress"'))).toHaveLength(1);
    expect(completing.sql.filter((q) => q.includes('insert into "activity_events"'))).toHaveLength(1);
    const undoing = await statementsOf(() => undo(user, b, '2026-01-15'));
    expect(undoing.status).toBe(204);
    expect(undoing.sql.filter((q) => q.includes('insert into "user_progress"'))).toHaveLength(1);
    expect(undoing.sql.filter((q) => q.includes('update "points_ledger"'))).toHaveLength(1);
    expect(await ledgerFor(user, 'perfect_habit_day')).toEqual({ paid: 1, xp: 0, coins: 0 });
  });

  it('is reversed when a completion that made it is undone, and paid again when redone', async () => {
    const user = await signUp(t);
    const a = await habitOf(user, { name: 'A' });
    const b = await habitOf(user, { name: 'B' });
    // Yesterday's perfect day pays the one-time achievements, which stay.
    await complete(user, a, { date: '2026-01-14' });
    await complete(user, b, { date: '2026-01-14' });
    await complete(user, a);
    const before = await account(user);
    await complete(user, b);
    expect(await account(user)).toEqual({ total_xp: before.total_xp + 15, coins: before.coins + 3 });
    await undo(user, b, '2026-01-15');
    expect(await account(user)).toEqual(before);
    expect((await complete(user, b)).json().data.perfect_day).toMatchObject({ xp: 10, duplicate: false });
    expect(await account(user)).toEqual({ total_xp: before.total_xp + 15, coins: before.coins + 3 });
  });

  it('does not count a skipped habit as done, and judges yesterday on its own', async () => {
    const user = await signUp(t);
    const a = await habitOf(user, { name: 'A' });
    const b = await habitOf(user, { name: 'B' });
    await skip(user, b);
    expect((await complete(user, a)).json().data.perfect_day).toBeNull();
    await complete(user, b, { date: '2026-01-14' });
    const yesterday = (await complete(user, a, { date: '2026-01-14' })).json().data;
    expect(yesterday.perfect_day).toMatchObject({ xp: 10 });
    expect(await ledgerFor(user, 'perfect_habit_day')).toMatchObject({ paid: 1 });
  });
});

describe('PATCH /api/habits/:id target_count', () => {
  it('completes (and pays for) an open day whose count already reaches a lowered target', async () => {
    const user = await signUp(t);
    const id = await habitOf(user, { target_count: 3 });
    await complete(user, id, { count: 2 });
    const res = await user.inject({ method: 'PATCH', url: `/api/habits/${id}`, payload: { target_count: 2 } });
    expect(res.json().data).toMatchObject({ target_count: 2, completed_today: true, count_today: 2 });
    expect(await ledgerFor(user, 'habit_complete', id)).toEqual({ paid: 1, xp: 5, coins: 1 });
  });
});
