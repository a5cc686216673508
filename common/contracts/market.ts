import { z } from 'zod';
import { marketCategories, marketRarities, marketTransactionTypes, userRewardSources } from '../enums';
import { pageQuery, timestamp } from './base';
import { activeBoost } from './gamification';
import { longText, text } from './text';

/** The reward market (`/api/market`, SPEC §6 Market; its rules in docs/RULES.md "Market"). */

export const marketCategory = z.enum(marketCategories);
export type MarketCategory = z.output<typeof marketCategory>;

/** Where an equipped cosmetic shows: the app's theme, or a part of the avatar. */
export const equipSlots = ['theme', 'frame', 'badge', 'background'] as const;
export const equipSlot = z.enum(equipSlots);
export type EquipSlot = z.output<typeof equipSlot>;

/** Why an item cannot be bought now: the 409 code a purchase would answer. */
export const purchaseRefusals = [
  'insufficient_coins',
  'out_of_stock',
  'level_required',
  'not_available',
  'limit_reached',
] as const;
export const purchaseRefusal = z.enum(purchaseRefusals);
export type PurchaseRefusal = z.output<typeof purchaseRefusal>;

export const marketItem = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  description: z.string(),
  category: marketCategory,
  rarity: z.enum(marketRarities),
  icon: z.string(),
  cost_coins: z.number().int(),
  /** Units left for everyone; null when unlimited. */
  stock: z.number().int().nullable(),
  available_from: timestamp.nullable(),
  available_until: timestamp.nullable(),
  level_required: z.number().int(),
  is_consumable: z.boolean(),
  is_featured: z.boolean(),
  /** What owning or redeeming it does (common/catalogue.ts `marketItemEffect`). */
  effect: z.record(z.string(), z.unknown()),
  /** Units the user holds unused (a shield, a boost not redeemed, a cosmetic). */
  owned: z.number().int(),
  can_afford: z.boolean(),
  /** Why the user cannot buy it now, or null when they can. */
  refusal: purchaseRefusal.nullable(),
});
export type MarketItem = z.output<typeof marketItem>;

export const itemsQuery = z.object({ category: marketCategory.optional() });
export const itemKeyParams = z.object({ key: z.string().regex(/^[a-z0-9_]{1,64}$/) });

// ── Personal rewards ──────────────────────────────────────────────────────────

export const REWARD_TITLE_MAX = 200;
export const REWARD_COST_MAX = 1_000_000;
export const REWARD_DAILY_LIMIT_MAX = 100;
/** At most this many personal rewards a user keeps (archived ones aside). */
export const PERSONAL_REWARDS_MAX = 100;

export const personalReward = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  icon: z.string().nullable(),
  cost_coins: z.number().int(),
  daily_limit: z.number().int().nullable(),
  /** Purchases of it in the user's current day. */
  bought_today: z.number().int(),
  times_redeemed: z.number().int(),
  last_redeemed_at: timestamp.nullable(),
  can_afford: z.boolean(),
  refusal: purchaseRefusal.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type PersonalReward = z.output<typeof personalReward>;

const iconName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'Use an icon name such as gift or gamepad-2');

export const createRewardBody = z.strictObject({
  title: text(REWARD_TITLE_MAX).min(1),
  description: longText(2000).nullable().optional(),
  icon: iconName.nullable().optional(),
  cost_coins: z.number().int().min(1).max(REWARD_COST_MAX),
  daily_limit: z.number().int().min(1).max(REWARD_DAILY_LIMIT_MAX).nullable().optional(),
});
export const updateRewardBody = createRewardBody
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'Change at least one field');

// ── Purchases and inventory ───────────────────────────────────────────────────

/**
 * Where a purchase stands: `active` held and usable (a boost not yet redeemed, a shield, a
 * cosmetic not worn, a personal reward not yet enjoyed); `equipped`; `redeemed` (a boost running,
 * a personal reward enjoyed); `expired` (a boost whose time ran out); `consumed` (a shield used);
 * `refunded`.
 */
export const purchaseStates = ['active', 'equipped', 'redeemed', 'expired', 'consumed', 'refunded'] as const;
export const purchaseState = z.enum(purchaseStates);
export type PurchaseState = z.output<typeof purchaseState>;

