import type { RewardOutcome } from '#common/contracts/gamification';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';

/**
 * The registry is an app-wide service owned by the game layer, so the game layer adds it to the
 * platform's services; the platform itself never imports a module. `buildApp` creates it.
 */
declare module '../../platform/platform' {
  interface Platform {
    /** What other modules do when the game layer pays (level-ups, achievements, quests); this app's own. */
    rewardListeners: RewardListeners;
  }
}

/** What a payment made happen beyond XP and coins, told to the listeners other modules register. */
export interface RewardNews {
  /** The activity event type that paid (`habit_complete`…), or `quest` for a universal-quest claim. */
  source: string;
  /** Set when the user reached a new level. */
  level_up: { level: number; previous_level: number } | null;
  /** With the key of the market item each grants, if any. */
  achievements_unlocked: (RewardOutcome['achievements_unlocked'][number] & {
    id: string;
    reward_item_key: string | null;
  })[];
  /** Universal quests that reached their target in `period_key` and wait to be claimed. */
  quests_completed: (RewardOutcome['quests_completed'][number] & { period_key: string })[];
}

/**
 * Runs inside the transaction of the payment, with the user's account locked: what it writes
 * commits or rolls back with the reward, and one user's listeners never run twice at once.
 */
export type RewardListener = (tx: DbOrTx, ctx: Ctx, news: RewardNews) => Promise<void>;

/**
 * The listeners of one app instance (kept in `app.deps`, so test apps never share them). The
 * game layer cannot import the modules that react to rewards (they depend on it), so they
 * register here when the app is built.
 */
export class RewardListeners {
  private readonly listeners: RewardListener[] = [];

  add(listener: RewardListener): void {
    this.listeners.push(listener);
  }

  /** Tells every listener, in registration order; only news worth telling is told. */
  async tell(tx: DbOrTx, ctx: Ctx, news: RewardNews): Promise<void> {
    if (!news.level_up && news.achievements_unlocked.length === 0 && news.quests_completed.length === 0) return;
    for (const listener of this.listeners) await listener(tx, ctx, news);
  }
}
