import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jsonAgg, rowsFromJson } from '../../db/json-rows';
import { type Fact, fact } from '../../platform/facts';
import { achievement_definitions, user_achievements } from './gamification.tables';

export type AchievementDefinition = typeof achievement_definitions.$inferSelect;

/** Active definitions in catalogue order. */
export async function activeDefinitions(db: DbOrTx): Promise<AchievementDefinition[]> {
  return db
    .select()
    .from(achievement_definitions)
    .where(eq(achievement_definitions.is_active, true))
    .orderBy(asc(achievement_definitions.sort_order), asc(achievement_definitions.id));
}

/** The user's unlocked achievements: key → when. */
export async function earned(db: DbOrTx, userId: string): Promise<Map<string, Date>> {
  const rows = await db
    .select({ key: user_achievements.achievement_key, earned_at: user_achievements.earned_at })
    .from(user_achievements)
    .where(eq(user_achievements.user_id, userId));
  return new Map(rows.map((r) => [r.key, r.earned_at]));
}

/** Unlocks an achievement; false when the user already had it (each unlocks once). */
export async function unlock(tx: DbOrTx, userId: string, key: string, at: Date): Promise<boolean> {
  const rows = await tx
    .insert(user_achievements)
    .values({ user_id: userId, achievement_key: key, earned_at: at })
    .onConflictDoNothing()
    .returning({ id: user_achievements.id });
  return rows.length > 0;
}

/** Active definitions in catalogue order, for a composed read. */
export const activeDefinitionsFact = (): Fact<AchievementDefinition[]> =>
  fact(
    sql`(select ${jsonAgg(sql`row_to_json(d) order by d.sort_order, d.id`)}
         from ${achievement_definitions} d where d.is_active)`,
    (value) => rowsFromJson(achievement_definitions, value),
  );

/** The user's unlocked achievements (key → when), for a composed read. */
export const earnedFact = (userId: string): Fact<Map<string, Date>> =>
  fact(
    sql`(select ${jsonAgg(sql`json_build_array(a.achievement_key, a.earned_at)`)}
         from ${user_achievements} a where a.user_id = ${userId})`,
    (value) => new Map((value as [string, string][]).map(([key, at]) => [key, new Date(at)])),
  );
