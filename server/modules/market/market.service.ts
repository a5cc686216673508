import { z } from 'zod';
import type { PageQuery } from '#common/contracts/base';
import type {
  createRewardBody,
  Equipped,
  MarketCategory,
  MarketItem,
  MarketPage,
  MarketTransaction,
  PersonalReward,
  Purchase,
  purchasesQuery,
  Recommendation,
  UserReward,
  updateRewardBody,
} from '#common/contracts/market';
import { PERSONAL_REWARDS_MAX } from '#common/contracts/market';
import { isRedeemable, isWearable, itemRefusal, purchaseState, recommend, rewardRefusal } from '#common/rules/market';
import { dayStart } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound } from '../../platform/errors';
import { type FactValues, paramsOf, readFacts } from '../../platform/facts';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { type GameScope, gameScope, summaryFact, walletChangedAtFact } from '../gamification';
import { readSetting, settingFact } from '../settings';
import * as repo from './market.repo';

// ── Views ─────────────────────────────────────────────────────────────────────

export interface Standing {
  level: number;
  balance: number;
  now: Date;
}

/** What a purchase or a granted reward says of its item. */
const itemBrief = (row: repo.ItemRow) => ({
  key: row.key,
  name: row.name,
  category: row.category as MarketCategory,
  rarity: row.rarity as MarketItem['rarity'],
  icon: row.icon,
  effect: row.effect,
});

export function itemView(row: repo.ItemRow, held: Map<string, number>, at: Standing): MarketItem {
  return {
    ...itemBrief(row),
    id: row.id,
    description: row.description,
    cost_coins: row.cost_coins,
    stock: row.stock,
    available_from: row.available_from,
    available_until: row.available_until,
    level_required: row.level_required,
    is_consumable: row.is_consumable,
    is_featured: row.is_featured,
    effect: row.effect,
    owned: held.get(row.id) ?? 0,
    can_afford: at.balance >= row.cost_coins,
    refusal: itemRefusal(row, at),
  };
}

