import type { MarketCategory, PurchaseRefusal, PurchaseState } from '#common/contracts/market';
import type { marketRarities, marketTransactionTypes } from '#common/enums';

export const categoryLabels: Record<MarketCategory, string> = {
  theme: 'Themes',
  boost: 'Boosts',
  streak_shield: 'Streak shields',
  cosmetic: 'Cosmetics',
};

export const categoryDescriptions: Record<MarketCategory, string> = {
  theme: 'Colours for the whole app, on every device. Equip one from your inventory.',
  boost: 'More XP for a while after you redeem one. Boosts do not stack: the strongest running boost applies.',
  streak_shield: 'Covers one missed day so your streak survives. Used automatically when needed.',
  cosmetic: 'A frame, a badge or a background for your avatar.',
};

export const rarityLabels: Record<(typeof marketRarities)[number], string> = {
  common: 'Common',
  rare: 'Rare',
  epic: 'Epic',
  legendary: 'Legendary',
};

export const stateLabels: Record<PurchaseState, string> = {
  active: 'Ready',
  equipped: 'Equipped',
  redeemed: 'Redeemed',
  expired: 'Expired',
  consumed: 'Used',
  refunded: 'Refunded',
};

export const transactionLabels: Record<(typeof marketTransactionTypes)[number], string> = {
  purchase: 'Bought',
  redeem: 'Redeemed',
  refund: 'Refunded',
  equip: 'Equipped',
  unequip: 'Taken off',
  claim: 'Claimed',
};

/** "1 coin", "150 coins". */
export const coins = (n: number): string => `${n.toLocaleString('en')} ${Math.abs(n) === 1 ? 'coin' : 'coins'}`;

interface Priced {
  cost_coins: number;
  level_required?: number;
}

/**
 * Why something cannot be bought, in the words the shelf shows: "Level 5 required", "40 coins
 * away", "Sold out", "Not on sale", "Daily limit reached".
 */
export function refusalText(refusal: PurchaseRefusal, item: Priced, balance: number): string {
  switch (refusal) {
    case 'level_required':
      return `Level ${item.level_required ?? 1} required`;
    case 'insufficient_coins': {
      const short = item.cost_coins - balance;
      return short > 0 ? `${coins(short)} away` : 'Not enough coins';
    }
    case 'out_of_stock':
      return 'Sold out';
    case 'not_available':
      return 'Not on sale';
    case 'limit_reached':
      return 'Daily limit reached';
  }
}

/** Whether it can be bought now and what to say about it. */
export function availability(
  item: Priced & { refusal: PurchaseRefusal | null },
  balance: number,
): { canBuy: boolean; text: string } {
  if (item.refusal) return { canBuy: false, text: refusalText(item.refusal, item, balance) };
  return { canBuy: true, text: 'Can afford' };
}
