import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levelFor } from '#common/rules/levels';
import { signUp } from '../../test/factories';
import { economy, ledgerRows, recordAs, reverseAs, spendAs } from '../../test/game';
import { createPooledTestApp, type TestApp } from '../../test/harness';

/**
 * Concurrency needs several connections: PGlite has one, so these run on the PostgreSQL server
 * only (CI sets TEST_DATABASE_URL), each call in its own transaction on its own connection.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'the game layer under concurrent transactions on a PostgreSQL server (skipped without TEST_DATABASE_URL)',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createPooledTestApp();
    });
    afterAll(() => t.close());

    const focus = (key: string, minutes = 25) => ({
      type: 'focus_complete' as const,
      idempotency_key: key,
      data: { mode: 'focus', focused_seconds: minutes * 60 },
    });

    it('credits once when 50 records with the same key run at the same time', async () => {
      const user = await signUp(t);
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, () => recordAs(t, user.id, focus('focus_complete:same'))),
      );
      expect(outcomes.filter((o) => !o.duplicate)).toHaveLength(1);
      const first = outcomes.find((o) => !o.duplicate);
      for (const o of outcomes) expect({ ...o, duplicate: false }).toEqual(first);
      expect(await ledgerRows(t, user.id, 'focus_complete:same')).toHaveLength(1);
      expect(await ledgerRows(t, user.id, 'achievement:first_focus')).toHaveLength(1);
      const e = await economy(t, user.id);
      expect(e).toMatchObject({ coins: e.ledger_coins, total_xp: e.ledger_xp });
    });

    it('loses no update when one user records many different events at once', async () => {
      const user = await signUp(t);
      await Promise.all(Array.from({ length: 40 }, (_, i) => recordAs(t, user.id, focus(`focus_complete:${i}`, 10))));
      const e = await economy(t, user.id);
      expect(e.coins).toBe(e.ledger_coins);
      expect(e.total_xp).toBe(e.ledger_xp);
      expect(e.level).toBe(levelFor(e.total_xp));
      // 40 × (10 XP, 2 coins) plus the achievements they unlocked.
      const rows = await ledgerRows(t, user.id);
      const activity = rows.filter((r) => r.event_type === 'focus_complete');
      expect(activity).toHaveLength(40);
      expect(activity.reduce((s, r) => s + r.xp, 0)).toBe(400);
      expect(activity.reduce((s, r) => s + r.coins, 0)).toBe(80);
    });

    it('never spends below zero: concurrent spends against a balance for ten let exactly ten through', async () => {
      const user = await signUp(t);
      await recordAs(t, user.id, {
        type: 'goal_complete',
        idempotency_key: 'goal_complete:g',
        reward: { xp: 0, coins: 100 },
      });
      const before = (await economy(t, user.id)).coins;
      const price = Math.floor(before / 10);
      const results = await Promise.allSettled(Array.from({ length: 100 }, () => spendAs(t, user.id, price)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409, code: 'insufficient_coins' });
      }
      const e = await economy(t, user.id);
      expect(e.coins).toBe(before - 10 * price);
      expect(e.coins).toBe(e.ledger_coins);
    });

    it('keeps the ledger laws under concurrent random record, reverse and spend', async () => {
      const users = [(await signUp(t)).id, (await signUp(t)).id];
      const op = fc.record({
        kind: fc.constantFrom('record', 'reverse', 'spend'),
        user: fc.nat(1),
        key: fc.nat(4),
        amount: fc.nat(60),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 2, maxLength: 20 }), async (ops) => {
          await Promise.allSettled(
            ops.map((o) => {
              const userId = users[o.user] as string;
              if (o.kind === 'record') return recordAs(t, userId, focus(`focus_complete:${o.key}`, o.amount));
              if (o.kind === 'reverse') return reverseAs(t, userId, `focus_complete:${o.key}`);
              return spendAs(t, userId, o.amount);
            }),
          );
          for (const userId of users) {
            const e = await economy(t, userId);
            expect(e.coins).toBe(e.ledger_coins);
            expect(e.total_xp).toBe(e.ledger_xp);
            expect(e.level).toBe(levelFor(e.total_xp));
            expect(e.coins).toBeGreaterThanOrEqual(0);
          }
        }),
        { numRuns: 15 },
      );
    }, 120_000);
  },
);
