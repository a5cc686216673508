import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levelFor } from '#common/rules/levels';
import { signUp } from '../../test/factories';
import { ctxFor, economy, recordAs, reverseAs } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { addItem } from '../../test/market';
import {
  points_ledger,
  user_achievements,
  user_progress,
  user_skills,
  user_wallet,
} from '../gamification/gamification.tables';
import { market_items, user_purchases } from './market.tables';
import { purchase, redeem, refund } from './purchase.service';

/** The economy's laws hold under random sequences of awards, reversals, purchases, redeems and refunds. */

let t: TestApp;
let users: string[];
/** Stocked boosts of different prices (consumable, so bought again and again), and their first stock. */
let items: { id: string; key: string; cost: number }[];
const STOCK = 30;
beforeAll(async () => {
  t = await createTestApp();
  users = [];
  for (let i = 0; i < 3; i++) users.push((await signUp(t)).id);
  items = [];
  for (const cost of [5, 20, 45]) {
    const item = await addItem(t, { cost_coins: cost, stock: STOCK });
    items.push({ id: item.id, key: item.key, cost });
  }
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
  fc.record({ kind: fc.constant('buy' as const), user, item: fc.nat(2), key: fc.nat(5) }),
  fc.record({ kind: fc.constant('redeem' as const), user, pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('refund' as const), user, pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('day' as const), days: fc.integer({ min: 0, max: 2 }) }),
);

/** Stock left plus units sold and not refunded is the first stock, for every item. */
async function checkStock(): Promise<void> {
  for (const item of items) {
    const [row] = await t.database.db.select().from(market_items).where(eq(market_items.id, item.id));
    const [sold] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(user_purchases)
      .where(sql`${user_purchases.item_id} = ${item.id} and ${user_purchases.status} <> 'refunded'`);
    expect((row?.stock ?? 0) + (sold?.n ?? 0)).toBe(STOCK);
  }
}

/** A purchase of the user's, picked by position among the newest. */
async function pickPurchase(userId: string, pick: number): Promise<string | null> {
  const rows = await t.database.db
    .select({ id: user_purchases.id })
    .from(user_purchases)
    .where(eq(user_purchases.user_id, userId))
    .orderBy(sql`${user_purchases.created_at} desc, ${user_purchases.id}`);
  return rows.length ? (rows[pick % rows.length]?.id ?? null) : null;
}

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

describe('the economy under random record, reverse, purchase, redeem and refund sequences', () => {
  it('keeps wallet = ledger, XP = ledger, the level, no negative coins, achievements once, the stock, refunds ≤ paid', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        run++;
        /** The item each used idempotency key bought, by user and key. */
        const keys = new Map<string, string>();
        for (const o of ops) {
          if (o.kind === 'day') {
            t.clock.advance(o.days * 86_400_000 + 3_600_000);
            continue;
          }
          const userId = users[o.user] as string;
          const ctx = await ctxFor(t, userId);
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
          } else if (o.kind === 'buy') {
            const item = items[o.item] as (typeof items)[number];
            const key = `buy:${run}:${o.key}`;
            const earlier = keys.get(`${userId}:${key}`);
            const before = (await economy(t, userId)).coins;
            const bought = await purchase(ctx, { item_key: item.key }, key).then(
              () => null,
              (e: { status: number; code: string }) => e.code,
            );
            const charged = before - (await economy(t, userId)).coins;
            if (earlier) {
              // A replay answers the first purchase; the same key for another item is refused.
              expect(bought).toBe(earlier === item.key ? null : 'idempotency_key_reused');
              expect(charged).toBe(0);
            } else if (bought) {
              expect(bought).toBe(before < item.cost ? 'insufficient_coins' : 'out_of_stock');
              expect(charged).toBe(0);
            } else {
              keys.set(`${userId}:${key}`, item.key);
              expect(charged).toBe(item.cost);
            }
          } else {
            const id = await pickPurchase(userId, o.pick);
            if (!id) continue;
            const before = (await economy(t, userId)).coins;
            if (o.kind === 'redeem') {
              await redeem(ctx, id).catch((e) => expect(e).toMatchObject({ status: 409 }));
            } else {
              const [row] = await t.database.db.select().from(user_purchases).where(eq(user_purchases.id, id));
              const refunded = await refund(ctx, id).then(
                () => true,
                (e) => {
                  expect(e).toMatchObject({ status: 409 });
                  return false;
                },
              );
              const back = (await economy(t, userId)).coins - before;
              expect(back).toBe(refunded ? row?.cost_coins : 0);
            }
          }
          await checkInvariants(userId);
        }
        await checkStock();
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
