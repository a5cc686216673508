import type { z } from 'zod';
import type { achievementState, teaser } from '#common/contracts/gamification';
import {
  type AchievementFacts,
  achievementProgress,
  countKey,
  nearest,
  progressLabel,
} from '#common/rules/achievements';
import type { Ctx } from '../../platform/access';
import { type Counters, countersFact } from '../../platform/counters';
import { type Fact, factObject, mapFact } from '../../platform/facts';
import { type AchievementDefinition, earnedFact } from './achievements.repo';
import { countedFacts, eventCountAtLeast, GAME_COUNTERS } from './game-counters';
import { accountFact } from './ledger.repo';
import { streaksFact as streakRowsFact } from './progress.repo';
import { type GameScope, readGameFact } from './read.service';

type AchievementState = z.infer<typeof achievementState>;
interface StateRow {
  state: AchievementState;
  label: string;
  sort_order: number;
  start: number;
}

/**
 * Every active achievement with the user's progress; hidden ones stay "???" until earned. The
 * facts are the counters the game layer keeps (never a count over the user's history), the
 * longest streaks, the level and the coins earned.
 */
export const achievementsFact: Fact<StateRow[], GameScope> = mapFact(
  factObject({
    earned: earnedFact,
    counters: countersFact(GAME_COUNTERS),
    account: accountFact,
    streaks: streakRowsFact,
  }),
  ({ earned, counters, account, streaks }, { game }: GameScope) => {
    const facts: AchievementFacts = {
      ...countedFacts(counters),
      streaks: Object.fromEntries([...streaks].map(([type, s]) => [type, s.longest])),
      level: account.level,
    };
    facts.totals.coins_earned = account.total_earned;
    return game.achievements.map((def) => stateOf(def, facts, counters, earned.get(def.key) ?? null));
  },
);

function stateOf(
  def: AchievementDefinition,
  facts: AchievementFacts,
  counters: Counters,
  earnedAt: Date | null,
): StateRow {
  const { trigger } = def;
  if (trigger.trigger_type === 'count' && trigger.trigger_config.min_duration) {
    const { event, min_duration } = trigger.trigger_config;
    facts.counts[countKey(event, min_duration)] ??= eventCountAtLeast(counters, event, min_duration);
  }
  const p = achievementProgress(trigger, facts);
  const shown = { progress: earnedAt ? p.target : p.progress, target: p.target };
  const secret = def.is_hidden && !earnedAt;
  return {
    state: {
      key: def.key,
      name: secret ? '???' : def.name,
      description: secret ? '???' : def.description,
      category: def.category as AchievementState['category'],
      icon: secret ? 'lock' : def.icon,
      reward_xp: def.reward_xp,
      reward_coins: def.reward_coins,
      is_hidden: def.is_hidden,
      earned: earnedAt !== null,
      earned_at: earnedAt,
      ...shown,
    },
    label: progressLabel(trigger, shown),
    sort_order: def.sort_order,
    start: p.start ?? 0,
  };
}

/** The nearest unearned, visible achievement with its progress label (SPEC §5 teaser). */
export const teaserFact: Fact<z.infer<typeof teaser>, GameScope> = mapFact(achievementsFact, (all) => {
  const open = all.filter((a) => !a.state.earned && !a.state.is_hidden);
  const best = nearest(open.map((a) => ({ ...a, progress: a.state.progress, target: a.state.target })));
  return best ? { achievement: best.state, label: best.label } : { achievement: null, label: null };
});

export async function getAchievements(ctx: Ctx): Promise<AchievementState[]> {
  return (await readGameFact(ctx, achievementsFact)).map((a) => a.state);
}

export const getTeaser = (ctx: Ctx) => readGameFact(ctx, teaserFact);
