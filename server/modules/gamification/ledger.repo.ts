import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type Fact, fact, param } from '../../platform/facts';
import { activity_events, points_ledger, user_progress, user_wallet } from './gamification.tables';

export type LedgerRow = typeof points_ledger.$inferSelect;
export type NewLedgerRow = typeof points_ledger.$inferInsert;
export interface Account {
  coins: number;
  total_earned: number;
  total_spent: number;
  total_xp: number;
  level: number;
  total_skill_stars: number;
}

/**
 * Creates the wallet and progress rows on first use and locks both, progress first. Every
 * write to a user's economy starts here, so concurrent writers of one user take turns and
 * always lock in the same order (no deadlock).
 */
export async function lockAccount(tx: DbOrTx, userId: string): Promise<Account> {
  // An upsert that updates on conflict takes the row lock as `for update` would, in one statement.
  const [progress] = await tx
    .insert(user_progress)
    .values({ user_id: userId })
    .onConflictDoUpdate({ target: user_progress.user_id, set: { user_id: sql`excluded.user_id` } })
    .returning({
      total_xp: user_progress.total_xp,
      level: user_progress.level,
      total_skill_stars: user_progress.total_skill_stars,
    });
  const [wallet] = await tx
    .insert(user_wallet)
    .values({ user_id: userId })
    .onConflictDoUpdate({ target: user_wallet.user_id, set: { user_id: sql`excluded.user_id` } })
    .returning({
      coins: user_wallet.coins,
      total_earned: user_wallet.total_earned,
      total_spent: user_wallet.total_spent,
    });
  if (!progress || !wallet) throw new Error('wallet or progress row missing after upsert');
  return { ...progress, ...wallet };
}

/** The account for a composed read (platform/facts.ts); a new user's reads as zeros. */
export const accountFact: Fact<Account, unknown> = fact(
  sql`(select json_build_object(
         'total_xp', coalesce(p.total_xp, 0), 'level', coalesce(p.level, 1),
         'total_skill_stars', coalesce(p.total_skill_stars, 0), 'coins', coalesce(w.coins, 0),
         'total_earned', coalesce(w.total_earned, 0), 'total_spent', coalesce(w.total_spent, 0))
       from (select 1) one
       left join ${user_progress} p on p.user_id = ${param.user}
       left join ${user_wallet} w on w.user_id = ${param.user})`,
  (value) => value as Account,
);

export async function findLedger(db: DbOrTx, userId: string, key: string): Promise<LedgerRow | null> {
  const [row] = await db
    .select()
    .from(points_ledger)
    .where(and(eq(points_ledger.user_id, userId), eq(points_ledger.idempotency_key, key)));
  return row ?? null;
}

/** Inserts a ledger row unless its key exists; null when it did (the caller's no-op). */
export async function insertLedger(tx: DbOrTx, row: NewLedgerRow): Promise<LedgerRow | null> {
  const [inserted] = await tx.insert(points_ledger).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function setLedgerDetails(tx: DbOrTx, id: string, details: Record<string, unknown>): Promise<void> {
  await tx.update(points_ledger).set({ details }).where(eq(points_ledger.id, id));
}

/**
 * Frees an idempotency key after its award was reversed, so the same domain key can earn again
 * (complete, undo, complete). The row and its amounts stay (the ledger keeps its sums); the key
 * it had moves to its details.
 */
export async function retireKey(tx: DbOrTx, row: LedgerRow): Promise<void> {
  await tx
    .update(points_ledger)
    .set({ idempotency_key: `reversed:${row.id}`, details: { ...row.details, key: row.idempotency_key } })
    .where(eq(points_ledger.id, row.id));
}

/**
 * Applies a ledger row to the locked account rows. `earned` and `spent` move the lifetime
 * totals: an award earns, a purchase spends, a reversal takes back what was earned.
 */
export async function applyToAccount(
  tx: DbOrTx,
  userId: string,
  delta: { xp: number; coins: number; earned: number; spent: number; stars: number; level: number },
): Promise<void> {
  // Both rows are locked (lockAccount): one statement writes them.
  await tx.execute(sql`with progress as (
      update ${user_progress} set total_xp = total_xp + ${delta.xp}, level = ${delta.level},
        total_skill_stars = greatest(0, total_skill_stars + ${delta.stars}), updated_at = now()
      where user_id = ${userId})
    update ${user_wallet} set coins = coins + ${delta.coins}, updated_at = now(),
      total_earned = greatest(0, total_earned + ${delta.earned}), total_spent = greatest(0, total_spent + ${delta.spent})
    where user_id = ${userId}`);
}

export type ActivityRow = typeof activity_events.$inferSelect;

export async function insertActivity(tx: DbOrTx, row: typeof activity_events.$inferInsert): Promise<ActivityRow> {
  const [inserted] = await tx.insert(activity_events).values(row).returning();
  if (!inserted) throw new Error('activity event not inserted');
  return inserted;
}

export async function deleteActivity(tx: DbOrTx, userId: string, id: string): Promise<ActivityRow | null> {
  const [row] = await tx
    .delete(activity_events)
    .where(and(eq(activity_events.user_id, userId), eq(activity_events.id, id)))
    .returning();
  return row ?? null;
}
