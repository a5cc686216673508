import { and, asc, eq, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jsonAgg } from '../../db/json-rows';
import { type Fact, fact, param } from '../../platform/facts';
// The one market import of the game layer (allowed in architecture.test.ts): boosts and streak
// shields change how activity pays, and the market depends on this module to spend coins.
import { market_items, user_purchases } from '../market/market.tables';

export interface Boost {
  multiplier: number;
  expires_at: Date;
}

/** The strongest of some running boosts (their market item's effect and expiry), the latest on a tie. */
export function strongestBoost(rows: { effect: unknown; expires_at: Date | null }[]): Boost | null {
  let best: Boost | null = null;
  for (const r of rows) {
    const m = (r.effect as { multiplier?: unknown } | null)?.multiplier;
    if (typeof m !== 'number' || !(m > 1) || !r.expires_at) continue;
    if (!best || m > best.multiplier || (m === best.multiplier && r.expires_at > best.expires_at)) {
      best = { multiplier: m, expires_at: r.expires_at };
    }
  }
  return best;
}

const runningBoost = (userId: string | SQL | Placeholder, at: SQL | Placeholder) =>
  and(
    sql`${user_purchases.user_id} = ${userId}`,
    eq(user_purchases.status, 'redeemed'),
    eq(market_items.category, 'boost'),
    sql`${user_purchases.expires_at} > ${at}::timestamptz`,
    sql`${user_purchases.redeemed_at} <= ${at}::timestamptz`,
  );

/** The strongest boost running now, for a composed read. */
export const activeBoostFact: Fact<Boost | null, unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_object('effect', ${market_items.effect}, 'expires_at', ${user_purchases.expires_at})`)}
       from ${user_purchases} inner join ${market_items} on ${market_items.id} = ${user_purchases.item_id}
       where ${runningBoost(param.user, param.now)})`,
  (value) =>
    strongestBoost(
      (value as { effect: unknown; expires_at: string | null }[]).map((b) => ({
        effect: b.effect,
        expires_at: b.expires_at ? new Date(b.expires_at) : null,
      })),
    ),
);

const heldShield = (userId: string | SQL | Placeholder) =>
  and(
    sql`${user_purchases.user_id} = ${userId}`,
    eq(user_purchases.status, 'purchased'),
    eq(market_items.category, 'streak_shield'),
  );

/** Streak shields held, for a composed read. */
export const shieldsHeldFact: Fact<number, unknown> = fact(
  sql`(select count(*)::int from ${user_purchases}
       inner join ${market_items} on ${market_items.id} = ${user_purchases.item_id} where ${heldShield(param.user)})`,
  (value) => Number(value ?? 0),
);

/** Uses the oldest held shield; false when the user holds none. */
export async function consumeShield(tx: DbOrTx, userId: string, at: Date): Promise<boolean> {
  const [shield] = await tx
    .select({ id: user_purchases.id })
    .from(user_purchases)
    .innerJoin(market_items, eq(market_items.id, user_purchases.item_id))
    .where(heldShield(userId))
    .orderBy(asc(user_purchases.created_at), asc(user_purchases.id))
    .limit(1)
    .for('update', { of: user_purchases });
  if (!shield) return false;
  await tx.update(user_purchases).set({ status: 'consumed', consumed_at: at }).where(eq(user_purchases.id, shield.id));
  return true;
}
