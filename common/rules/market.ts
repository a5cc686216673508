import type { MarketCategory, PurchaseRefusal, PurchaseState } from '../contracts/market';

/** The market's rules (SPEC §6 Market; docs/RULES.md "Market"). Pure: the service gathers the facts. */

/** Items granted on reaching a level, claimed from the market: level → item key. */
export const LEVEL_GRANTS: Readonly<Record<number, string>> = {
  5: 'theme_ocean',
  10: 'streak_shield',
  15: 'avatar_frame_bronze',
  20: 'xp_boost_24h',
  30: 'theme_midnight',
};

/** The levels in (from, to] that grant an item, lowest first. */
export const levelGrantsBetween = (from: number, to: number): [number, string][] =>
  Object.entries(LEVEL_GRANTS)
    .map(([level, key]) => [Number(level), key] as [number, string])
    .filter(([level]) => level > from && level <= to)
    .sort((a, b) => a[0] - b[0]);

export interface SaleTerms {
  cost_coins: number;
  stock: number | null;
  is_active: boolean;
  available_from: Date | null;
  available_until: Date | null;
  level_required: number;
}

/**
 * Why the user cannot buy one unit now, checked in this order (the order a purchase checks
 * them, so the page and the 409 agree), or null when they can.
 */
export function itemRefusal(
  item: SaleTerms,
  at: { level: number; balance: number; now: Date },
): PurchaseRefusal | null {
  const now = at.now.getTime();
  if (
    !item.is_active ||
    (item.available_from && now < item.available_from.getTime()) ||
    (item.available_until && now >= item.available_until.getTime())
  ) {
    return 'not_available';
  }
  if (at.level < item.level_required) return 'level_required';
  if (item.stock !== null && item.stock <= 0) return 'out_of_stock';
  if (at.balance < item.cost_coins) return 'insufficient_coins';
  return null;
}

/** As `itemRefusal`, for one of the user's personal rewards. */
export function rewardRefusal(
  reward: { cost_coins: number; daily_limit: number | null },
  at: { balance: number; boughtToday: number },
): PurchaseRefusal | null {
  if (reward.daily_limit !== null && at.boughtToday >= reward.daily_limit) return 'limit_reached';
  if (at.balance < reward.cost_coins) return 'insufficient_coins';
  return null;
}

export const refusalMessages: Record<PurchaseRefusal, string> = {
  insufficient_coins: 'You do not have enough coins for that.',
  out_of_stock: 'That item is sold out.',
  level_required: 'You need a higher level to buy that.',
  not_available: 'That item is not on sale now.',
  limit_reached: 'You have bought that as many times today as its daily limit allows.',
};

export interface PurchaseFacts {
  status: string;
  category: MarketCategory | null;
  equipped_at: Date | null;
  expires_at: Date | null;
}

/** Where a purchase stands now (contracts/market.ts `purchaseStates`): a boost past its expiry reads as expired. */
export function purchaseState(p: PurchaseFacts, now: Date): PurchaseState {
  switch (p.status) {
    case 'refunded':
    case 'consumed':
    case 'expired':
      return p.status;
    case 'redeemed':
      return p.expires_at && p.expires_at.getTime() <= now.getTime() ? 'expired' : 'redeemed';
    default:
      return p.equipped_at ? 'equipped' : 'active';
  }
}

/** Only boosts and personal rewards are redeemed; a shield is used by the game layer. */
export const isRedeemable = (category: MarketCategory | null) => category === null || category === 'boost';
export const isWearable = (category: MarketCategory | null) => category === 'theme' || category === 'cosmetic';

// ── Recommendations ───────────────────────────────────────────────────────────

export interface RecommendationFacts {
  balance: number;
  level: number;
  now: Date;
  daily_streak: number;
  shields_held: number;
  /** Categories of items bought before, newest first, with the name of the latest. */
  bought: { category: MarketCategory; name: string }[];
}

export interface Candidate extends SaleTerms {
  key: string;
  name: string;
  category: MarketCategory;
  is_consumable: boolean;
  /** Units held and unused; a wearable item held is not suggested again. */
  owned: number;
}

export interface Suggestion {
  key: string;
  reason: string;
  score: number;
}

/** A streak this long with no shield held suggests one. */
export const SHIELD_STREAK_DAYS = 7;
/** "Almost affordable": at most this share of the price, or this many coins, away. */
const NEAR_SHARE = 0.25;
const NEAR_COINS = 50;
export const MAX_RECOMMENDATIONS = 6;

/**
 * Items the user can almost afford, items like those bought before, and a shield for a long
 * unshielded streak; the best reason per item, highest score first.
 */
export function recommend(items: Candidate[], facts: RecommendationFacts): Suggestion[] {
  const best = new Map<string, Suggestion>();
  const offer = (s: Suggestion) => {
    const had = best.get(s.key);
    if (!had || s.score > had.score) best.set(s.key, s);
  };
  const latestByCategory = new Map<MarketCategory, string>();
  for (const b of facts.bought) if (!latestByCategory.has(b.category)) latestByCategory.set(b.category, b.name);

  for (const item of items) {
    if (!item.is_consumable && item.owned > 0) continue;
    const refusal = itemRefusal(item, facts);
    if (refusal === 'insufficient_coins') {
      const gap = item.cost_coins - facts.balance;
      if (gap <= Math.max(NEAR_COINS, item.cost_coins * NEAR_SHARE)) {
        offer({
          key: item.key,
          reason: `${gap} ${gap === 1 ? 'coin' : 'coins'} away`,
          score: 0.5 + 0.4 * (1 - gap / item.cost_coins),
        });
      }
      continue;
    }
    if (refusal) continue;
    const liked = latestByCategory.get(item.category);
    if (liked && liked !== item.name) offer({ key: item.key, reason: `Like ${liked}, which you bought`, score: 0.6 });
    if (item.category === 'streak_shield' && facts.shields_held === 0 && facts.daily_streak >= SHIELD_STREAK_DAYS) {
      offer({ key: item.key, reason: `Protects your ${facts.daily_streak}-day streak`, score: 0.95 });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, MAX_RECOMMENDATIONS)
    .map((s) => ({ ...s, score: Math.round(s.score * 1000) / 1000 }));
}
