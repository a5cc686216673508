import type { z } from 'zod';
import { z as zod } from 'zod';
import { achievementTrigger } from '#common/catalogue';
import type { PageQuery } from '#common/contracts/base';
import type {
  achievementState,
  historyDay,
  ledgerEntry,
  skillState,
  streakState,
  summary,
  teaser,
} from '#common/contracts/gamification';
import {
  type AchievementFacts,
  achievementProgress,
  countKey,
  nearest,
  progressLabel,
} from '#common/rules/achievements';
import { levelInfo } from '#common/rules/levels';
import { streaksOn } from '#common/rules/streaks';
import { addDays, dayStart } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import { type Counters, countersFact } from '../../platform/counters';
import { type Fact, type FactScope, factObject, mapFact, readFact, scopeOf } from '../../platform/facts';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { type AchievementDefinition, activeDefinitionsFact, earnedFact } from './achievements.repo';
import { countedFacts, eventCountAtLeast, GAME_COUNTERS } from './game-counters';
import { accountFact } from './ledger.repo';
import {
  activeOnFact,
  type SkillRow,
  skillsFact as skillRowsFact,
  streaksFact as streakRowsFact,
} from './progress.repo';
import { activeBoostFact, shieldsHeldFact } from './purchases.repo';
import * as reads from './reads.repo';

/**
 * The game layer's reads, each a fact (platform/facts.ts): the endpoints read one in one
 * statement, and Today composes several with other modules' into one.
 */

type SkillState = z.infer<typeof skillState>;
type StreakRead = z.infer<typeof streakState>;

const readSkill = (r: SkillRow): SkillState => ({
  ...r,
  key: r.key as SkillState['key'],
  stars_into_level: r.level >= r.max_level ? 0 : r.stars - r.level * r.stars_per_level,
});

export const skillsFact = (scope: FactScope): Fact<SkillState[]> =>
  mapFact(skillRowsFact(scope.userId), (rows) => rows.map(readSkill));

/** Every streak as it reads today: the rows, the shields held and whether yesterday counted. */
export function streaksFact(scope: FactScope): Fact<StreakRead[]> {
  const parts = factObject({
    streaks: streakRowsFact(scope.userId),
    shields: shieldsHeldFact(scope.userId),
    activeYesterday: activeOnFact(scope.userId, addDays(scope.day, -1)),
  });
  return mapFact(parts, ({ streaks, ...held }) =>
    streaksOn(streaks, scope.day, held).map(({ type, state, current }) => ({
      type,
      current,
      longest: state.longest,
      last_active_date: state.last_active_date,
      shields_used: state.shields_used,
    })),
  );
}

/** Level, XP, coins, skills, the daily streak, shields held and the running boost (SPEC §5). */
export function summaryFact(scope: FactScope): Fact<z.infer<typeof summary>> {
  const parts = factObject({
    account: accountFact(scope.userId),
    skills: skillRowsFact(scope.userId),
    streaks: streaksFact(scope),
    shields: shieldsHeldFact(scope.userId),
    boost: activeBoostFact(scope.userId, scope.now),
  });
  return mapFact(parts, ({ account, skills, streaks, shields, boost }) => {
    const daily = streaks.find((s) => s.type === 'daily');
    return {
      total_xp: account.total_xp,
      ...levelInfo(account.total_xp),
      coins: account.coins,
      total_earned: account.total_earned,
      total_spent: account.total_spent,
      total_skill_stars: account.total_skill_stars,
      skills: skills.map(({ key, stars, level }) => ({ key: key as SkillState['key'], stars, level })),
      daily_streak: daily?.current ?? 0,
      longest_daily_streak: daily?.longest ?? 0,
      streak_shields: shields,
      active_boost: boost,
    };
  });
}

export const getSkills = (ctx: Ctx) => readFact(ctx.database.db, skillsFact(scopeOf(ctx)));
export const getStreaks = (ctx: Ctx) => readFact(ctx.database.db, streaksFact(scopeOf(ctx)));
export const getSummary = (ctx: Ctx) => readFact(ctx.database.db, summaryFact(scopeOf(ctx)));

const ledgerCursor = zod.tuple([zod.iso.datetime(), zod.uuid()]);

export async function getLedger(ctx: Ctx, query: PageQuery): Promise<Page<z.infer<typeof ledgerEntry>>> {
  const cursor = decodeCursor(query.cursor, ledgerCursor);
  const rows = await reads.ledgerPage(
    ctx.database.db,
    ctx.userId,
    query.limit,
    cursor ? { created_at: new Date(cursor[0]), id: cursor[1] } : undefined,
  );
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  return {
    ...page,
    data: page.data.map((r) => ({ ...r, skill_key: r.skill_key as z.infer<typeof ledgerEntry>['skill_key'] })),
  };
}

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
export function achievementsFact(scope: FactScope): Fact<StateRow[]> {
  const parts = factObject({
    definitions: activeDefinitionsFact(),
    earned: earnedFact(scope.userId),
    counters: countersFact(scope.userId, GAME_COUNTERS),
    account: accountFact(scope.userId),
    streaks: streakRowsFact(scope.userId),
  });
  return mapFact(parts, ({ definitions, earned, counters, account, streaks }) => {
    const facts: AchievementFacts = {
      ...countedFacts(counters),
      streaks: Object.fromEntries([...streaks].map(([type, s]) => [type, s.longest])),
      level: account.level,
    };
    facts.totals.coins_earned = account.total_earned;
    return definitions.flatMap((def) => stateOf(def, facts, counters, earned.get(def.key) ?? null) ?? []);
  });
}

function stateOf(
  def: AchievementDefinition,
  facts: AchievementFacts,
  counters: Counters,
  earnedAt: Date | null,
): StateRow | null {
  const parsed = achievementTrigger.safeParse({ trigger_type: def.trigger_type, trigger_config: def.trigger_config });
  if (!parsed.success) return null;
  const trigger = parsed.data;
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
export const teaserFact = (scope: FactScope): Fact<z.infer<typeof teaser>> =>
  mapFact(achievementsFact(scope), (all) => {
    const open = all.filter((a) => !a.state.earned && !a.state.is_hidden);
    const best = nearest(open.map((a) => ({ ...a, progress: a.state.progress, target: a.state.target })));
    return best ? { achievement: best.state, label: best.label } : { achievement: null, label: null };
  });

export async function getAchievements(ctx: Ctx): Promise<AchievementState[]> {
  return (await readFact(ctx.database.db, achievementsFact(scopeOf(ctx)))).map((a) => a.state);
}

export const getTeaser = (ctx: Ctx) => readFact(ctx.database.db, teaserFact(scopeOf(ctx)));

/** XP and coins per user-day for the last `days` days, oldest first, days without activity at 0. */
export async function getHistory(ctx: Ctx, days: number): Promise<z.infer<typeof historyDay>[]> {
  const { timezone, day_start_hour, day } = scopeOf(ctx);
  const first = addDays(day, -(days - 1));
  const rows = await reads.perDay(
    ctx.database.db,
    ctx.userId,
    dayStart(first, timezone, day_start_hour),
    timezone,
    day_start_hour,
  );
  const byDay = new Map(rows.map((r) => [r.date, r]));
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(first, i);
    const r = byDay.get(date);
    return { date, xp: r?.xp ?? 0, coins: r?.coins ?? 0 };
  });
}