export const purchase = z.object({
  id: z.uuid(),
  /** The catalogue item bought, or null for a personal reward. */
  item: marketItem.pick({ key: true, name: true, category: true, rarity: true, icon: true, effect: true }).nullable(),
  /** The personal reward bought, or null for a catalogue item (also once the reward is deleted). */
  personal_reward_id: z.uuid().nullable(),
  title: z.string(),
  icon: z.string().nullable(),
  cost_coins: z.number().int(),
  state: purchaseState,
  /** What the user can do with it now. */
  can_redeem: z.boolean(),
  can_equip: z.boolean(),
  equipped_at: timestamp.nullable(),
  redeemed_at: timestamp.nullable(),
  expires_at: timestamp.nullable(),
  consumed_at: timestamp.nullable(),
  refunded_at: timestamp.nullable(),
  created_at: timestamp,
});
export type Purchase = z.output<typeof purchase>;

/** One unit of a catalogue item (by key) or of one of the user's personal rewards. */
export const purchaseBody = z.union([
  z.strictObject({ item_key: itemKeyParams.shape.key }),
  z.strictObject({ reward_id: z.uuid() }),
]);
export type PurchaseBody = z.output<typeof purchaseBody>;

/** An optional key that makes a retried purchase answer the first one instead of buying again. */
export const purchaseHeaders = z.object({
  'idempotency-key': text(200, { trim: false }).min(1).optional(),
});

export const purchaseResult = z.object({ purchase, balance: z.number().int() });
export type PurchaseResult = z.output<typeof purchaseResult>;

export const purchasesQuery = pageQuery.extend({ state: purchaseState.optional() });

/** Equip a cosmetic (`equipped: true`, the default) or take it off, back to the default. */
export const equipBody = z.strictObject({ equipped: z.boolean().default(true) });

/** What the user wears: an item key per slot, or null for the default. */
export const equipped = z.object({
  theme: z.string().nullable(),
  frame: z.string().nullable(),
  badge: z.string().nullable(),
  background: z.string().nullable(),
});
export type Equipped = z.output<typeof equipped>;

// ── Wallet and history ────────────────────────────────────────────────────────

export const marketTransaction = z.object({
  id: z.uuid(),
  type: z.enum(marketTransactionTypes),
  /** Negative for a purchase, positive for a refund, zero otherwise. */
  coins: z.number().int(),
  description: z.string(),
  purchase_id: z.uuid().nullable(),
  created_at: timestamp,
});
export type MarketTransaction = z.output<typeof marketTransaction>;

export const walletTotals = z.object({
  balance: z.number().int(),
  total_earned: z.number().int(),
  total_spent: z.number().int(),
});
export type WalletTotals = z.output<typeof walletTotals>;

/** The wallet and a page of its market history (newest first). */
export const walletPage = z.object({
  data: walletTotals.extend({ transactions: z.array(marketTransaction) }),
  page: z.object({ limit: z.number().int(), next_cursor: z.string().nullable() }),
});

// ── Granted rewards and recommendations ───────────────────────────────────────

export const userReward = z.object({
  id: z.uuid(),
  source_type: z.enum(userRewardSources),
  /** The level reached or the achievement key that granted it. */
  source_key: z.string(),
  title: z.string(),
  item: marketItem.pick({ key: true, name: true, category: true, icon: true }).nullable(),
  claimed_at: timestamp.nullable(),
  /** The inventory entry the claim made. */
  purchase_id: z.uuid().nullable(),
  created_at: timestamp,
});
export type UserReward = z.output<typeof userReward>;

export const recommendation = z.object({
  item: marketItem,
  /** Why it is suggested, as shown ("20 coins away"). */
  reason: z.string(),
  score: z.number(),
});
export type Recommendation = z.output<typeof recommendation>;

/** The Market page in one call. */
export const marketPage = z.object({
  wallet: walletTotals,
  level: z.number().int(),
  active_boost: activeBoost.nullable(),
  equipped,
  featured: z.array(marketItem),
  categories: z.array(z.object({ category: marketCategory, items: z.array(marketItem) })),
  recommendations: z.array(recommendation),
  rewards: z.array(personalReward),
  /** Granted rewards waiting to be claimed. */
  unclaimed: z.array(userReward),
});
export type MarketPage = z.output<typeof marketPage>;
