import type { RewardOutcome, UniversalQuestState } from '#common/contracts/gamification';
import type { ActivityEventType, QuestPeriod, QuestTargetType, SkillKey } from '#common/enums';
import { questContributions } from '#common/rules/activity';
import { type DayKey, dayKey, monthKey, weekKey } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound } from '../../platform/errors';
import { publishAll } from '../../platform/events';
import { type Fact, mapFact } from '../../platform/facts';
import { Account, publicAchievement } from './account.service';
import type { UniversalQuest } from './quest-progress.repo';
import * as quests from './quest-progress.repo';
import { type GameScope, readGameFact } from './read.service';
import type { RewardNews } from './reward-listeners';

/** The period a user-day falls in for a quest: `2026-03-14`, `2026-W11` or `2026-03`. */
export function periodOf(period: QuestPeriod, day: DayKey): string {
  return period === 'daily' ? day : period === 'weekly' ? weekKey(day) : monthKey(day);
}

const today = (ctx: Ctx) => dayKey(ctx.clock.now(), ctx.user.timezone, ctx.user.day_start_hour);

/** The active quests whose target is one of `amounts`' types. */
async function questsFor(tx: DbOrTx, ctx: Ctx, amounts: Map<QuestTargetType, number>) {
  const all = await ctx.catalogues.get(quests.questCatalogue, tx);
  return all.filter((q) => amounts.has(q.target_type as QuestTargetType));
}

/**
 * Moves universal-quest progress for an event in the periods of its day; returns the quests it
 * completed (each announced as claimable). `streak_days` follows the daily streak.
 */
export async function advanceQuests(
  tx: DbOrTx,
  ctx: Ctx,
  type: ActivityEventType,
  data: Record<string, unknown>,
  day: DayKey,
  dailyStreak: number | null,
): Promise<RewardNews['quests_completed']> {
  const amounts = new Map(
    Object.entries(questContributions(type, data)).filter(([, n]) => (n ?? 0) > 0) as [QuestTargetType, number][],
  );
  if (dailyStreak !== null && dailyStreak > 0) amounts.set('streak_days', dailyStreak);
  const advances = (await questsFor(tx, ctx, amounts)).map((quest) => ({
    quest,
    periodKey: periodOf(quest.period as QuestPeriod, day),
    amount: amounts.get(quest.target_type as QuestTargetType) ?? 0,
    atLeast: quest.target_type === 'streak_days',
  }));
  const rows = await quests.advanceAll(tx, ctx.userId, advances);
  const reached = rows.filter((r) => r.progress >= r.target && !r.completed_at);
  await quests.markCompleted(
    tx,
    reached.map((r) => r.id),
    ctx.clock.now(),
  );
  const completed: RewardNews['quests_completed'] = [];
  for (const row of reached) {
    const quest = advances.find((a) => a.quest.id === row.quest_id)?.quest;
    if (quest) completed.push({ id: quest.id, key: quest.key, title: quest.title, period_key: row.period_key });
  }
  await publishAll(
    tx,
    ctx.userId,
    completed.map((q) => ({ type: 'quest_claimable', data: { quest_id: q.id, kind: 'universal', title: q.title } })),
  );
  return completed;
}

/** Takes an undone event's contribution back out of the quests of its day's periods. */
export async function takeBackQuests(
  tx: DbOrTx,
  ctx: Ctx,
  type: ActivityEventType,
  data: Record<string, unknown>,
  day: DayKey,
): Promise<void> {
  const amounts = new Map(
    Object.entries(questContributions(type, data)).filter(([, n]) => (n ?? 0) > 0) as [QuestTargetType, number][],
  );
  const taken = (await questsFor(tx, ctx, amounts)).map((quest) => ({
    questId: quest.id,
    periodKey: periodOf(quest.period as QuestPeriod, day),
    amount: amounts.get(quest.target_type as QuestTargetType) ?? 0,
  }));
  await quests.takeBackAll(tx, ctx.userId, taken);
}

