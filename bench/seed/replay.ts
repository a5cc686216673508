import type { RewardOutcome } from '#common/contracts/gamification';
import type { QuestPeriod, QuestTargetType, StreakType } from '#common/enums';
import { type AchievementFacts, achievementProgress, countKey, isReached } from '#common/rules/achievements';
import {
  countsForDailyStreak,
  durationSeconds,
  metricContributions,
  questContributions,
  streakTypeOf,
  type TotalMetric,
} from '#common/rules/activity';
import { levelFor } from '#common/rules/levels';
import { defaultReward, skillStars } from '#common/rules/rewards';
import { advanceStreak, emptyStreak, missedDay, type StreakState } from '#common/rules/streaks';
import { type DayKey, monthKey, weekKey } from '#common/time/day';
import {
  activity_events,
  inbox_items,
  points_ledger,
  user_achievements,
  user_quest_progress,
  user_streaks,
} from '../../server/db/schema';
import type { Activity, SeedContext, UserData } from './model';

const periodOf = (period: QuestPeriod, day: DayKey) =>
  period === 'daily' ? day : period === 'weekly' ? weekKey(day) : monthKey(day);

type Definition = SeedContext['achievements'][number];
type Unlocked = RewardOutcome['achievements_unlocked'][number] & { id: string };
type Quest = SeedContext['universalQuests'][number];
interface Progress {
  id: string;
  quest: Quest;
  period_key: string;
  progress: number;
  completed_at: Date | null;
  claimed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * The game layer's `record` replayed over one user's activities in time order, in memory, with
 * the same pure rules (common/rules): each activity becomes an activity event and a ledger row
 * paying its reward, moves the streaks and the universal quests of its periods, unlocks the
 * achievements it reaches (each paid by its own ledger row) and tells the inbox what happened,
 * as the inbox's reward listener does. Quests completed in a period that has since ended are
 * mostly claimed right away (`quest_claim` rows); those of the current period are left to claim.
 * No market purchases are seeded, so no boost or streak shield applies.
 */
export function replayGameLayer(data: UserData, context: SeedContext): void {
  const { user } = data;
  const rng = user.rng('replay');
  const defs = context.achievements;
  const countTriggers = defs.flatMap(({ trigger }) =>
    trigger.trigger_type === 'count' ? [trigger.trigger_config] : [],
  );

  let xp = 0;
  let earned = 0;
  const counts = new Map<string, number>();
  const totals: Record<Exclude<TotalMetric, 'coins_earned'>, number> = {
    focus_minutes: 0,
    pages_read: 0,
    reading_minutes: 0,
    exercise_minutes: 0,
  };
  const streaks = new Map<StreakType, { state: StreakState; updated: Date }>();
  const activeDays = new Set<DayKey>();
  const progress = new Map<string, Progress>();
  const have = new Set<string>();
  const told = new Set<string>();
  const currentPeriods = {
    daily: periodOf('daily', user.today),
    weekly: periodOf('weekly', user.today),
    monthly: periodOf('monthly', user.today),
  };

  const pay = (row: {
    event_type: string;
    idempotency_key: string;
    xp: number;
    coins: number;
    at: Date;
    activity_event_id?: string | null;
    source_id?: string | null;
    skill?: string | null;
    stars?: number;
    reason?: string | null;
    details?: Record<string, unknown>;
  }) => {
    const stars = row.stars ?? 0;
    const ledgerRow = {
      id: rng.uuid(),
      user_id: user.id,
      event_type: row.event_type,
      activity_event_id: row.activity_event_id ?? null,
      source_id: row.source_id ?? null,
      xp: row.xp,
      coins: row.coins,
      skill_key: stars > 0 ? (row.skill ?? null) : null,
      skill_stars: stars > 0 && row.skill ? stars : 0,
      reason: row.reason ?? null,
      idempotency_key: row.idempotency_key,
      details: row.details ?? {},
      created_at: row.at,
    };
    data.add(points_ledger, ledgerRow);
    xp += row.xp;
    earned += row.coins;
    return ledgerRow;
  };

  const notify = (at: Date, key: string, title: string, body: string, extra: Record<string, unknown>) => {
    if (told.has(key)) return;
    told.add(key);
    const old = user.now.getTime() - at.getTime() > 2 * 86_400_000;
    const readAt = old ? new Date(at.getTime() + 3_600_000) : null;
    const archive = rng.chance(0.5);
    const archivedAt = archive && user.now.getTime() - at.getTime() > 14 * 86_400_000 ? readAt : null;
    data.add(inbox_items, {
      id: rng.uuid(),
      user_id: user.id,
      kind: 'system',
      title,
      body,
      tags: [],
      data: { key, ...extra },
      read_at: readAt,
      archived_at: archivedAt,
      processed_at: null,
      processed_into_type: null,
      processed_into_id: null,
      created_at: at,
      updated_at: archivedAt ?? readAt ?? at,
    });
  };

  /** Account.evaluateAchievements: only the triggers this change can move; level ones again after paying. */
  const evaluate = (at: Date, changed: { event?: string; streaks?: Map<StreakType, number>; metrics?: string[] }) => {
    const unlocked: Unlocked[] = [];
    const facts: AchievementFacts = { counts: {}, streaks: {}, level: levelFor(xp), totals: {} };
    for (const [type, longest] of changed.streaks ?? []) facts.streaks[type] = longest;
    for (let round = 0; round < 5; round++) {
      const startXp = xp;
      const startEarned = earned;
      facts.level = levelFor(xp);
      facts.totals.coins_earned = earned;
      for (const def of defs) {
        const { trigger } = def;
        if (have.has(def.key)) continue;
        if (trigger.trigger_type === 'count') {
          if (round > 0 || trigger.trigger_config.event !== changed.event) continue;
          const key = countKey(trigger.trigger_config.event, trigger.trigger_config.min_duration);
          facts.counts[key] = counts.get(key) ?? 0;
        } else if (trigger.trigger_type === 'streak') {
          if (round > 0 || facts.streaks[trigger.trigger_config.streak_type] === undefined) continue;
        } else if (trigger.trigger_type === 'total') {
          const metric = trigger.trigger_config.metric;
          if (metric !== 'coins_earned') {
            if (round > 0 || !changed.metrics?.includes(metric)) continue;
            facts.totals[metric] = totals[metric];
          }
        }
        if (!isReached(achievementProgress(trigger, facts))) continue;
        have.add(def.key);
        data.add(user_achievements, {
          id: rng.uuid(),
          user_id: user.id,
          achievement_key: def.key,
          earned_at: at,
          notified: true,
          created_at: at,
        });
        pay({
          event_type: 'achievement',
          idempotency_key: `achievement:${def.key}`,
          xp: def.reward_xp,
          coins: def.reward_coins,
          at,
          reason: def.name,
          details: { achievement: def.key },
        });
        unlocked.push(publicOf(def));
      }
      if (xp === startXp && earned === startEarned) break;
    }
    return unlocked;
  };

  const tell = (at: Date, startLevel: number, unlocked: Unlocked[]) => {
    const level = levelFor(xp);
    if (level > startLevel) {
      notify(
        at,
        `level_up:${level}`,
        `You reached level ${level}`,
        'Your progress page shows what the next level takes.',
        {
          event: 'level_up',
          link: '/progress',
          level,
          previous_level: startLevel,
        },
      );
    }
    for (const a of unlocked) {
      const paid = [a.reward_xp > 0 ? `${a.reward_xp} XP` : null, a.reward_coins > 0 ? `${a.reward_coins} coins` : null]
        .filter(Boolean)
        .join(' and ');
      notify(
        at,
        `achievement:${a.key}`,
        `Achievement unlocked: ${a.name}`,
        paid ? `${a.description} (${paid})` : a.description,
        {
          event: 'achievement',
          link: '/progress',
          achievement_id: a.id,
          achievement_key: a.key,
        },
      );
    }
  };

  const claim = (p: Progress, at: Date) => {
    const startLevel = levelFor(xp);
    p.claimed_at = at;
    p.updated_at = at;
    const skill = p.quest.skill_key ?? null;
    pay({
      event_type: 'quest_claim',
      idempotency_key: `quest_claim:${p.quest.id}:${p.period_key}`,
      xp: p.quest.xp_reward,
      coins: p.quest.coin_reward,
      at,
      source_id: p.quest.id,
      skill,
      stars: skill ? 1 : 0,
      reason: p.quest.title,
      details: { quest: p.quest.key, period_key: p.period_key },
    });
    tell(at, startLevel, evaluate(at, {}));
  };

  const record = (a: Activity) => {
    const at = a.occurred_at;
    const day = user.dayOf(at);
    const startLevel = levelFor(xp);
    const reward = a.reward ?? defaultReward(a.type, a.data);
    const skill = skillStars(a.type, a.data);
    const eventId = rng.uuid();
    data.add(activity_events, {
      id: eventId,
      user_id: user.id,
      event_type: a.type,
      occurred_at: at,
      local_date: day,
      source_id: a.source_id,
      data: a.data,
      xp_awarded: reward.xp,
      coins_awarded: reward.coins,
      created_at: at,
    });
    const row = pay({
      event_type: a.type,
      idempotency_key: a.idempotency_key,
      xp: reward.xp,
      coins: reward.coins,
      at,
      activity_event_id: eventId,
      source_id: a.source_id,
      skill: skill?.skill,
      stars: skill?.stars,
    });
    for (const t of countTriggers) {
      if (t.event !== a.type) continue;
      if (t.min_duration && durationSeconds(a.type, a.data) < t.min_duration) continue;
      const key = countKey(t.event, t.min_duration);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const metrics = metricContributions(a.type, a.data);
    for (const [metric, n] of Object.entries(metrics)) {
      if (metric !== 'coins_earned') totals[metric as keyof typeof totals] += n ?? 0;
    }

    // advanceStreaks (no shields are held, so nothing is bridged by one).
    const changed = new Map<StreakType, StreakState>();
    let daily: StreakState | null = null;
    if (countsForDailyStreak(a.type)) {
      const before = streaks.get('daily')?.state ?? emptyStreak();
      const r = advanceStreak(before, day, { canBridge: false });
      if (r.change !== 'unchanged') {
        streaks.set('daily', { state: r.state, updated: at });
        changed.set('daily', r.state);
      }
      daily = r.state;
    }
    const kind = streakTypeOf(a.type, a.data);
    let own: StreakState | null = null;
    if (kind) {
      const before = streaks.get(kind)?.state ?? emptyStreak();
      const missed = missedDay(before, day);
      const canBridge =
        missed !== null && daily?.last_active_date === day && daily.current >= 2 && !activeDays.has(missed);
      const r = advanceStreak(before, day, { canBridge });
      if (r.change !== 'unchanged') {
        streaks.set(kind, { state: r.state, updated: at });
        changed.set(kind, r.state);
      }
      own = r.state;
    }
    if (a.type !== 'daily_login') activeDays.add(day);

    // advanceQuests
    const amounts = new Map(
      Object.entries(questContributions(a.type, a.data)).filter(([, n]) => (n ?? 0) > 0) as [QuestTargetType, number][],
    );
    if (daily && daily.current > 0) amounts.set('streak_days', daily.current);
    const completed: Progress[] = [];
    for (const quest of context.universalQuests) {
      const amount = amounts.get(quest.target_type as QuestTargetType);
      if (amount === undefined) continue;
      const period_key = periodOf(quest.period as QuestPeriod, day);
      const key = `${quest.id}|${period_key}`;
      let p = progress.get(key);
      if (!p) {
        p = {
          id: rng.uuid(),
          quest,
          period_key,
          progress: 0,
          completed_at: null,
          claimed_at: null,
          created_at: at,
          updated_at: at,
        };
        progress.set(key, p);
      }
      p.progress = quest.target_type === 'streak_days' ? Math.max(p.progress, amount) : p.progress + amount;
      p.updated_at = at;
      if (p.progress >= quest.target && !p.completed_at) {
        p.completed_at = at;
        completed.push(p);
      }
    }

    const unlocked = evaluate(at, {
      event: a.type,
      streaks: new Map([...changed].map(([type, s]) => [type, s.longest])),
      metrics: Object.keys(metrics),
    });
    const level = levelFor(xp);
    row.details = {
      outcome: {
        xp: reward.xp,
        coins: reward.coins,
        leveled_up: level > startLevel,
        new_level: level,
        achievements_unlocked: unlocked.map(({ id: _id, ...rest }) => rest),
        quests_completed: completed.map((p) => ({ id: p.quest.id, key: p.quest.key, title: p.quest.title })),
        streak:
          kind && own ? { type: kind, current: own.current } : daily ? { type: 'daily', current: daily.current } : null,
        duplicate: false,
      } satisfies RewardOutcome,
    };
    tell(at, startLevel, unlocked);
    for (const p of completed) {
      notify(
        at,
        `quest_claimable:${p.quest.id}:${p.period_key}`,
        `Quest complete: ${p.quest.title}`,
        'Claim its reward on the Quests page.',
        {
          event: 'quest_claimable',
          link: '/quests',
          quest_id: p.quest.id,
          quest_key: p.quest.key,
          period_key: p.period_key,
        },
      );
    }
    // Claimed a moment later, in the same period, unless that period is still the current one.
    for (const p of completed) {
      const claimAt = new Date(at.getTime() + 2000);
      const period = p.quest.period as QuestPeriod;
      if (p.period_key === currentPeriods[period]) continue;
      if (periodOf(period, user.dayOf(claimAt)) !== p.period_key || !rng.chance(0.85)) continue;
      claim(p, claimAt);
    }
  };

  const ordered = data.activities
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.occurred_at.getTime() - y.a.occurred_at.getTime() || x.i - y.i);
  for (const { a } of ordered) record(a);

  for (const p of progress.values()) {
    data.add(user_quest_progress, {
      id: p.id,
      user_id: user.id,
      quest_id: p.quest.id,
      period_key: p.period_key,
      progress: p.progress,
      target: p.quest.target,
      completed_at: p.completed_at,
      claimed_at: p.claimed_at,
      created_at: p.created_at,
      updated_at: p.updated_at,
    });
  }
  for (const [type, { state, updated }] of streaks) {
    data.add(user_streaks, {
      id: rng.uuid(),
      user_id: user.id,
      streak_type: type,
      current_streak: state.current,
      longest_streak: state.longest,
      last_active_date: state.last_active_date,
      shields_used: state.shields_used,
      created_at: updated,
      updated_at: updated,
    });
  }
}

function publicOf(def: Definition): Unlocked {
  return {
    id: def.id,
    key: def.key,
    name: def.name,
    description: def.description,
    icon: def.icon,
    reward_xp: def.reward_xp,
    reward_coins: def.reward_coins,
  };
}
