import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger } from '../gamification/gamification.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
// Thursday 2026-01-15, noon UTC; users live in UTC with days starting at 04:00.
beforeEach(() => t.clock.set('2026-01-15T12:00:00Z'));

const DAY = 86_400_000;

async function repeatable(user: TestUser, repeat_period: 'daily' | 'weekly' | 'monthly') {
  const res = await user.inject({
    method: 'POST',
    url: '/api/quests',
    payload: { title: 'Practise scales', difficulty: 'easy', repeat_period, target: 2 },
  });
  expect(res.statusCode).toBe(201);
  const id = res.json().data.id as string;
  expect((await user.inject({ method: 'POST', url: `/api/quests/${id}/accept` })).statusCode).toBe(200);
  return id;
}

const complete = (user: TestUser, id: string) => user.inject({ method: 'POST', url: `/api/quests/${id}/complete` });
const read = async (user: TestUser, id: string) =>
  (await user.inject({ method: 'GET', url: `/api/quests/${id}` })).json().data;

async function paidKeys(user: TestUser) {
  const rows = await t.database.db
    .select({ key: points_ledger.idempotency_key })
    .from(points_ledger)
    .where(and(eq(points_ledger.user_id, user.id), like(points_ledger.idempotency_key, 'quest_complete:%')));
  return rows.map((r) => r.key).sort();
}

describe('repeatable personal quests', () => {
  it('complete once per period, re-open as accepted in the next one, and pay once per period', async () => {
    const user = await signUp(t);
    const id = await repeatable(user, 'daily');
    const first = await complete(user, id);
    expect(first.statusCode).toBe(200);
    expect(first.json().data.quest).toMatchObject({
      status: 'completed',
      period_key: '2026-01-15',
      last_completed_period: '2026-01-15',
      streak_count: 1,
      longest_streak: 1,
      progress: 2,
    });
    expect(first.json().data.reward).toMatchObject({ xp: 25, coins: 10 });
    expect((await complete(user, id)).statusCode).toBe(409);

    // 03:00 the next morning is still the 15th in the user's day.
    t.clock.set('2026-01-16T03:00:00Z');
    expect(await read(user, id)).toMatchObject({ status: 'completed', period_key: '2026-01-15' });

    t.clock.set('2026-01-16T09:00:00Z');
    expect(await read(user, id)).toMatchObject({
      status: 'accepted',
      progress: 0,
      completed_at: null,
      period_key: '2026-01-16',
      streak_count: 1,
    });
    const second = (await complete(user, id)).json().data;
    expect(second.quest).toMatchObject({ streak_count: 2, longest_streak: 2, last_completed_period: '2026-01-16' });
    expect(second.reward).toMatchObject({ xp: 25, coins: 10, duplicate: false });
    expect(await paidKeys(user)).toEqual([`quest_complete:${id}:2026-01-15`, `quest_complete:${id}:2026-01-16`]);
  });

  it('re-opens in the list too, and an action on the quest re-opens it first', async () => {
    const user = await signUp(t);
    const id = await repeatable(user, 'daily');
    await complete(user, id);
    t.clock.advance(DAY);
    const [listed] = (await user.inject({ method: 'GET', url: '/api/quests?status=open' })).json().data;
    expect(listed).toMatchObject({ id, status: 'accepted' });

    const other = await repeatable(user, 'daily');
    await complete(user, other);
    t.clock.advance(DAY);
    // Straight to complete, without a read in between.
    expect((await complete(user, other)).json().data.quest).toMatchObject({ streak_count: 2 });
  });

  it('breaks the streak after a missed period and keeps the longest', async () => {
    const user = await signUp(t);
    const id = await repeatable(user, 'daily');
    for (let i = 0; i < 3; i++) {
      expect((await complete(user, id)).statusCode).toBe(200);
      t.clock.advance(DAY);
    }
    expect(await read(user, id)).toMatchObject({ streak_count: 3, longest_streak: 3 });
    t.clock.advance(DAY); // the 18th passes without a completion
    expect(await read(user, id)).toMatchObject({ status: 'accepted', streak_count: 0, longest_streak: 3 });
    const again = (await complete(user, id)).json().data.quest;
    expect(again).toMatchObject({ streak_count: 1, longest_streak: 3, last_completed_period: '2026-01-19' });
  });

  it('counts weekly periods as ISO weeks and monthly ones as months in the user’s days', async () => {
    const user = await signUp(t);
    const weekly = await repeatable(user, 'weekly');
    const monthly = await repeatable(user, 'monthly');
    expect((await complete(user, weekly)).json().data.quest).toMatchObject({ period_key: '2026-W03' });
    expect((await complete(user, monthly)).json().data.quest).toMatchObject({ period_key: '2026-01' });

    t.clock.set('2026-01-18T20:00:00Z'); // Sunday: still week 3
    expect((await complete(user, weekly)).statusCode).toBe(409);
    t.clock.set('2026-01-19T05:00:00Z'); // Monday after the day start: week 4
    expect((await complete(user, weekly)).json().data.quest).toMatchObject({ period_key: '2026-W04', streak_count: 2 });
    expect(await read(user, monthly)).toMatchObject({ status: 'completed', streak_count: 1 });

    t.clock.set('2026-02-01T05:00:00Z');
    expect((await complete(user, monthly)).json().data.quest).toMatchObject({ period_key: '2026-02', streak_count: 2 });
    t.clock.set('2026-03-02T05:00:00Z');
    expect(await read(user, monthly)).toMatchObject({ status: 'accepted', period_key: '2026-03', streak_count: 2 });
    // Reads keep the session alive (30 idle days at most); March goes by without a completion.
    t.clock.set('2026-03-25T05:00:00Z');
    expect(await read(user, monthly)).toMatchObject({ status: 'accepted', streak_count: 2 });
    t.clock.set('2026-04-01T05:00:00Z');
    expect(await read(user, monthly)).toMatchObject({ status: 'accepted', streak_count: 0, longest_streak: 2 });
  });

  it('stay closed once abandoned', async () => {
    const user = await signUp(t);
    const id = await repeatable(user, 'daily');
    await complete(user, id);
    t.clock.advance(DAY);
    expect((await user.inject({ method: 'POST', url: `/api/quests/${id}/abandon` })).statusCode).toBe(200);
    t.clock.advance(DAY);
    expect(await read(user, id)).toMatchObject({ status: 'abandoned' });
    expect((await complete(user, id)).statusCode).toBe(409);
  });

  it('follow the user’s time zone', async () => {
    const user = await signUp(t);
    await user.inject({ method: 'PATCH', url: '/api/user', payload: { timezone: 'Asia/Tokyo', day_start_hour: 0 } });
    const id = await repeatable(user, 'daily');
    // 12:00 UTC is 21:00 in Tokyo on the 15th.
    expect((await complete(user, id)).json().data.quest.period_key).toBe('2026-01-15');
    t.clock.set('2026-01-15T15:30:00Z'); // 00:30 on the 16th in Tokyo
    expect(await read(user, id)).toMatchObject({ status: 'accepted', period_key: '2026-01-16', streak_count: 1 });
  });
});