function toState(quest: UniversalQuest, periodKey: string, row?: quests.PeriodProgress): UniversalQuestState {
  return {
    id: quest.id,
    key: quest.key,
    title: quest.title,
    description: quest.description,
    icon: quest.icon,
    period: quest.period as QuestPeriod,
    period_key: periodKey,
    target_type: quest.target_type as QuestTargetType,
    progress: row?.progress ?? 0,
    // A period keeps the target it started with, even if an admin changes the quest later.
    target: row?.target ?? quest.target,
    completed: Boolean(row?.completed_at),
    claimed: Boolean(row?.claimed_at),
    xp_reward: quest.xp_reward,
    coin_reward: quest.coin_reward,
    skill_key: (quest.skill_key as SkillKey | null) ?? null,
  };
}

/** Every active universal quest (from the catalogue) with the user's progress in its current period. */
export const universalQuestsFact: Fact<UniversalQuestState[], GameScope> = mapFact(
  quests.progressOfPeriodsFact,
  (rows, { day, game }: GameScope) => {
    const byQuest = new Map(rows.map((r) => [`${r.quest_id}|${r.period_key}`, r]));
    return game.quests.map((q) => {
      const key = periodOf(q.period as QuestPeriod, day);
      return toState(q, key, byQuest.get(`${q.id}|${key}`));
    });
  },
);

export const listUniversalQuests = (ctx: Ctx) => readGameFact(ctx, universalQuestsFact);

/**
 * Pays a completed universal quest of the current period, once (ledger key
 * `quest_claim:<id>:<period_key>`). 404 for an unknown quest, 409 when not completed or claimed.
 */
export async function claimUniversalQuest(
  ctx: Ctx,
  id: string,
): Promise<{ quest: UniversalQuestState; reward: RewardOutcome }> {
  return ctx.database.db.transaction(async (tx) => {
    const account = await Account.open(tx, ctx);
    const quest = (await ctx.catalogues.get(quests.questCatalogue, tx)).find((q) => q.id === id);
    if (!quest) throw notFound('quest');
    const periodKey = periodOf(quest.period as QuestPeriod, today(ctx));
    const row = await quests.lockProgress(tx, ctx.userId, quest.id, periodKey);
    if (!row?.completed_at) throw conflict('This quest is not completed yet.', 'quest_not_completed');
    if (row.claimed_at) throw conflict('This quest was already claimed.', 'quest_already_claimed');
    const now = ctx.clock.now();
    await quests.markClaimed(tx, row.id, now);
    const skill = (quest.skill_key as SkillKey | null) ?? null;
    const paid = await account.pay({
      event_type: 'quest_claim',
      idempotency_key: `quest_claim:${quest.id}:${periodKey}`,
      xp: quest.xp_reward,
      coins: quest.coin_reward,
      skill,
      stars: skill ? 1 : 0,
      source_id: quest.id,
      reason: quest.title,
      details: { quest: quest.key, period_key: periodKey },
    });
    if (!paid) throw conflict('This quest was already claimed.', 'quest_already_claimed');
    const unlocked = await account.evaluateAchievements({});
    await account.close();
    await account.announce(
      'quest',
      { xp: quest.xp_reward, coins: quest.coin_reward, skill, activity_event_id: null },
      unlocked,
    );
    await ctx.rewardListeners.tell(tx, ctx, {
      source: 'quest',
      level_up:
        account.level > account.startLevel ? { level: account.level, previous_level: account.startLevel } : null,
      achievements_unlocked: unlocked,
      quests_completed: [],
    });
    const reward: RewardOutcome = {
      xp: quest.xp_reward,
      coins: quest.coin_reward,
      leveled_up: account.level > account.startLevel,
      new_level: account.level,
      achievements_unlocked: unlocked.map(publicAchievement),
      quests_completed: [],
      streak: null,
      duplicate: false,
    };
    return { quest: toState(quest, periodKey, { ...row, claimed_at: now }), reward };
  });
}
