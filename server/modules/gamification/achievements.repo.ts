import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jsonAgg } from '../../db/json-rows';
import { defineCatalogue } from '../../platform/catalogues';
import { type Fact, fact, param } from '../../platform/facts';
import { achievement_definitions, user_achievements } from './gamification.tables';

export type AchievementDefinition = typeof achievement_definitions.$inferSelect;

/** Active definitions in catalogue order; through the instance's copy (`achievementCatalogue`). */
export async function activeDefinitions(db: DbOrTx): Promise<AchievementDefinition[]> {
  return db
    .select()
    .from(achievement_definitions)
    .where(eq(achievement_definitions.is_active, true))
    .orderBy(asc(achievement_definitions.sort_order), asc(achievement_definitions.id));
}

/** The insert of an achievement unlocked (each unlocks once: a second is ignored). */
export function unlock(tx: DbOrTx, userId: string, key: string, at: Date) {
  return tx
    .insert(user_achievements)
    .values({ user_id: userId, achievement_key: key, earned_at: at })
    .onConflictDoNothing();
}

/** The user's unlocked achievements (key → when), for a composed read. */
export const earnedFact: Fact<Map<string, Date>, unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_array(a.achievement_key, a.earned_at)`)}
       from ${user_achievements} a where a.user_id = ${param.user})`,
  (value) => new Map((value as [string, string][]).map(([key, at]) => [key, new Date(at)])),
);

export const achievementCatalogue = defineCatalogue('achievements', ['achievement_definitions'], activeDefinitions);
