import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleName } from '#common/permissions';
import { queryRows } from '../../db/client';
import { injectUpload, wav } from '../../test/audio';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { addItem, fundTo } from '../../test/market';
import { admin_daily_stats } from './stats.tables';

const DAY = 86_400_000;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

let t: TestApp;
let admin: TestUser;
let spender: TestUser;
let now: Date;
let uploaded: number;

interface Day {
  day: string;
  sign_ups: number;
  events: number;
  active_users: number;
  coins_earned: number;
  coins_spent: number;
}

const stats = (user: TestUser, query = '?days=2') => user.inject({ method: 'GET', url: `/api/admin/stats${query}` });

/** The day each user's row says they signed up (the database sets it as the row is written). */
async function signUpDays(): Promise<Map<string, number>> {
  const rows = await queryRows<{ day: string; n: number }>(
    t.database.db,
    sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as n from users group by 1`,
  );
  return new Map(rows.map((r) => [r.day, r.n]));
}

/** A user who signed up a few minutes before `at` and made a request at `at` (their last activity). */
async function activeAt(at: Date, roles: RoleName[] = []): Promise<TestUser> {
  t.clock.set(new Date(at.getTime() - 5 * 60_000));
  const user = await signUp(t, { roles });
  t.clock.set(at);
  expect((await user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);
  return user;
}

/** Coins the game layer says the user earned and spent (the wallet's lifetime totals). */
async function walletTotals(userId: string): Promise<{ earned: number; spent: number }> {
  const [row] = await queryRows<{ earned: number; spent: number }>(
    t.database.db,
    sql`select total_earned as earned, total_spent as spent from user_wallet where user_id = ${userId}`,
  );
  return row ?? { earned: 0, spent: 0 };
}

async function walletsSum(): Promise<number> {
  const [row] = await queryRows<{ coins: number }>(
    t.database.db,
    sql`select sum(coins)::int as coins from user_wallet`,
  );
  return row?.coins ?? 0;
}

let uploader: TestUser;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '1000' } });
  // The users' sign-up times come from the database's clock: the app's runs beside it.
  now = new Date();

  // Someone active ten days ago, and not since.
  await activeAt(new Date(now.getTime() - 10 * DAY));

  // Yesterday: coins earned, then 30 spent on an item.
  spender = await activeAt(new Date(now.getTime() - DAY));
  await fundTo(t, spender.id, 100);
  const item = await addItem(t, { cost_coins: 30, stock: 5 });
  const bought = await spender.inject({ method: 'POST', url: '/api/market/purchase', payload: { item_key: item.key } });
  expect(bought.statusCode, bought.body).toBe(201);

  // Today: coins earned, and a track uploaded (a stored file and a queued analysis).
  admin = await activeAt(now, ['admin']);
  uploader = await activeAt(now);
  await fundTo(t, uploader.id, 50);
  const file = wav({ seconds: 0.2 });
  uploaded = file.length;
  await injectUpload(uploader, 'today.wav', file);
});
afterAll(() => t.close());

describe('GET /api/admin/stats', () => {
  it('counts sign-ups, activity, coins, storage and the queue: yesterday from the rollup, today live', async () => {
    const res = await stats(admin);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data;
    const yesterday = dayOf(new Date(now.getTime() - DAY));
    const today = dayOf(now);
    const signUps = await signUpDays();

    expect(data.rolled_up_through).toBe(yesterday);
    expect(data.days.map((d: Day) => d.day)).toEqual([yesterday, today]);
    // Each day's coins are those of the one user who moved coins that day.
    const spent = await walletTotals(spender.id);
    const uploaderTotals = await walletTotals(uploader.id);
    expect(spent.spent).toBeGreaterThanOrEqual(30);
    expect(data.days[0]).toEqual({
      day: yesterday,
      sign_ups: signUps.get(yesterday) ?? 0,
      events: 1,
      active_users: 1,
      coins_earned: spent.earned,
      coins_spent: spent.spent,
    });
    expect(data.days[1]).toEqual({
      day: today,
      sign_ups: signUps.get(today) ?? 0,
      events: 1,
      active_users: 1,
      coins_earned: uploaderTotals.earned,
      coins_spent: uploaderTotals.spent,
    });
    expect(data.days[0].sign_ups + data.days[1].sign_ups).toBe(4);
    expect(data.economy).toEqual({
      coins_earned: spent.earned + uploaderTotals.earned,
      coins_spent: spent.spent + uploaderTotals.spent,
      coins_in_wallets: await walletsSum(),
    });
    expect(data.economy.coins_in_wallets).toBe(120);
    expect(data.storage.files).toBe(1);
    expect(data.storage.bytes).toBeGreaterThanOrEqual(uploaded);
    expect(data.analysis_queue).toEqual({ queued: 1, running: 0 });
    // The spender (yesterday), the admin and the uploader (today); the lapsed user only in 30 days.
    expect(data.users).toEqual({ active_7d: 3, active_30d: 4 });
  });

  it('keeps a closed day as it was rolled up, even once its rows are gone', async () => {
    const before = (await stats(admin)).json().data;
    const deleted = await spender.inject({ method: 'DELETE', url: '/api/user' });
    expect(deleted.statusCode, deleted.body).toBe(204);

    const after = (await stats(admin)).json().data;
    expect(after.days[0]).toEqual(before.days[0]);
    expect(after.economy).toEqual(before.economy);
    expect(after.users.active_7d).toBe(before.users.active_7d - 1);
    // The history keeps the deleted account's coins: the rollup is not recomputed.
    expect(after.economy.coins_in_wallets).toBe((await walletsSum()) + 70);
  });

  it('rolls a newly closed day up once when two requests ask at once', async () => {
    t.clock.set(new Date(now.getTime() + DAY));
    const answers = await Promise.all([stats(admin), stats(admin)]);
    for (const res of answers) expect(res.statusCode, res.body).toBe(200);
    expect(answers[0]?.json().data).toEqual(answers[1]?.json().data);
    const data = answers[0]?.json().data;
    expect(data.rolled_up_through).toBe(dayOf(now));
    // Yesterday's live figures are today's rolled-up ones.
    const uploaderTotals = await walletTotals(uploader.id);
    expect(data.days[0]).toMatchObject({
      day: dayOf(now),
      active_users: 1,
      coins_earned: uploaderTotals.earned,
      coins_spent: uploaderTotals.spent,
    });
    const rows = await t.database.db.select().from(admin_daily_stats);
    expect(new Set(rows.map((r) => r.day)).size).toBe(rows.length);
    t.clock.set(now);
  });

  it('covers up to 90 days, and refuses a window outside 1–90 days', async () => {
    const res = await stats(admin, '?days=90');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.days).toHaveLength(90);
    expect((await stats(admin, '')).json().data.days).toHaveLength(30);
    for (const bad of ['?days=0', '?days=91', '?days=-3', '?days=1.5', '?days=many']) {
      expect((await stats(admin, bad)).statusCode, bad).toBe(400);
    }
  });

  it('is refused to a user without analytics:view', async () => {
    const plain = await signUp(t);
    expect((await stats(plain)).statusCode).toBe(403);
  });
});
