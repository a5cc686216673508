import { levelGrantsBetween } from '#common/rules/market';
import type { RewardListener } from '../gamification';
import { notify } from '../inbox';
import * as repo from './market.repo';

/**
 * The market's reward listener: a level in `LEVEL_GRANTS` (common/rules/market.ts) and an
 * achievement with a `reward_item_key` grant their item, once per source, to be claimed in the
 * market, and say so in the inbox. It runs in the reward's transaction, under the account lock.
 */
export const grantRewards: RewardListener = async (tx, ctx, news) => {
  const grants: { source_type: 'level_up' | 'achievement'; source_key: string; item_key: string; title: string }[] = [];
  if (news.level_up) {
    for (const [level, item_key] of levelGrantsBetween(news.level_up.previous_level, news.level_up.level)) {
      grants.push({ source_type: 'level_up', source_key: String(level), item_key, title: `Reached level ${level}` });
    }
  }
  for (const a of news.achievements_unlocked) {
    if (a.reward_item_key) {
      grants.push({ source_type: 'achievement', source_key: a.key, item_key: a.reward_item_key, title: a.name });
    }
  }
  for (const g of grants) {
    const item = await repo.findItem(tx, g.item_key);
    if (!item) continue;
    const granted = await repo.grant(tx, {
      user_id: ctx.userId,
      source_type: g.source_type,
      source_key: g.source_key,
      title: g.title,
      item_id: item.id,
      created_at: ctx.clock.now(),
    });
    if (!granted) continue;
    await notify(tx, ctx, {
      key: `granted:${g.source_type}:${g.source_key}`,
      title: `A reward to claim: ${item.name}`,
      body: `${g.title} earned you ${item.name}. Claim it in the Market.`,
      data: { event: 'reward_granted', link: '/market', item_key: item.key },
    });
  }
};
