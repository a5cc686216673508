import type { z } from 'zod';
import { z as zod } from 'zod';
import type { PageQuery } from '#common/contracts/base';
import type { historyDay, ledgerEntry, skillState, streakState, summary } from '#common/contracts/gamification';
import { levelInfo } from '#common/rules/levels';
import { streaksOn } from '#common/rules/streaks';
import { addDays, type DayKey, dayStart } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import {
  type Fact,
  type FactScope,
  type FactValues,
  factObject,
  mapFact,
  paramsOf,
  readFact,
  scopeOf,
} from '../../platform/facts';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { type AchievementDefinition, achievementCatalogue } from './achievements.repo';
import { accountFact } from './ledger.repo';
import {
  activeYesterdayFact,
  type SkillDefinition,
  skillCatalogue,
  streaksFact as streakRowsFact,
  userSkillsFact,
} from './progress.repo';
import { activeBoostFact, shieldsHeldFact } from './purchases.repo';
import { questCatalogue, type UniversalQuest } from './quest-progress.repo';
import * as reads from './reads.repo';

/**
 * The game layer's reads, each a fact (platform/facts.ts): the endpoints read one in one
 * statement, and Today composes several with other modules' into one. The catalogues they join
 * the user's rows to come from the instance's copies (platform/catalogues.ts), not the statement.
 */

type SkillState = z.infer<typeof skillState>;
type StreakRead = z.infer<typeof streakState>;

/** The game layer's catalogues a read needs. */
export interface GameCatalogues {
  achievements: AchievementDefinition[];
  quests: UniversalQuest[];
  skills: SkillDefinition[];
}

/** What the game layer's facts are read with: the user's scope and the catalogues. */
export interface GameScope extends FactScope {
  game: GameCatalogues;
}

export async function gameCatalogues(ctx: Pick<Ctx, 'catalogues'>): Promise<GameCatalogues> {
  const [achievements, quests, skills] = await Promise.all([
    ctx.catalogues.get(achievementCatalogue),
    ctx.catalogues.get(questCatalogue),
    ctx.catalogues.get(skillCatalogue),
  ]);
  return { achievements, quests, skills };
}

export const gameScope = async (ctx: Ctx): Promise<GameScope> => ({ ...scopeOf(ctx), game: await gameCatalogues(ctx) });

/** Reads one game fact for the signed-in user. */
export async function readGameFact<T>(ctx: Ctx, f: Fact<T, GameScope>): Promise<T> {
  const scope = await gameScope(ctx);
  return readFact(ctx.database.db, f, paramsOf(scope), scope);
}

/** Every active skill with the user's stars and level, in catalogue order. */
export const skillsFact: Fact<SkillState[], GameScope> = mapFact(userSkillsFact, (held, { game }: GameScope) =>
  game.skills.map((d) => {
    const { stars, level } = held.get(d.key) ?? { stars: 0, level: 0 };
    return {
      key: d.key as SkillState['key'],
      name: d.name,
      description: d.description,
      icon: d.icon,
      color: d.color,
      stars,
      level,
      max_level: d.max_level,
      stars_per_level: d.stars_per_level,
      stars_into_level: level >= d.max_level ? 0 : stars - level * d.stars_per_level,
    };
  }),
);

/** What streaks read from: the rows, the shields held and whether yesterday counted. */
const streakInputs = { streaks: streakRowsFact, shields: shieldsHeldFact, activeYesterday: activeYesterdayFact };
const streakInputsFact = factObject(streakInputs);

/** Every streak as it reads on `day`. */
function streaksOnDay({ streaks, ...held }: FactValues<typeof streakInputs>, day: DayKey): StreakRead[] {
  return streaksOn(streaks, day, held).map(({ type, state, current }) => ({
    type,
    current,
    longest: state.longest,
    last_active_date: state.last_active_date,
    shields_used: state.shields_used,
  }));
}

/** Every streak as it reads today. */
export const streaksFact: Fact<StreakRead[]> = mapFact(streakInputsFact, (inputs, { day }) =>
  streaksOnDay(inputs, day),
);

/** Level, XP, coins, skills, the daily streak, shields held and the running boost (SPEC §5). */
export const summaryFact: Fact<z.infer<typeof summary>, GameScope> = mapFact(
  factObject({
    account: accountFact,
    skills: skillsFact,
    streaks: streakInputsFact,
    boost: activeBoostFact,
  }),
  ({ account, skills, streaks, boost }, scope: GameScope) => {
    const daily = streaksOnDay(streaks, scope.day).find((s) => s.type === 'daily');
    return {
      total_xp: account.total_xp,
      ...levelInfo(account.total_xp),
      coins: account.coins,
      total_earned: account.total_earned,
      total_spent: account.total_spent,
      total_skill_stars: account.total_skill_stars,
      skills: skills.map(({ key, stars, level }) => ({ key, stars, level })),
      daily_streak: daily?.current ?? 0,
      longest_daily_streak: daily?.longest ?? 0,
      streak_shields: streaks.shields,
      active_boost: boost,
    };
  },
);

export const getSkills = (ctx: Ctx) => readGameFact(ctx, skillsFact);
export const getStreaks = (ctx: Ctx) => readGameFact(ctx, streaksFact);
export const getSummary = (ctx: Ctx) => readGameFact(ctx, summaryFact);

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
