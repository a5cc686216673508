import { and, asc, desc, eq, gte, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { PurchaseState } from '#common/contracts/market';
import type { DbOrTx } from '../../db/client';
import { jsonAgg, rowFromJson, rowsFromJson } from '../../db/json-rows';
import { type Fact, fact, param } from '../../platform/facts';
import { afterKey } from '../../platform/pagination';
import {
  market_items,
  market_recommendations,
  market_transactions,
  personal_rewards,
  user_purchases,
  user_rewards,
} from './market.tables';

export type ItemRow = typeof market_items.$inferSelect;
export type PurchaseRow = typeof user_purchases.$inferSelect;
export type NewPurchaseRow = typeof user_purchases.$inferInsert;
export type RewardRow = typeof personal_rewards.$inferSelect;
export type TransactionRow = typeof market_transactions.$inferSelect;
export type NewTransactionRow = typeof market_transactions.$inferInsert;
export type UserRewardRow = typeof user_rewards.$inferSelect;
/** A purchase with its catalogue item (null for a personal reward) and the personal reward's title. */
export type HeldRow = { purchase: PurchaseRow; item: ItemRow | null; reward: Pick<RewardRow, 'title' | 'icon'> | null };
export type GrantRow = { reward: UserRewardRow; item: ItemRow | null };

type Key = { created_at: Date; id: string };

// ── Catalogue ─────────────────────────────────────────────────────────────────

const catalogueOrder = [asc(market_items.sort_order), asc(market_items.id)];

/** The items on the shelves (active), in catalogue order, for a composed read. */
export const itemsFact: Fact<ItemRow[], unknown> = fact(
  sql`(select ${jsonAgg(sql`row_to_json(i) order by i.sort_order, i.id`)}
       from ${market_items} i where i.is_active)`,
  (value) => rowsFromJson(market_items, value),
);

export async function findItem(db: DbOrTx, key: string): Promise<ItemRow | null> {
  const [row] = await db.select().from(market_items).where(eq(market_items.key, key));
  return row ?? null;
}

export async function activeItems(db: DbOrTx): Promise<ItemRow[]> {
  return db
    .select()
    .from(market_items)
    .where(eq(market_items.is_active, true))
    .orderBy(...catalogueOrder);
}

/** Takes one unit of a stocked item: false when none is left (the row lock orders buyers). */
export async function takeFromStock(tx: DbOrTx, itemId: string): Promise<boolean> {
  const rows = await tx
    .update(market_items)
    .set({ stock: sql`${market_items.stock} - 1` })
    .where(and(eq(market_items.id, itemId), sql`${market_items.stock} > 0`))
    .returning({ id: market_items.id });
  return rows.length > 0;
}

export function returnToStock(tx: DbOrTx, itemId: string) {
  return tx
    .update(market_items)
    .set({ stock: sql`${market_items.stock} + 1` })
    .where(and(eq(market_items.id, itemId), isNotNull(market_items.stock)));
}

// ── What the user holds ───────────────────────────────────────────────────────

/** Units held unused per item id (purchased, worn or not), for a composed read. */
export const heldFact: Fact<Map<string, number>, unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_array(h.item_id, h.n)`)} from (
         select ${user_purchases.item_id} as item_id, count(*)::int as n from ${user_purchases}
         where ${user_purchases.user_id} = ${param.user} and ${user_purchases.status} = 'purchased'
           and ${user_purchases.item_id} is not null
         group by ${user_purchases.item_id}) h)`,
  (value) => new Map(value as [string, number][]),
);

/** The avatar cosmetics worn: slot → item key, for a composed read. */
export const wornFact: Fact<Map<string, string>, unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_array(i.effect ->> 'slot', i.key)`)}
       from ${user_purchases} p inner join ${market_items} i on i.id = p.item_id
       where p.user_id = ${param.user} and p.status = 'purchased' and p.equipped_at is not null)`,
  (value) => new Map(value as [string, string][]),
);

/** The categories of the user's purchases, newest first, with the latest item's name in each. */
export const boughtFact: Fact<{ category: string; name: string }[], unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_object('category', b.category, 'name', b.name) order by b.at desc`)} from (
         select distinct on (i.category) i.category, i.name, p.created_at as at
         from ${user_purchases} p inner join ${market_items} i on i.id = p.item_id
         where p.user_id = ${param.user} and p.status <> 'refunded'
         order by i.category, p.created_at desc) b)`,
  (value) => value as { category: string; name: string }[],
);

const heldColumns = {
  purchase: user_purchases,
  item: market_items,
  reward: { title: personal_rewards.title, icon: personal_rewards.icon },
};

