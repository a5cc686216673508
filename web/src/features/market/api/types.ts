import type { z } from 'zod';
import type {
  marketItem,
  marketPage,
  marketTransaction,
  PurchaseState,
  personalReward,
  purchase,
  purchaseResult,
  recommendation,
  userReward,
  walletTotals,
} from '#common/contracts/market';

/** The wire shapes (timestamps as strings). */
export type MarketPageWire = z.input<typeof marketPage>;
export type MarketItemWire = z.input<typeof marketItem>;
export type PersonalRewardWire = z.input<typeof personalReward>;
export type PurchaseWire = z.input<typeof purchase>;
export type PurchaseResultWire = z.input<typeof purchaseResult>;
export type MarketTransactionWire = z.input<typeof marketTransaction>;
export type UserRewardWire = z.input<typeof userReward>;
export type RecommendationWire = z.input<typeof recommendation>;
export type WalletTotalsWire = z.input<typeof walletTotals>;

/** The inventory's filter: one purchase state, or all of them. */
export type InventoryFilter = PurchaseState | 'all';
