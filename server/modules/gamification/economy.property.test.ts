import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levelFor } from '#common/rules/levels';
import { signUp } from '../../test/factories';
import { economy, recordAs, reverseAs, spendAs } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger, user_achievements, user_progress, user_skills, user_wallet } from './gamification.tables';

let t: TestApp;
let users: string[];
beforeAll(async () => {
  t = await createTestApp();
  users = [];
  for (let i = 0; i < 3; i++) users.push((await signUp(t)).id);
});
afterAll(() => t.close());

const user = fc.nat(2);
const key = fc.nat(5);
const op = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    user,
    key,
    type: fc.constantFrom('focus_complete', 'habit_complete', 'workout_complete', 'reading_session', 'goal_complete'),
    amount: fc.nat(120),
  }),
  fc.record({ kind: fc.constant('reverse' as const), user, key }),
  fc.record({ kind: fc.constant('spend' as const), user, key, amount: fc.nat(60) }),
  fc.record({ kind: fc.constant('day' as const), days: fc.integer({ min: 0, max: 2 }) }),
);

/** The economy's laws for one user (SPEC §5): the account rows are the ledger's sums. */
async function checkInvariants(userId: string): Promise<void> {
  const db = t.database.db;
  const e = await economy(t, userId);
  expect(e.coins).toBe(e.ledger_coins);
  expect(e.total_xp).toBe(e.ledger_xp);
  expect(e.level).toBe(levelFor(e.total_xp));
  expect(e.coins).toBeGreaterThanOrEqual(0);
  const [wallet] = await db.select().from(user_wallet).where(eq(user_wallet.user_id, userId));
  if (wallet) expect(wallet.total_earned - wallet.total_spent).toBe(wallet.coins);
  const twice = await db
    .select({ key: user_achievements.achievement_key })
    .from(user_achievements)
    .where(eq(user_achievements.user_id, userId))
    .groupBy(user_achievements.achievement_key)
    .having(sql`count(*) > 1`);
  expect(twice).toEqual([]);
  const paidTwice = await db
    .select({ key: points_ledger.idempotency_key })
    .from(points_ledger)
    .where(sql`${points_ledger.user_id} = ${userId} and ${points_ledger.idempotency_key} like 'achievement:%'`)
    .groupBy(points_ledger.idempotency_key)
    .having(sql`count(*) > 1`);
  expect(paidTwice).toEqual([]);
  const [stars] = await db
    .select({ n: sql<number>`coalesce(sum(${user_skills.stars}), 0)`.mapWith(Number) })
    .from(user_skills)
    .where(eq(user_skills.user_id, userId));
  const [progress] = await db.select().from(user_progress).where(eq(user_progress.user_id, userId));
  expect(progress?.total_skill_stars ?? 0).toBe(stars?.n ?? 0);
}

const facts = (amount: number) => ({
  mode: 'focus',
  focused_seconds: amount * 60,
  minutes: amount,
  sets: amount % 20,
  pages: amount,
  streak: amount % 10,
});

describe('the economy under random record, reverse and spend sequences', () => {
  it('keeps wallet = ledger coins, XP = ledger XP, the level, no negative coins, achievements once', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        run++;
        const bought = new Set<string>();
        for (const o of ops) {
          if (o.kind === 'day') {
            t.clock.advance(o.days * 86_400_000 + 3_600_000);
            continue;
          }
          const userId = users[o.user] as string;
          if (o.kind === 'record') {
            const outcome = await recordAs(t, userId, {
              type: o.type,
              idempotency_key: `${o.type}:${o.key}`,
              data: facts(o.amount),
            });
            expect(outcome.xp).toBeGreaterThanOrEqual(0);
          } else if (o.kind === 'reverse') {
            for (const type of ['focus_complete', 'habit_complete', 'workout_complete']) {
              await reverseAs(t, userId, `${type}:${o.key}`);
            }
          } else {
            const before = (await economy(t, userId)).coins;
            const buyKey = `buy:${run}:${o.user}:${o.key}`;
            const spend = spendAs(t, userId, o.amount, buyKey);
            if (bought.has(buyKey)) expect((await spend).duplicate).toBe(true);
            else if (o.amount > before) {
              await expect(spend).rejects.toMatchObject({ status: 409, code: 'insufficient_coins' });
            } else {
              await spend;
              bought.add(buyKey);
            }
          }
          await checkInvariants(userId);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
