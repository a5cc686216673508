import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { publish } from '../../platform/events';
import type { RewardListener } from '../gamification';
import * as repo from './inbox.repo';

export interface Notification {
  /** Unique per user: the same news is never told twice (a level reached again after an undo). */
  key: string;
  title: string;
  body: string | null;
  data: Record<string, unknown>;
}

/**
 * Writes a system item unless one with its key exists, and announces it at commit. The caller
 * holds the user's account lock, or its key cannot repeat (one per analysis), so the check cannot race.
 */
export async function notify(tx: DbOrTx, ctx: Ctx, n: Notification): Promise<void> {
  if (await repo.hasNotification(tx, ctx.userId, n.key)) return;
  const now = ctx.clock.now();
  const row = await repo.insert(tx, {
    user_id: ctx.userId,
    kind: 'system',
    title: n.title,
    body: n.body,
    tags: [],
    data: { key: n.key, ...n.data },
    created_at: now,
    updated_at: now,
  });
  await publish(tx, ctx.userId, 'inbox_item', { item_id: row.id, action: 'created' });
}

/**
 * The inbox's reward listener: a level-up, each achievement unlocked and each universal quest
 * that became claimable lands in the inbox, in the transaction that paid for it (the game layer
 * holds the user's account lock, so the "told once" check cannot race).
 */
export const notifyRewards: RewardListener = async (tx, ctx, news) => {
  if (news.level_up) {
    const { level, previous_level } = news.level_up;
    await notify(tx, ctx, {
      key: `level_up:${level}`,
      title: `You reached level ${level}`,
      body: 'Your progress page shows what the next level takes.',
      data: { event: 'level_up', link: '/progress', level, previous_level },
    });
  }
  for (const a of news.achievements_unlocked) {
    const paid = [a.reward_xp > 0 ? `${a.reward_xp} XP` : null, a.reward_coins > 0 ? `${a.reward_coins} coins` : null]
      .filter(Boolean)
      .join(' and ');
    await notify(tx, ctx, {
      key: `achievement:${a.key}`,
      title: `Achievement unlocked: ${a.name}`,
      body: paid ? `${a.description} (${paid})` : a.description,
      data: { event: 'achievement', link: '/progress', achievement_id: a.id, achievement_key: a.key },
    });
  }
  for (const q of news.quests_completed) {
    await notify(tx, ctx, {
      key: `quest_claimable:${q.id}:${q.period_key}`,
      title: `Quest complete: ${q.title}`,
      body: 'Claim its reward on the Quests page.',
      data: { event: 'quest_claimable', link: '/quests', quest_id: q.id, quest_key: q.key, period_key: q.period_key },
    });
  }
};
