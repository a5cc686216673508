import type { MarketItemWire, MarketPageWire, PersonalRewardWire, PurchaseWire, UserRewardWire } from './api/types';

/** Fixtures for the market's jsdom tests (nothing in the app imports this file). */

const at = '2026-05-04T10:00:00.000Z';

export const item = (over: Partial<MarketItemWire> = {}): MarketItemWire => ({
  id: crypto.randomUUID(),
  key: 'theme_ocean',
  name: 'Ocean',
  description: 'Deep blues and sea-glass greens.',
  category: 'theme',
  rarity: 'common',
  icon: 'palette',
  cost_coins: 150,
  stock: null,
  available_from: null,
  available_until: null,
  level_required: 1,
  is_consumable: false,
  is_featured: false,
  effect: { type: 'theme', theme: 'theme_ocean' },
  owned: 0,
  can_afford: true,
  refusal: null,
  ...over,
});

export const reward = (over: Partial<PersonalRewardWire> = {}): PersonalRewardWire => ({
  id: crypto.randomUUID(),
  title: 'An hour of gaming',
  description: null,
  icon: 'gamepad-2',
  cost_coins: 50,
  daily_limit: null,
  bought_today: 0,
  times_redeemed: 0,
  last_redeemed_at: null,
  can_afford: true,
  refusal: null,
  created_at: at,
  updated_at: at,
  ...over,
});

export const purchase = (over: Partial<PurchaseWire> = {}): PurchaseWire => ({
  id: crypto.randomUUID(),
  item: {
    key: 'xp_boost_1h',
    name: 'XP Boost (1 hour)',
    category: 'boost',
    rarity: 'common',
    icon: 'zap',
    effect: { type: 'xp_multiplier', multiplier: 1.5, duration_minutes: 60 },
  },
  personal_reward_id: null,
  title: 'XP Boost (1 hour)',
  icon: 'zap',
  cost_coins: 60,
  state: 'active',
  can_redeem: true,
  can_equip: false,
  equipped_at: null,
  redeemed_at: null,
  expires_at: null,
  consumed_at: null,
  refunded_at: null,
  created_at: at,
  ...over,
});

export const userReward = (over: Partial<UserRewardWire> = {}): UserRewardWire => ({
  id: crypto.randomUUID(),
  source_type: 'level_up',
  source_key: '5',
  title: 'Level 5 reward',
  item: { key: 'streak_shield', name: 'Streak Shield', category: 'streak_shield', icon: 'shield' },
  claimed_at: null,
  purchase_id: null,
  created_at: at,
  ...over,
});

export const marketPage = (over: Partial<MarketPageWire> = {}): MarketPageWire => {
  const ocean = item();
  const boost = item({
    key: 'xp_boost_1h',
    name: 'XP Boost (1 hour)',
    description: 'Earn 1.5× XP for one hour after you redeem it.',
    category: 'boost',
    icon: 'zap',
    cost_coins: 60,
    is_consumable: true,
    effect: { type: 'xp_multiplier', multiplier: 1.5, duration_minutes: 60 },
    owned: 2,
  });
  const gold = item({
    key: 'avatar_frame_gold',
    name: 'Gold Frame',
    description: 'A polished gold ring around your avatar.',
    category: 'cosmetic',
    rarity: 'epic',
    cost_coins: 500,
    level_required: 5,
    can_afford: false,
    refusal: 'level_required',
    effect: { type: 'avatar', slot: 'frame', asset: 'gold' },
  });
  return {
    wallet: { balance: 200, total_earned: 260, total_spent: 60 },
    level: 3,
    active_boost: null,
    equipped: { theme: null, frame: null, badge: null, background: null },
    featured: [],
    categories: [
      { category: 'theme', items: [ocean] },
      { category: 'boost', items: [boost] },
      { category: 'streak_shield', items: [] },
      { category: 'cosmetic', items: [gold] },
    ],
    recommendations: [],
    rewards: [],
    unclaimed: [],
    ...over,
  };
};
