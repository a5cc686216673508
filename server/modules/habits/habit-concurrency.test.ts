import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger, user_progress, user_wallet } from '../gamification/gamification.tables';

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'habit completions under concurrency (skipped without TEST_DATABASE_URL: PGlite runs one query at a time)',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    async function habitOf(user: TestUser, name: string): Promise<string> {
      const res = await user.inject({ method: 'POST', url: '/api/habits', payload: { name } });
      expect(res.statusCode).toBe(201);
      return res.json().data.id;
    }
    const complete = (user: TestUser, id: string) =>
      user.inject({ method: 'POST', url: `/api/habits/${id}/complete`, payload: {} });

    /** Net ledger amounts for one event type (and source), and how many awards were paid. */
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

    /** The wallet and progress rows equal the sums of the whole ledger. */
    async function expectAccountMatchesLedger(user: TestUser) {
      const [sums] = await t.database.db
        .select({
          xp: sql<number>`coalesce(sum(${points_ledger.xp}), 0)::int`,
          coins: sql<number>`coalesce(sum(${points_ledger.coins}), 0)::int`,
        })
        .from(points_ledger)
        .where(eq(points_ledger.user_id, user.id));
      const [wallet] = await t.database.db
        .select({ coins: user_wallet.coins })
        .from(user_wallet)
        .where(eq(user_wallet.user_id, user.id));
      const [progress] = await t.database.db
        .select({ total_xp: user_progress.total_xp })
        .from(user_progress)
        .where(eq(user_progress.user_id, user.id));
      expect(wallet?.coins).toBe(sums?.coins);
      expect(progress?.total_xp).toBe(sums?.xp);
      return sums;
    }

    it('credits 50 identical simultaneous completions exactly once', async () => {
      const user = await signUp(t);
      const id = await habitOf(user, 'Meditate');
      const responses = await Promise.all(Array.from({ length: 50 }, () => complete(user, id)));
      expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(200));
      const rewards = responses.map((r) => r.json().data.reward);
      expect(rewards.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(rewards.every((r) => r.xp === 5 && r.coins === 1)).toBe(true);
      expect(await ledgerFor(user, 'habit_complete', id)).toEqual({ paid: 1, xp: 5, coins: 1 });
      expect(await ledgerFor(user, 'perfect_habit_day')).toEqual({ paid: 1, xp: 10, coins: 2 });
      await expectAccountMatchesLedger(user);
      const summary = (await user.inject({ method: 'GET', url: '/api/gamification/summary' })).json().data;
      const sums = await expectAccountMatchesLedger(user);
      expect(summary).toMatchObject({ coins: sums?.coins, total_xp: sums?.xp });
    });

    it('loses no update when different habits of one user complete at once, and pays one perfect day', async () => {
      const user = await signUp(t);
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) ids.push(await habitOf(user, `Habit ${i}`));
      const responses = await Promise.all(ids.map((id) => complete(user, id)));
      expect(responses.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
      for (const id of ids) expect(await ledgerFor(user, 'habit_complete', id)).toEqual({ paid: 1, xp: 5, coins: 1 });
      // Whichever completion came last saw every other one.
      expect(await ledgerFor(user, 'perfect_habit_day')).toEqual({ paid: 1, xp: 10, coins: 2 });
      await expectAccountMatchesLedger(user);

      // Undoing half of them at once takes back exactly their rewards and the perfect day, once.
      const undone = await Promise.all(
        ids.slice(0, 6).map((id) => user.inject({ method: 'DELETE', url: `/api/habits/${id}/logs/2026-01-15` })),
      );
      expect(undone.map((r) => r.statusCode)).toEqual(Array(6).fill(204));
      expect(await ledgerFor(user, 'habit_complete')).toMatchObject({ xp: 30, coins: 6 });
      expect(await ledgerFor(user, 'perfect_habit_day')).toEqual({ paid: 1, xp: 0, coins: 0 });
      await expectAccountMatchesLedger(user);
    });
  },
);