function heldRows(db: DbOrTx) {
  return db
    .select(heldColumns)
    .from(user_purchases)
    .leftJoin(market_items, eq(market_items.id, user_purchases.item_id))
    .leftJoin(personal_rewards, eq(personal_rewards.id, user_purchases.personal_reward_id));
}

/** One of the user's purchases with what was bought; `lock` holds the purchase row until commit. */
export async function findPurchase(db: DbOrTx, userId: string, id: string, lock = false): Promise<HeldRow | null> {
  const query = heldRows(db).where(and(eq(user_purchases.user_id, userId), eq(user_purchases.id, id)));
  const [row] = lock ? await query.for('update', { of: user_purchases }) : await query;
  return (row as HeldRow | undefined) ?? null;
}

/** Who owns a purchase, whoever they are (an administrator's refund acts as them); null when there is none. */
export async function purchaseOwner(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ user_id: user_purchases.user_id })
    .from(user_purchases)
    .where(eq(user_purchases.id, id));
  return row?.user_id ?? null;
}

/**
 * The where clause of a purchase state (common/rules/market.ts `purchaseState`) at `now`; a
 * theme is worn when it is the `theme` setting.
 */
function stateIs(state: PurchaseState, now: Date, theme: string): SQL {
  const p = user_purchases;
  const worn = sql`(${p.equipped_at} is not null
    or coalesce(${market_items.category} = 'theme' and ${market_items.key} = ${theme}, false))`;
  switch (state) {
    case 'active':
      return sql`${p.status} = 'purchased' and not ${worn}`;
    case 'equipped':
      return sql`${p.status} = 'purchased' and ${worn}`;
    case 'redeemed':
      return sql`${p.status} = 'redeemed' and (${p.expires_at} is null or ${p.expires_at} > ${now})`;
    case 'expired':
      return sql`(${p.status} = 'expired' or (${p.status} = 'redeemed' and ${p.expires_at} <= ${now}))`;
    default:
      return sql`${p.status} = ${state}`;
  }
}

/** The user's purchases, newest first, a page at a time. */
export async function listPurchases(
  db: DbOrTx,
  userId: string,
  opts: { state?: PurchaseState; theme: string; now: Date; after?: Key; limit: number },
): Promise<HeldRow[]> {
  const rows = await heldRows(db)
    .where(
      and(
        eq(user_purchases.user_id, userId),
        opts.state ? stateIs(opts.state, opts.now, opts.theme) : undefined,
        opts.after
          ? afterKey([user_purchases.created_at, user_purchases.id], [opts.after.created_at, opts.after.id], 'desc')
          : undefined,
      ),
    )
    .orderBy(desc(user_purchases.created_at), desc(user_purchases.id))
    .limit(opts.limit + 1);
  return rows as HeldRow[];
}

/** The purchase made earlier with an `Idempotency-Key`, if any. */
export async function purchaseByRequestKey(
  db: DbOrTx,
  userId: string,
  key: string,
): Promise<Pick<PurchaseRow, 'request_hash' | 'receipt'> | null> {
  const [row] = await db
    .select({ request_hash: user_purchases.request_hash, receipt: user_purchases.receipt })
    .from(user_purchases)
    .where(and(eq(user_purchases.user_id, userId), eq(user_purchases.idempotency_key, key)));
  return row ?? null;
}

export function insertPurchase(tx: DbOrTx, row: NewPurchaseRow) {
  return tx.insert(user_purchases).values(row);
}

