import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryObserver } from '../../db/client';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { rebuildGameCounters } from '../gamification';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-01-15T12:00:00Z');
});
afterAll(() => t.close());

/** The statements one request sends to the database. */
async function queriesOf(user: TestUser, url: string): Promise<{ count: number; status: number }> {
  let count = 0;
  queryObserver.current = () => {
    count++;
  };
  try {
    const res = await user.inject({ method: 'GET', url });
    return { count, status: res.statusCode };
  } finally {
    queryObserver.current = null;
  }
}

/**
 * Three years of daily activity up to yesterday, written straight into the tables in bulk:
 * three habits done every day, a focus session a day, their activity events and ledger rows.
 */
async function threeYearsOf(user: TestUser): Promise<void> {
  for (const name of ['Stretch', 'Read', 'Practice']) {
    const res = await user.inject({ method: 'POST', url: '/api/habits', payload: { name } });
    expect(res.statusCode).toBe(201);
  }
  const uid = user.id;
  const days = sql`generate_series('2023-01-16'::date, '2026-01-14'::date, interval '1 day') as d`;
  const db = t.database.db;
  await db.execute(sql`insert into habit_logs (user_id, habit_id, log_date, count, target, completed_at)
    select ${uid}, h.id, d::date, 1, 1, d + interval '9 hours' from habits h, ${days} where h.user_id = ${uid}`);
  await db.execute(sql`insert into focus_sessions
      (user_id, mode, status, duration_seconds, started_at, ended_at, focused_seconds, xp_awarded, coins_awarded)
    select ${uid}, 'focus', 'completed', 1500, d + interval '10 hours', d + interval '10 hours 25 minutes', 1500, 25, 5
    from ${days}`);
  await db.execute(sql`insert into activity_events (user_id, event_type, occurred_at, local_date, data, xp_awarded, coins_awarded)
    select ${uid}, e.type, d + interval '10 hours', d::date, e.data::jsonb, e.xp, e.coins
    from ${days}, (values ('focus_complete', '{"focused_seconds": 1500}', 25, 5), ('habit_complete', '{}', 5, 1))
      as e(type, data, xp, coins)`);
  await db.execute(sql`insert into points_ledger (user_id, event_type, xp, coins, idempotency_key, created_at)
    select ${uid}, e.type, e.xp, e.coins, e.type || ':' || d::date, d + interval '10 hours'
    from ${days}, (values ('focus_complete', 25, 5), ('habit_complete', 5, 1)) as e(type, xp, coins)`);
  // Written in bulk rather than through the game layer: its counters are recounted once.
  await db.transaction((tx) => rebuildGameCounters(tx, [uid]));
  const [row] = (
    (await db.execute(sql`select count(*)::int as n from activity_events where user_id = ${uid}`)) as unknown as {
      rows: { n: number }[];
    }
  ).rows;
  expect(row?.n).toBe(2 * 1095);
}

/**
 * Every statement a request sends counts, the session's included (SPEC §9: Today at most 3,
 * the polling endpoint at most 2). The steady state is a signed-in device asking again: its
 * session comes from the instance's cache.
 */
describe('GET /api/today and GET /api/sync/poll statement counts', () => {
  it('stay within budget and are the same for a user with three years of activity as for a new user', async () => {
    const heavy = await signUp(t);
    await threeYearsOf(heavy);
    const fresh = await signUp(t);

    // The first read of each loads the session and settles what a first read settles.
    await heavy.inject({ method: 'GET', url: '/api/today' });
    await fresh.inject({ method: 'GET', url: '/api/today' });
    const a = await queriesOf(heavy, '/api/today');
    const b = await queriesOf(fresh, '/api/today');
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.count).toBe(b.count);
    expect(a.count).toBeGreaterThan(0);
    expect(a.count).toBeLessThanOrEqual(3);

    const pa = await queriesOf(heavy, '/api/sync/poll');
    const pb = await queriesOf(fresh, '/api/sync/poll');
    expect(pa.status).toBe(200);
    expect(pb.status).toBe(200);
    expect(pa.count).toBe(pb.count);
    expect(pa.count).toBeGreaterThan(0);
    expect(pa.count).toBeLessThanOrEqual(2);
  });

  it('reads achievement progress over years of history from the counters kept for it', async () => {
    const heavy = await signUp(t);
    await threeYearsOf(heavy);
    const res = await heavy.inject({ method: 'GET', url: '/api/gamification/achievements' });
    expect(res.statusCode).toBe(200);
    const byKey = new Map(res.json().data.map((a: { key: string; progress: number }) => [a.key, a.progress]));
    // 1,095 focus sessions of 25 minutes: a hundred sessions and a thousand minutes are reached.
    expect(byKey.get('focus_100')).toBe(100);
    expect(byKey.get('focus_minutes_1000')).toBe(1000);
  });
});
