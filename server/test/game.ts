import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { type ActivityInput, record, reverse, Wallet } from '../modules/gamification';
import { points_ledger, user_progress, user_wallet } from '../modules/gamification/gamification.tables';
import { market_items, user_purchases } from '../modules/market/market.tables';
import { users } from '../modules/user/user.tables';
import type { Ctx } from '../platform/access';
import type { TestApp } from './harness';

/**
 * Game-layer fixtures: act for a test user as a domain would (record, reverse, spend inside a
 * transaction, spend through a wallet), hand out market items, and read the ledger's sums.
 */

/** A service context for `userId` with their stored time zone and day-start hour. */
export async function ctxFor(t: TestApp, userId: string): Promise<Ctx> {
  const [u] = await t.database.db.select().from(users).where(eq(users.id, userId));
  if (!u) throw new Error(`no user ${userId}`);
  return {
    ...t.app.deps,
    user: {
      id: u.id,
      name: u.name,
      email: u.email,
      image: u.image,
      timezone: u.timezone,
      day_start_hour: u.day_start_hour,
      roles: ['user'],
      permissions: [],
      created_at: u.created_at,
    },
    userId: u.id,
    requestId: 'test',
    sessionId: null,
    ip: '127.0.0.1',
    userAgent: null,
  };
}

export async function recordAs(t: TestApp, userId: string, input: ActivityInput) {
  const ctx = await ctxFor(t, userId);
  return t.database.db.transaction((tx) => record(tx, ctx, input));
}

export async function reverseAs(t: TestApp, userId: string, key: string) {
  const ctx = await ctxFor(t, userId);
  return t.database.db.transaction((tx) => reverse(tx, ctx, key));
}

/** Takes coins as a purchase does, through the market's wallet; the balance after. */
export async function spendAs(t: TestApp, userId: string, coins: number) {
  const ctx = await ctxFor(t, userId);
  return t.database.db.transaction(async (tx) => {
    const wallet = await Wallet.open(tx, ctx);
    const spent = wallet.spend({ coins, idempotency_key: `purchase:${randomUUID()}`, reason: 'test purchase' });
    await wallet.close();
    return { ...spent, balance: wallet.balance };
  });
}

export async function setUserDay(t: TestApp, userId: string, timezone: string, dayStartHour: number): Promise<void> {
  await t.database.db.update(users).set({ timezone, day_start_hour: dayStartHour }).where(eq(users.id, userId));
}

async function itemId(t: TestApp, key: string): Promise<string> {
  const [item] = await t.database.db
    .select({ id: market_items.id })
    .from(market_items)
    .where(eq(market_items.key, key));
  if (!item) throw new Error(`no market item ${key}`);
  return item.id;
}

/** A streak shield bought and waiting to be used. */
export async function giveShield(t: TestApp, userId: string): Promise<string> {
  const [row] = await t.database.db
    .insert(user_purchases)
    .values({ user_id: userId, item_id: await itemId(t, 'streak_shield'), cost_coins: 0, status: 'purchased' })
    .returning({ id: user_purchases.id });
  return row?.id as string;
}

/** A 1.5× XP boost redeemed at `from`, running until `until`. */
export async function giveBoost(t: TestApp, userId: string, from: Date, until: Date): Promise<void> {
  await t.database.db.insert(user_purchases).values({
    user_id: userId,
    item_id: await itemId(t, 'xp_boost_1h'),
    cost_coins: 0,
    status: 'redeemed',
    redeemed_at: from,
    expires_at: until,
  });
}

export async function purchaseStatus(t: TestApp, id: string) {
  const [row] = await t.database.db.select().from(user_purchases).where(eq(user_purchases.id, id));
  return row;
}

/** The ledger's sums next to what the wallet and progress rows say. */
export async function economy(t: TestApp, userId: string) {
  const db = t.database.db;
  const [sums] = await db
    .select({
      xp: sql<number>`coalesce(sum(${points_ledger.xp}), 0)`.mapWith(Number),
      coins: sql<number>`coalesce(sum(${points_ledger.coins}), 0)`.mapWith(Number),
      rows: sql<number>`count(*)`.mapWith(Number),
    })
    .from(points_ledger)
    .where(eq(points_ledger.user_id, userId));
  const [wallet] = await db.select().from(user_wallet).where(eq(user_wallet.user_id, userId));
  const [progress] = await db.select().from(user_progress).where(eq(user_progress.user_id, userId));
  return {
    ledger_xp: sums?.xp ?? 0,
    ledger_coins: sums?.coins ?? 0,
    ledger_rows: sums?.rows ?? 0,
    coins: wallet?.coins ?? 0,
    total_xp: progress?.total_xp ?? 0,
    level: progress?.level ?? 1,
  };
}

export async function ledgerRows(t: TestApp, userId: string, key?: string) {
  return t.database.db
    .select()
    .from(points_ledger)
    .where(and(eq(points_ledger.user_id, userId), key ? eq(points_ledger.idempotency_key, key) : undefined));
}