/** Whether the user holds an unused unit of an item. */
export async function holds(db: DbOrTx, userId: string, itemId: string): Promise<boolean> {
  const rows = await db
    .select({ id: user_purchases.id })
    .from(user_purchases)
    .where(
      and(
        eq(user_purchases.user_id, userId),
        eq(user_purchases.item_id, itemId),
        eq(user_purchases.status, 'purchased'),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** The update of a purchase the caller has locked. */
export function updateHeld(tx: DbOrTx, id: string, set: Partial<NewPurchaseRow>) {
  return tx.update(user_purchases).set(set).where(eq(user_purchases.id, id));
}

/** Moves a purchase out of `from` (another request may have moved it first): the row, or null. */
export async function updatePurchase(
  tx: DbOrTx,
  userId: string,
  id: string,
  from: string,
  set: Partial<NewPurchaseRow>,
): Promise<PurchaseRow | null> {
  const [row] = await tx
    .update(user_purchases)
    .set(set)
    .where(and(eq(user_purchases.user_id, userId), eq(user_purchases.id, id), eq(user_purchases.status, from)))
    .returning();
  return row ?? null;
}

/**
 * Locks the user's purchases of the items worn in one slot (and so orders two equips of that
 * slot), and returns the ids of those worn now.
 */
export async function lockSlot(tx: DbOrTx, userId: string, slot: string): Promise<string[]> {
  const rows = await tx
    .select({ id: user_purchases.id, equipped_at: user_purchases.equipped_at })
    .from(user_purchases)
    .innerJoin(market_items, eq(market_items.id, user_purchases.item_id))
    .where(and(eq(user_purchases.user_id, userId), sql`${market_items.effect} ->> 'slot' = ${slot}`))
    .for('update', { of: user_purchases });
  return rows.filter((r) => r.equipped_at !== null).map((r) => r.id);
}

export async function setWorn(tx: DbOrTx, userId: string, ids: string[], at: Date | null): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(user_purchases)
    .set({ equipped_at: at })
    .where(and(eq(user_purchases.user_id, userId), sql`${user_purchases.id} = any(${`{${ids.join(',')}}`}::uuid[])`));
}

// ── Personal rewards ──────────────────────────────────────────────────────────

/** The user's personal rewards (not archived) with how many were bought since `day_start`. */
export const personalRewardsFact: Fact<(RewardRow & { bought_today: number })[], unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_object('row', row_to_json(r), 'today', (
           select count(*)::int from ${user_purchases} p
           where p.personal_reward_id = r.id and p.created_at >= ${sql.placeholder('day_start')}::timestamptz))
         order by r.sort_order, r.created_at, r.id`)}
       from ${personal_rewards} r where r.user_id = ${param.user} and r.archived_at is null)`,
  (value) =>
    (value as { row: unknown; today: number }[]).map(({ row, today }) => ({
      ...rowFromJson(personal_rewards, row),
      bought_today: today,
    })),
);

export async function findReward(db: DbOrTx, userId: string, id: string): Promise<RewardRow | null> {
  const [row] = await db
    .select()
    .from(personal_rewards)
    .where(
      and(eq(personal_rewards.user_id, userId), eq(personal_rewards.id, id), isNull(personal_rewards.archived_at)),
    );
  return row ?? null;
}

export async function countRewards(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(personal_rewards)
    .where(and(eq(personal_rewards.user_id, userId), isNull(personal_rewards.archived_at)));
  return row?.n ?? 0;
}

/** Purchases of a personal reward since an instant (its daily limit). */
export async function boughtSince(db: DbOrTx, rewardId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(user_purchases)
    .where(and(eq(user_purchases.personal_reward_id, rewardId), gte(user_purchases.created_at, since)));
  return row?.n ?? 0;
}

export async function insertReward(db: DbOrTx, row: typeof personal_rewards.$inferInsert): Promise<RewardRow> {
  const [created] = await db.insert(personal_rewards).values(row).returning();
  if (!created) throw new Error('personal reward insert returned nothing');
  return created;
}

export async function updateReward(
  db: DbOrTx,
  userId: string,
  id: string,
  set: Partial<typeof personal_rewards.$inferInsert>,
): Promise<RewardRow | null> {
  const [row] = await db
    .update(personal_rewards)
    .set(set)
    .where(and(eq(personal_rewards.user_id, userId), eq(personal_rewards.id, id), isNull(personal_rewards.archived_at)))
    .returning();
  return row ?? null;
}

/** Deletes a reward never bought; one bought before is archived, so its history stays. */
export async function removeReward(db: DbOrTx, userId: string, id: string, at: Date): Promise<boolean> {
  const owned = and(
    eq(personal_rewards.user_id, userId),
    eq(personal_rewards.id, id),
    isNull(personal_rewards.archived_at),
  );
  const bought = sql`exists (select 1 from ${user_purchases} p where p.personal_reward_id = ${personal_rewards.id})`;
  const archived = await db
    .update(personal_rewards)
    .set({ archived_at: at })
    .where(and(owned, bought))
    .returning({ id: personal_rewards.id });
  if (archived.length > 0) return true;
  const deleted = await db.delete(personal_rewards).where(owned).returning({ id: personal_rewards.id });
  return deleted.length > 0;
}

export function countRedemption(tx: DbOrTx, id: string, at: Date) {
  return tx
    .update(personal_rewards)
    .set({ times_redeemed: sql`${personal_rewards.times_redeemed} + 1`, last_redeemed_at: at })
    .where(eq(personal_rewards.id, id));
}

// ── History ───────────────────────────────────────────────────────────────────

export function insertTransaction(tx: DbOrTx, row: NewTransactionRow) {
  return tx.insert(market_transactions).values(row);
}

export async function listTransactions(db: DbOrTx, userId: string, after: Key | undefined, limit: number) {
  return db
    .select()
    .from(market_transactions)
    .where(
      and(
        eq(market_transactions.user_id, userId),
        after
          ? afterKey([market_transactions.created_at, market_transactions.id], [after.created_at, after.id], 'desc')
          : undefined,
      ),
    )
    .orderBy(desc(market_transactions.created_at), desc(market_transactions.id))
    .limit(limit + 1);
}

// ── Granted rewards ───────────────────────────────────────────────────────────

/** Grants an item once per source (the unique source key makes a repeat a no-op). */
export async function grant(db: DbOrTx, row: typeof user_rewards.$inferInsert): Promise<boolean> {
  const rows = await db.insert(user_rewards).values(row).onConflictDoNothing().returning({ id: user_rewards.id });
  return rows.length > 0;
}

const grantColumns = { reward: user_rewards, item: market_items };

/** Granted rewards not yet claimed, oldest first, for a composed read. */
export const unclaimedFact: Fact<GrantRow[], unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_object('reward', row_to_json(g), 'item', row_to_json(i)) order by g.created_at, g.id`)}
       from ${user_rewards} g left join ${market_items} i on i.id = g.item_id
       where g.user_id = ${param.user} and g.claimed_at is null)`,
  (value) =>
    (value as { reward: unknown; item: unknown }[]).map(({ reward, item }) => ({
      reward: rowFromJson(user_rewards, reward),
      item: item ? rowFromJson(market_items, item) : null,
    })),
);

