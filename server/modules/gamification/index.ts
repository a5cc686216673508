import { defineModule } from '../../platform/module';
import { gamificationRoutes } from './gamification.routes';

/** Facts for Today and the polling endpoint (platform/facts.ts): the summary, the teaser, the latest activity. */
export { teaserFact } from './achievements.service';
export { walletChangedAtFact } from './ledger.repo';
export { claimUniversalQuest, listUniversalQuests, universalQuestsFact } from './quests.service';
export { type GameScope, gameScope, summaryFact } from './read.service';
export { rebuildGameCounters } from './rebuild';
export { countActivitySince, type LastActivity, recentActivity, recentActivityFact } from './recent.repo';
/**
 * The game layer's public face. Domains call `record` (and `reverse` to undo) inside their own
 * transaction, or `Rewards` for several in one unit of work; the market moves coins through a
 * `Wallet`; the
 * quests module serves the universal quests through `listUniversalQuests` and
 * `claimUniversalQuest`. Nothing else writes the game tables.
 */
export { type ActivityInput, type RewardOutcome, Rewards, record, reverse } from './record.service';
/** Other modules react to level-ups, achievements and claimable quests inside the reward's transaction. */
export { type RewardListener, RewardListeners, type RewardNews } from './reward-listeners';
export { type Movement, Wallet } from './wallet.service';

export const gamificationModule = defineModule({
  name: 'gamification',
  prefix: '/api/gamification',
  plugin: gamificationRoutes,
});
