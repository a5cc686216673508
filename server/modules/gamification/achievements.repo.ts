import { asc, eq, sql } from 'drizzle-orm';
import { type AchievementTrigger, achievementTrigger } from '#common/catalogue';
import type { DbOrTx } from '../../db/client';
import { jsonAgg } from '../../db/json-rows';
import { defineCatalogue } from '../../platform/catalogues';
import { type Fact, fact, param } from '../../platform/facts';
import { achievement_definitions, user_achievements } from './gamification.tables';

/** A definition with its trigger parsed once, when the catalogue is read. */
export type AchievementDefinition = typeof achievement_definitions.$inferSelect & { trigger: AchievementTrigger };

/**
 * Active definitions in catalogue order, each with its parsed trigger; a definition whose trigger
 * does not parse can never be earned and is left out. Through the instance's copy
 * (`achievementCatalogue`).
 */
export async function activeDefinitions(db: DbOrTx): Promise<AchievementDefinition[]> {
  const rows = await db
    .select()
    .from(achievement_definitions)
    .where(eq(achievement_definitions.is_active, true))
    .orderBy(asc(achievement_definitions.sort_order), asc(achievement_definitions.id));
  return rows.flatMap((def) => {
    const parsed = achievementTrigger.safeParse({ trigger_type: def.trigger_type, trigger_config: def.trigger_config });
    return parsed.success ? [{ ...def, trigger: parsed.data }] : [];
  });
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