export async function listGrants(
  db: DbOrTx,
  userId: string,
  after: Key | undefined,
  limit: number,
): Promise<GrantRow[]> {
  return db
    .select(grantColumns)
    .from(user_rewards)
    .leftJoin(market_items, eq(market_items.id, user_rewards.item_id))
    .where(
      and(
        eq(user_rewards.user_id, userId),
        after ? afterKey([user_rewards.created_at, user_rewards.id], [after.created_at, after.id], 'desc') : undefined,
      ),
    )
    .orderBy(desc(user_rewards.created_at), desc(user_rewards.id))
    .limit(limit + 1);
}

export async function findGrant(db: DbOrTx, userId: string, id: string): Promise<GrantRow | null> {
  const [row] = await db
    .select(grantColumns)
    .from(user_rewards)
    .leftJoin(market_items, eq(market_items.id, user_rewards.item_id))
    .where(and(eq(user_rewards.user_id, userId), eq(user_rewards.id, id)));
  return row ?? null;
}

/** Marks a granted reward claimed unless it already was: the row, or null. */
export async function claimGrant(
  tx: DbOrTx,
  userId: string,
  id: string,
  at: Date,
  purchaseId: string | null,
): Promise<UserRewardRow | null> {
  const [row] = await tx
    .update(user_rewards)
    .set({ claimed_at: at, purchase_id: purchaseId })
    .where(and(eq(user_rewards.user_id, userId), eq(user_rewards.id, id), isNull(user_rewards.claimed_at)))
    .returning();
  return row ?? null;
}

// ── Recommendations ───────────────────────────────────────────────────────────

export interface StoredRecommendation {
  item_id: string;
  reason: string;
  score: number;
  computed_at: Date;
}

/** The recommendations kept for the user, best first, for a composed read. */
export const recommendationsFact: Fact<StoredRecommendation[], unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_object('item_id', r.item_id, 'reason', r.reason, 'score', r.score,
         'computed_at', r.computed_at) order by r.score desc, r.id`)}
       from ${market_recommendations} r where r.user_id = ${param.user})`,
  (value) =>
    (value as (Omit<StoredRecommendation, 'computed_at'> & { computed_at: string })[]).map((r) => ({
      ...r,
      computed_at: new Date(r.computed_at),
    })),
);

/** Drops the user's recommendations, so the next read computes them again (an item came without coins). */
export function forgetRecommendations(tx: DbOrTx, userId: string) {
  return tx.delete(market_recommendations).where(eq(market_recommendations.user_id, userId));
}

/** Replaces the user's recommendations, computed now (by the database's clock, as the wallet's). */
export async function replaceRecommendations(
  tx: DbOrTx,
  userId: string,
  rows: { item_id: string; reason: string; score: number }[],
): Promise<void> {
  await forgetRecommendations(tx, userId);
  if (rows.length > 0) {
    await tx
      .insert(market_recommendations)
      .values(rows.map((r) => ({ ...r, user_id: userId, computed_at: sql`now()` })));
  }
}
