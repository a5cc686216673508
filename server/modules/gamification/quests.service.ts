import type { RewardOutcome, UniversalQuestState } from '#common/contracts/gamification';
import type { ActivityEventType, QuestPeriod, QuestTargetType, SkillKey } from '#common/enums';
import { questContributions } from '#common/rules/activity';
import { type DayKey, dayKey, monthKey, weekKey } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound } from '../../platform/errors';
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

/** The three periods a user-day falls in, for going through many quests. */
const periodsOf = (day: DayKey): Record<QuestPeriod, string> => ({
  daily: day,
  weekly: weekKey(day),
  monthly: monthKey(day),
});

const today = (ctx: Ctx) => dayKey(ctx.clock.now(), ctx.user.timezone, ctx.user.day_start_hour);

/** What an event adds to quests, by target type (only the positive amounts). */
function amountsOf(type: ActivityEventType, data: Record<string, unknown>): Map<QuestTargetType, number> {
  return new Map(
    Object.entries(questContributions(type, data)).filter(([, n]) => (n ?? 0) > 0) as [QuestTargetType, number][],
  );
}

/** The active quests whose target is one of `amounts`' types. */
async function questsFor(tx: DbOrTx, ctx: Ctx, amounts: Map<QuestTargetType, number>) {
  const all = await ctx.catalogues.get(quests.questCatalogue, tx);
  return all.filter((q) => amounts.has(q.target_type as QuestTargetType));
}

/**
 * Moves universal-quest progress for an event in the periods of its day (the account's facts
 * were read for that day); returns the quests it completed, each announced as claimable.
 * `streak_days` follows the daily streak.
 */
export async function advanceQuests(
  ctx: Ctx,
  account: Account,
  type: ActivityEventType,
  data: Record<string, unknown>,
  day: DayKey,
  dailyStreak: number | null,
): Promise<RewardNews['quests_completed']> {
  const amounts = amountsOf(type, data);
  if (dailyStreak !== null && dailyStreak > 0) amounts.set('streak_days', dailyStreak);
  const now = ctx.clock.now();
  const saved: quests.PeriodProgress[] = [];
  const completed: RewardNews['quests_completed'] = [];
  const periods = periodsOf(day);
  for (const quest of await questsFor(account.tx, ctx, amounts)) {
    const period_key = periods[quest.period as QuestPeriod];
    const amount = amounts.get(quest.target_type as QuestTargetType) ?? 0;
    const row = account.facts.quests.find((r) => r.quest_id === quest.id && r.period_key === period_key);
    const before = row?.progress ?? 0;
    const progress = quest.target_type === 'streak_days' ? Math.max(before, amount) : before + amount;
    const target = row?.target ?? quest.target;
    const reached = progress >= target && !row?.completed_at;
    saved.push({
      quest_id: quest.id,
      period_key,
      progress,
      target,
      completed_at: reached ? now : (row?.completed_at ?? null),
      claimed_at: row?.claimed_at ?? null,
    });
    if (reached) completed.push({ id: quest.id, key: quest.key, title: quest.title, period_key });
  }
  account.saveQuestProgress(saved);
  account.writes.publish(
    ...completed.map((q) => ({
      type: 'quest_claimable' as const,
      data: { quest_id: q.id, kind: 'universal' as const, title: q.title },
    })),
  );
  return completed;
}

/** Takes an undone event's contribution back out of the quests of its day's periods. */
export async function takeBackQuests(
  ctx: Ctx,
  account: Account,
  type: ActivityEventType,
  data: Record<string, unknown>,
  day: DayKey,
): Promise<void> {
  const amounts = amountsOf(type, data);
  const taken = (await questsFor(account.tx, ctx, amounts)).map((quest) => ({
    questId: quest.id,
    periodKey: periodOf(quest.period as QuestPeriod, day),
    amount: amounts.get(quest.target_type as QuestTargetType) ?? 0,
  }));
  account.takeBackQuests(taken);
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
    const periods = periodsOf(day);
    return game.quests.map((q) => {
      const key = periods[q.period as QuestPeriod];
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
    const quest = (await ctx.catalogues.get(quests.questCatalogue, tx)).find((q) => q.id === id);
    if (!quest) throw notFound('quest');
    const periodKey = periodOf(quest.period as QuestPeriod, today(ctx));
    const key = `quest_claim:${quest.id}:${periodKey}`;
    const account = await Account.open(tx, ctx, { keys: [key], day: today(ctx) });
    const since = account.standing;
    const row = account.facts.quests.find((r) => r.quest_id === quest.id && r.period_key === periodKey);
    if (!row?.completed_at) throw conflict('This quest is not completed yet.', 'quest_not_completed');
    if (row.claimed_at || account.entry(key))
      throw conflict('This quest was already claimed.', 'quest_already_claimed');
    const now = ctx.clock.now();
    account.writes.write(quests.markClaimed(tx, ctx.userId, quest.id, periodKey, now));
    const skill = (quest.skill_key as SkillKey | null) ?? null;
    account.pay({
      event_type: 'quest_claim',
      idempotency_key: key,
      xp: quest.xp_reward,
      coins: quest.coin_reward,
      skill,
      stars: skill ? 1 : 0,
      source_id: quest.id,
      reason: quest.title,
      details: { quest: quest.key, period_key: periodKey },
    });
    const unlocked = await account.evaluateAchievements({});
    account.announce(
      'quest',
      { xp: quest.xp_reward, coins: quest.coin_reward, skill, activity_event_id: null },
      unlocked,
      since,
    );
    await account.close();
    await ctx.rewardListeners.tell(tx, ctx, {
      source: 'quest',
      level_up: account.level > since.level ? { level: account.level, previous_level: since.level } : null,
      achievements_unlocked: unlocked,
      quests_completed: [],
    });
    const reward: RewardOutcome = {
      xp: quest.xp_reward,
      coins: quest.coin_reward,
      leveled_up: account.level > since.level,
      new_level: account.level,
      achievements_unlocked: unlocked.map(publicAchievement),
      quests_completed: [],
      streak: null,
      duplicate: false,
    };
    return { quest: toState(quest, periodKey, { ...row, claimed_at: now }), reward };
  });
}
