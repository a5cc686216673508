import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  marketCategories,
  marketRarities,
  marketTransactionTypes,
  purchaseStatuses,
  userRewardSources,
} from '#common/enums';
import { adminEditedAt, createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyObject, oneOf, ownerId } from '../../db/table-helpers';
import { points_ledger } from '../gamification/gamification.tables';

/** The global, admin-managed catalogue. `stock` null means unlimited. */
export const market_items = pgTable(
  'market_items',
  {
    id: id(),
    key: text().notNull(),
    name: text().notNull(),
    description: text().notNull(),
    category: text().notNull(),
    rarity: text().notNull().default('common'),
    icon: text().notNull().default('gift'),
    cost_coins: integer().notNull(),
    stock: integer(),
    is_consumable: boolean().notNull().default(false),
    /** The level a user must have reached to buy it. */
    level_required: integer().notNull().default(1),
    /** When set, the item is on sale only from / until these instants. */
    available_from: ts(),
    available_until: ts(),
    /** Shown at the top of the market. */
    is_featured: boolean().notNull().default(false),
    /** What owning or redeeming it does: common/catalogue.ts `marketItemEffect`. */
    effect: jsonb().$type<Record<string, unknown>>().notNull().default(emptyObject),
    is_active: boolean().notNull().default(true),
    sort_order: integer().notNull().default(0),
    admin_edited_at: adminEditedAt(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('market_items_key').on(t.key),
    index('market_items_category_order_idx').on(t.category, t.sort_order, t.id),
    index('market_items_order_idx').on(t.sort_order, t.id),
    check('market_items_category_valid', oneOf(t.category, marketCategories)),
    check('market_items_rarity_valid', oneOf(t.rarity, marketRarities)),
    check('market_items_cost_non_negative', sql`${t.cost_coins} >= 0`),
    check('market_items_stock_non_negative', sql`${t.stock} >= 0`),
    check('market_items_level_required_range', sql`${t.level_required} between 1 and 1000`),
    check(
      'market_items_window_ordered',
      sql`${t.available_from} is null or ${t.available_until} is null or ${t.available_from} < ${t.available_until}`,
    ),
  ],
);

/**
 * Items and personal rewards a user bought or was granted: exactly one of `item_id` and
 * `personal_reward_id`. Many rows per item are allowed (consumables are bought again). A boost
 * is redeemed and runs until `expires_at`; a shield waits until consumed; cosmetics are
 * equipped; a personal reward is redeemed when enjoyed.
 */
export const user_purchases = pgTable(
  'user_purchases',
  {
    id: id(),
    user_id: ownerId(),
    /** No action on delete: an item that was sold is deactivated, not deleted. */
    item_id: uuid().references(() => market_items.id),
    /** No action on delete: a personal reward bought before is archived, not deleted. */
    personal_reward_id: uuid().references((): AnyPgColumn => personal_rewards.id),
    cost_coins: integer().notNull(),
    status: text().notNull().default('purchased'),
    equipped_at: ts(),
    redeemed_at: ts(),
    expires_at: ts(),
    consumed_at: ts(),
    refunded_at: ts(),
    /** The purchase request's `Idempotency-Key`, the hash of its body and the answer first sent. */
    idempotency_key: text(),
    request_hash: text(),
    receipt: jsonb().$type<Record<string, unknown>>(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('user_purchases_user_created_idx').on(t.user_id, t.created_at, t.id),
    uniqueIndex('user_purchases_user_idempotency_key')
      .on(t.user_id, t.idempotency_key)
      .where(sql`${t.idempotency_key} is not null`),
    // A personal reward's daily limit counts the day's purchases of it.
    index('user_purchases_reward_created_idx').on(t.personal_reward_id, t.created_at),
    // Inventory: what the user holds or has running (shields, boosts, cosmetics).
    index('user_purchases_user_held_idx').on(t.user_id, t.item_id).where(sql`${t.status} in ('purchased', 'redeemed')`),
    index('user_purchases_item_idx').on(t.item_id),
    check('user_purchases_status_valid', oneOf(t.status, purchaseStatuses)),
    check('user_purchases_cost_non_negative', sql`${t.cost_coins} >= 0`),
    check('user_purchases_redeemed_dated', sql`${t.status} <> 'redeemed' or ${t.redeemed_at} is not null`),
    check('user_purchases_consumed_dated', sql`${t.status} <> 'consumed' or ${t.consumed_at} is not null`),
    check('user_purchases_refunded_dated', sql`${t.status} <> 'refunded' or ${t.refunded_at} is not null`),
    check('user_purchases_one_thing', sql`num_nonnulls(${t.item_id}, ${t.personal_reward_id}) = 1`),
  ],
);

/** A user-defined reward bought with coins ("an hour of gaming: 200 coins"). */
export const personal_rewards = pgTable(
  'personal_rewards',
  {
    id: id(),
    user_id: ownerId(),
    title: text().notNull(),
    description: text(),
    icon: text(),
    cost_coins: integer().notNull(),
    /** At most this many purchases a day (the user's day); null for no limit. */
    daily_limit: integer(),
    times_redeemed: integer().notNull().default(0),
    last_redeemed_at: ts(),
    archived_at: ts(),
    sort_order: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('personal_rewards_user_order_idx').on(t.user_id, t.sort_order, t.id),
    check('personal_rewards_title_length', sql`char_length(${t.title}) between 1 and 200`),
    check('personal_rewards_cost_range', sql`${t.cost_coins} between 1 and 1000000`),
    check('personal_rewards_times_non_negative', sql`${t.times_redeemed} >= 0`),
    check('personal_rewards_daily_limit_range', sql`${t.daily_limit} between 1 and 100`),
  ],
);

/**
 * The market's history: purchases, redemptions, refunds and equips. `description` is a snapshot
 * so the history reads the same after an item or personal reward is gone.
 */
export const market_transactions = pgTable(
  'market_transactions',
  {
    id: id(),
    user_id: ownerId(),
    type: text().notNull(),
    /** Signed: negative for a purchase, positive for a refund, zero for redeem and equip. */
    coins: integer().notNull().default(0),
    description: text().notNull(),
    item_id: uuid().references(() => market_items.id, { onDelete: 'set null' }),
    purchase_id: uuid().references(() => user_purchases.id, { onDelete: 'set null' }),
    personal_reward_id: uuid().references(() => personal_rewards.id, { onDelete: 'set null' }),
    /** The ledger row that moved the coins, when any did. */
    ledger_id: uuid().references(() => points_ledger.id, { onDelete: 'set null' }),
    created_at: createdAt(),
  },
  (t) => [
    index('market_transactions_user_created_idx').on(t.user_id, t.created_at, t.id),
    index('market_transactions_item_idx').on(t.item_id),
    index('market_transactions_purchase_idx').on(t.purchase_id),
    index('market_transactions_personal_reward_idx').on(t.personal_reward_id),
    index('market_transactions_ledger_idx').on(t.ledger_id),
    check('market_transactions_type_valid', oneOf(t.type, marketTransactionTypes)),
    check(
      'market_transactions_sign_matches_type',
      sql`case ${t.type} when 'purchase' then ${t.coins} <= 0 when 'refund' then ${t.coins} >= 0 else ${t.coins} = 0 end`,
    ),
  ],
);

/**
 * Rewards granted by level-ups, achievements, quests or an admin, claimed once. The unique
 * source stops a level or achievement from granting twice.
 */
export const user_rewards = pgTable(
  'user_rewards',
  {
    id: id(),
    user_id: ownerId(),
    source_type: text().notNull(),
    /** The level number, achievement key, quest id… that granted it. */
    source_key: text().notNull(),
    title: text().notNull(),
    xp: integer().notNull().default(0),
    coins: integer().notNull().default(0),
    item_id: uuid().references(() => market_items.id, { onDelete: 'set null' }),
    claimed_at: ts(),
    /** The inventory entry the claim made. */
    purchase_id: uuid().references(() => user_purchases.id, { onDelete: 'set null' }),
    expires_at: ts(),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('user_rewards_user_source_key').on(t.user_id, t.source_type, t.source_key),
    index('user_rewards_user_created_idx').on(t.user_id, t.created_at, t.id),
    index('user_rewards_user_unclaimed_idx').on(t.user_id, t.created_at).where(sql`${t.claimed_at} is null`),
    index('user_rewards_item_idx').on(t.item_id),
    index('user_rewards_purchase_idx').on(t.purchase_id),
    check('user_rewards_source_valid', oneOf(t.source_type, userRewardSources)),
    check('user_rewards_amounts_non_negative', sql`${t.xp} >= 0 and ${t.coins} >= 0`),
  ],
);

/** Items suggested to a user (affordable soon, or likely wanted), with the reason shown. */
export const market_recommendations = pgTable(
  'market_recommendations',
  {
    id: id(),
    user_id: ownerId(),
    item_id: uuid()
      .notNull()
      .references(() => market_items.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    score: real().notNull(),
    computed_at: ts().notNull().defaultNow(),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('market_recommendations_user_item_key').on(t.user_id, t.item_id),
    index('market_recommendations_user_score_idx').on(t.user_id, t.score, t.id),
    index('market_recommendations_item_idx').on(t.item_id),
    check('market_recommendations_score_range', sql`${t.score} between 0 and 1`),
  ],
);
