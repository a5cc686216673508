import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
// The one market import of the game layer (allowed in architecture.test.ts): boosts and streak
// shields change how activity pays, and the market depends on this module to spend coins.
import { market_items, user_purchases } from '../market/market.tables';

/** The strongest XP boost the user has running at `at`: a redeemed boost not yet expired. */
export async function activeBoost(
  db: DbOrTx,
  userId: string,
  at: Date,
): Promise<{ multiplier: number; expires_at: Date } | null> {
  const rows = await db
    .select({ effect: market_items.effect, expires_at: user_purchases.expires_at })
    .from(user_purchases)
    .innerJoin(market_items, eq(market_items.id, user_purchases.item_id))
    .where(
      and(
        eq(user_purchases.user_id, userId),
        eq(user_purchases.status, 'redeemed'),
        eq(market_items.category, 'boost'),
        gt(user_purchases.expires_at, at),
        sql`${user_purchases.redeemed_at} <= ${at}`,
      ),
    );
  let best: { multiplier: number; expires_at: Date } | null = null;
  for (const r of rows) {
    const m = (r.effect as { type?: unknown; multiplier?: unknown }).multiplier;
    if (typeof m !== 'number' || !(m > 1) || !r.expires_at) continue;
    if (!best || m > best.multiplier || (m === best.multiplier && r.expires_at > best.expires_at)) {
      best = { multiplier: m, expires_at: r.expires_at };
    }
  }
  return best;
}

const heldShield = (userId: string) =>
  and(
    eq(user_purchases.user_id, userId),
    eq(user_purchases.status, 'purchased'),
    eq(market_items.category, 'streak_shield'),
  );

/** Streak shields bought and not yet used. */
export async function shieldsHeld(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(user_purchases)
    .innerJoin(market_items, eq(market_items.id, user_purchases.item_id))
    .where(heldShield(userId));
  return row?.n ?? 0;
}

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