export function rewardView(row: repo.RewardRow & { bought_today: number }, balance: number): PersonalReward {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    icon: row.icon,
    cost_coins: row.cost_coins,
    daily_limit: row.daily_limit,
    bought_today: row.bought_today,
    times_redeemed: row.times_redeemed,
    last_redeemed_at: row.last_redeemed_at,
    can_afford: balance >= row.cost_coins,
    refusal: rewardRefusal(row, { balance, boughtToday: row.bought_today }),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** A purchase as the inventory shows it; `theme` is the theme setting (what is worn as the app's theme). */
export function purchaseView({ purchase: p, item, reward }: repo.HeldRow, now: Date, theme: string): Purchase {
  const category = (item?.category ?? null) as MarketCategory | null;
  const themeWorn = category === 'theme' && p.status === 'purchased' && item?.key === theme;
  const state = purchaseState(
    { status: p.status, category, equipped_at: themeWorn ? now : p.equipped_at, expires_at: p.expires_at },
    now,
  );
  return {
    id: p.id,
    item: item ? itemBrief(item) : null,
    personal_reward_id: p.personal_reward_id,
    title: item?.name ?? reward?.title ?? 'A deleted reward',
    icon: item?.icon ?? reward?.icon ?? null,
    cost_coins: p.cost_coins,
    state,
    can_redeem: state === 'active' && isRedeemable(category),
    can_equip: (state === 'active' || state === 'equipped') && isWearable(category),
    equipped_at: themeWorn ? null : p.equipped_at,
    redeemed_at: p.redeemed_at,
    expires_at: p.expires_at,
    consumed_at: p.consumed_at,
    refunded_at: p.refunded_at,
    created_at: p.created_at,
  };
}

export function grantView({ reward: g, item }: repo.GrantRow): UserReward {
  return {
    id: g.id,
    source_type: g.source_type as UserReward['source_type'],
    source_key: g.source_key,
    title: g.title,
    item: item ? itemBrief(item) : null,
    claimed_at: g.claimed_at,
    purchase_id: g.purchase_id,
    created_at: g.created_at,
  };
}

const transactionView = (row: repo.TransactionRow): MarketTransaction => ({
  id: row.id,
  type: row.type as MarketTransaction['type'],
  coins: row.coins,
  description: row.description,
  purchase_id: row.purchase_id,
  created_at: row.created_at,
});

// ── The page in one read ──────────────────────────────────────────────────────

const pageFacts = {
  summary: summaryFact,
  theme: settingFact('theme'),
  items: repo.itemsFact,
  held: repo.heldFact,
  worn: repo.wornFact,
  bought: repo.boughtFact,
  rewards: repo.personalRewardsFact,
  unclaimed: repo.unclaimedFact,
  recommendations: repo.recommendationsFact,
  walletChangedAt: walletChangedAtFact,
};
type PageFacts = FactValues<typeof pageFacts>;

/** Everything the market shows, in one statement. */
async function readPage(ctx: Ctx): Promise<{ facts: PageFacts; scope: GameScope; at: Standing }> {
  const scope = await gameScope(ctx);
  const params = {
    ...paramsOf(scope),
    day_start: dayStart(scope.day, scope.timezone, scope.day_start_hour).toISOString(),
  };
  const facts = await readFacts(ctx.database.db, pageFacts, params, scope);
  return { facts, scope, at: { level: facts.summary.level, balance: facts.summary.coins, now: scope.now } };
}

export function equippedOf(theme: string, worn: Map<string, string>): Equipped {
  return {
    theme: theme.startsWith('theme_') ? theme : null,
    frame: worn.get('frame') ?? null,
    badge: worn.get('badge') ?? null,
    background: worn.get('background') ?? null,
  };
}

/**
 * The recommendations kept, or, when the wallet changed since they were computed (or none are
 * kept), computed again from the page's facts and kept. Advisory: a failed write is not an error.
 */
async function recommendations(ctx: Ctx, facts: PageFacts, at: Standing): Promise<Recommendation[]> {
  const items = new Map(facts.items.map((i) => [i.id, i]));
  const stored = facts.recommendations;
  const computedAt = stored[0]?.computed_at;
  const fresh = computedAt && (!facts.walletChangedAt || facts.walletChangedAt <= computedAt);
  let chosen = stored;
  if (!fresh) {
    const suggestions = recommend(
      facts.items.map((i) => ({ ...i, category: i.category as MarketCategory, owned: facts.held.get(i.id) ?? 0 })),
      {
        ...at,
        daily_streak: facts.summary.daily_streak,
        shields_held: facts.summary.streak_shields,
        bought: facts.bought as { category: MarketCategory; name: string }[],
      },
    );
    const byKey = new Map(facts.items.map((i) => [i.key, i.id]));
    chosen = suggestions.map((s) => ({
      item_id: byKey.get(s.key) as string,
      reason: s.reason,
      score: s.score,
      computed_at: at.now,
    }));
    if (chosen.length > 0 || stored.length > 0) {
      await ctx.database.db
        .transaction((tx) => repo.replaceRecommendations(tx, ctx.userId, chosen))
        .catch(() => undefined);
    }
  }
  return chosen.flatMap((r) => {
    const item = items.get(r.item_id);
    return item ? [{ item: itemView(item, facts.held, at), reason: r.reason, score: r.score }] : [];
  });
}

export async function getPage(ctx: Ctx): Promise<MarketPage> {
  const { facts, at } = await readPage(ctx);
  const items = facts.items.map((i) => itemView(i, facts.held, at));
  const categories = [...new Set(items.map((i) => i.category))].map((category) => ({
    category,
    items: items.filter((i) => i.category === category),
  }));
  return {
    wallet: {
      balance: facts.summary.coins,
      total_earned: facts.summary.total_earned,
      total_spent: facts.summary.total_spent,
    },
    level: facts.summary.level,
    active_boost: facts.summary.active_boost,
    equipped: equippedOf(facts.theme, facts.worn),
    featured: items.filter((i) => i.is_featured),
    categories,
    recommendations: await recommendations(ctx, facts, at),
    rewards: facts.rewards.map((r) => rewardView(r, at.balance)),
    unclaimed: facts.unclaimed.map(grantView),
  };
}

export async function getRecommendations(ctx: Ctx): Promise<Recommendation[]> {
  const { facts, at } = await readPage(ctx);
  return recommendations(ctx, facts, at);
}

// ── Catalogue ─────────────────────────────────────────────────────────────────

export async function listItems(ctx: Ctx, category?: MarketCategory): Promise<MarketItem[]> {
  const { facts, at } = await readPage(ctx);
  return facts.items.filter((i) => !category || i.category === category).map((i) => itemView(i, facts.held, at));
}

export async function getItem(ctx: Ctx, key: string): Promise<MarketItem> {
  const { facts, at } = await readPage(ctx);
  const item = facts.items.find((i) => i.key === key);
  if (!item) throw notFound('market item');
  return itemView(item, facts.held, at);
}

// ── Personal rewards ──────────────────────────────────────────────────────────

export async function listRewards(ctx: Ctx): Promise<PersonalReward[]> {
  const { facts, at } = await readPage(ctx);
  return facts.rewards.map((r) => rewardView(r, at.balance));
}

/** One reward as the page shows it, read back after a write. */
async function rewardOf(ctx: Ctx, id: string): Promise<PersonalReward> {
  const reward = (await listRewards(ctx)).find((r) => r.id === id);
  if (!reward) throw notFound('reward');
  return reward;
}

export async function createReward(ctx: Ctx, body: z.output<typeof createRewardBody>): Promise<PersonalReward> {
  const now = ctx.clock.now();
  const row = await ctx.database.db.transaction(async (tx) => {
    if ((await repo.countRewards(tx, ctx.userId)) >= PERSONAL_REWARDS_MAX) {
      throw conflict(`You can keep up to ${PERSONAL_REWARDS_MAX} personal rewards. Delete one to add another.`);
    }
    return repo.insertReward(tx, {
      user_id: ctx.userId,
      title: body.title,
      description: body.description ?? null,
      icon: body.icon ?? null,
      cost_coins: body.cost_coins,
      daily_limit: body.daily_limit ?? null,
      created_at: now,
      updated_at: now,
    });
  });
  return rewardOf(ctx, row.id);
}

export async function updateReward(
  ctx: Ctx,
  id: string,
  body: z.output<typeof updateRewardBody>,
): Promise<PersonalReward> {
  const row = await repo.updateReward(ctx.database.db, ctx.userId, id, { ...body, updated_at: ctx.clock.now() });
  if (!row) throw notFound('reward');
  return rewardOf(ctx, id);
}

export async function deleteReward(ctx: Ctx, id: string): Promise<void> {
  const removed = await ctx.database.db.transaction((tx) => repo.removeReward(tx, ctx.userId, id, ctx.clock.now()));
  if (!removed) throw notFound('reward');
}

// ── Inventory and history ─────────────────────────────────────────────────────

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);
const afterOf = (cursor: string | undefined) => {
  const key = decodeCursor(cursor, cursorShape);
  return key ? { created_at: new Date(key[0]), id: key[1] } : undefined;
};
const keyOf = (r: { created_at: Date; id: string }) => [r.created_at.toISOString(), r.id];

export async function listPurchases(ctx: Ctx, query: z.output<typeof purchasesQuery>): Promise<Page<Purchase>> {
  const now = ctx.clock.now();
  const db = ctx.database.db;
  const theme = await wornTheme(db, ctx.userId);
  const rows = await repo.listPurchases(db, ctx.userId, {
    state: query.state,
    theme,
    now,
    after: afterOf(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => keyOf(r.purchase));
  return { data: page.data.map((r) => purchaseView(r, now, theme)), page: page.page };
}

/** The theme setting: a purchased theme's key while one is worn. */
export const wornTheme = (db: DbOrTx, userId: string): Promise<string> => readSetting(db, userId, 'theme');

const walletFacts = { summary: summaryFact };

export async function getWallet(ctx: Ctx, query: PageQuery) {
  const scope = await gameScope(ctx);
  const [{ summary }, rows] = await Promise.all([
    readFacts(ctx.database.db, walletFacts, paramsOf(scope), scope),
    repo.listTransactions(ctx.database.db, ctx.userId, afterOf(query.cursor), query.limit),
  ]);
  const page = toPage(rows, query, keyOf);
  return {
    data: {
      balance: summary.coins,
      total_earned: summary.total_earned,
      total_spent: summary.total_spent,
      transactions: page.data.map(transactionView),
    },
    page: page.page,
  };
}

export async function listGrants(ctx: Ctx, query: PageQuery): Promise<Page<UserReward>> {
  const rows = await repo.listGrants(ctx.database.db, ctx.userId, afterOf(query.cursor), query.limit);
  const page = toPage(rows, query, (r) => keyOf(r.reward));
  return { data: page.data.map(grantView), page: page.page };
}
