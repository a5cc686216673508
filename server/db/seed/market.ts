import type { MarketItemEffect } from '#common/catalogue';
import type { marketCategories, marketRarities } from '#common/enums';
import type { DbOrTx } from '../client';
import { market_items } from '../schema';
import { upsertByKey } from './upsert';

interface ItemSeed {
  key: string;
  name: string;
  description: string;
  category: (typeof marketCategories)[number];
  rarity: (typeof marketRarities)[number];
  icon: string;
  cost_coins: number;
  is_consumable: boolean;
  effect: MarketItemEffect;
}

const theme = (key: string, name: string, description: string, cost: number, rarity: ItemSeed['rarity']): ItemSeed => ({
  key,
  name,
  description,
  category: 'theme',
  rarity,
  icon: 'palette',
  cost_coins: cost,
  is_consumable: false,
  effect: { type: 'theme', theme: key },
});

const avatar = (
  key: string,
  name: string,
  description: string,
  cost: number,
  rarity: ItemSeed['rarity'],
  slot: 'frame' | 'badge' | 'background',
  asset: string,
): ItemSeed => ({
  key,
  name,
  description,
  category: 'cosmetic',
  rarity,
  icon: 'user-round',
  cost_coins: cost,
  is_consumable: false,
  effect: { type: 'avatar', slot, asset },
});

/** The global catalogue. Theme keys double as values of the `theme` setting. */
export const marketSeeds: ItemSeed[] = [
  theme('theme_ocean', 'Ocean', 'Deep blues and sea-glass greens.', 150, 'common'),
  theme('theme_forest', 'Forest', 'Moss, bark and morning light.', 150, 'common'),
  theme('theme_sunset', 'Sunset', 'Warm oranges fading into violet.', 250, 'rare'),
  theme('theme_midnight', 'Midnight Studio', 'A dark room lit by meters and LEDs.', 250, 'rare'),
  theme('theme_vinyl', 'Vinyl', 'Cream sleeves and black wax, for the record collectors.', 400, 'epic'),
  {
    key: 'xp_boost_1h',
    name: 'XP Boost (1 hour)',
    description: 'Earn 1.5× XP for one hour after you redeem it.',
    category: 'boost',
    rarity: 'common',
    icon: 'zap',
    cost_coins: 60,
    is_consumable: true,
    effect: { type: 'xp_multiplier', multiplier: 1.5, duration_minutes: 60 },
  },
  {
    key: 'xp_boost_24h',
    name: 'XP Boost (24 hours)',
    description: 'Earn 1.5× XP for a whole day after you redeem it.',
    category: 'boost',
    rarity: 'rare',
    icon: 'zap',
    cost_coins: 300,
    is_consumable: true,
    effect: { type: 'xp_multiplier', multiplier: 1.5, duration_minutes: 1440 },
  },
  {
    key: 'streak_shield',
    name: 'Streak Shield',
    description: 'Covers one missed day so your streak survives. Used automatically when needed.',
    category: 'streak_shield',
    rarity: 'rare',
    icon: 'shield',
    cost_coins: 200,
    is_consumable: true,
    effect: { type: 'streak_shield', days: 1 },
  },
  avatar(
    'avatar_frame_bronze',
    'Bronze Frame',
    'A simple bronze ring around your avatar.',
    100,
    'common',
    'frame',
    'bronze',
  ),
  avatar('avatar_frame_gold', 'Gold Frame', 'A polished gold ring around your avatar.', 500, 'epic', 'frame', 'gold'),
  avatar(
    'avatar_badge_metronome',
    'Metronome Badge',
    'A small metronome for those who keep time.',
    250,
    'rare',
    'badge',
    'metronome',
  ),
  avatar(
    'avatar_badge_headphones',
    'Headphones Badge',
    'For the critical listeners.',
    250,
    'rare',
    'badge',
    'headphones',
  ),
  avatar(
    'avatar_bg_aurora',
    'Aurora Background',
    'Slow northern lights behind your avatar.',
    1000,
    'legendary',
    'background',
    'aurora',
  ),
];

/** Shown first on the Market page. */
const featured = new Set(['theme_midnight', 'xp_boost_1h', 'streak_shield']);
/** Bought only from these levels on. */
const levelRequired: Record<string, number> = { theme_vinyl: 5, avatar_frame_gold: 10, avatar_bg_aurora: 15 };

export async function seedMarket(db: DbOrTx): Promise<void> {
  await upsertByKey(
    db,
    market_items,
    [market_items.key],
    marketSeeds.map((item, i) => ({
      ...item,
      stock: null,
      is_active: true,
      is_featured: featured.has(item.key),
      level_required: levelRequired[item.key] ?? 1,
      sort_order: (i + 1) * 10,
    })),
    ['is_active', 'stock'],
  );
}
