import { defineModule } from '../../platform/module';
import { gamificationRoutes } from './gamification.routes';

export { claimUniversalQuest, listUniversalQuests } from './quests.service';
/** Reads for Today and the polling endpoint: the summary, the teaser and the latest activity. */
export { getSummary as gameSummary, getTeaser as achievementTeaser } from './read.service';
export { type LastActivity, recentActivity } from './recent.repo';
/**
 * The game layer's public face. Domains call `record` (and `reverse` to undo) inside their own
 * transaction; the market calls `spend`; the quests module serves the universal quests through
 * `listUniversalQuests` and `claimUniversalQuest`. Nothing else writes the game tables.
 */
export { type ActivityInput, type RewardOutcome, record, reverse, spend } from './record.service';
/** Other modules react to level-ups, achievements and claimable quests inside the reward's transaction. */
export { type RewardListener, RewardListeners, type RewardNews } from './reward-listeners';

export const gamificationModule = defineModule({
  name: 'gamification',
  prefix: '/api/gamification',
  plugin: gamificationRoutes,
});
