import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { QuestPeriod, QuestTargetType } from '#common/enums';
import type { DbOrTx } from '../../db/client';
import { jsonAgg, rowFromJson } from '../../db/json-rows';
import { type Fact, fact } from '../../platform/facts';
import { universal_quests, user_quest_progress } from './quest-progress.tables';

export type UniversalQuest = typeof universal_quests.$inferSelect;
export type QuestProgressRow = typeof user_quest_progress.$inferSelect;

const periodOrder = sql`case ${universal_quests.period} when 'daily' then 0 when 'weekly' then 1 else 2 end`;

/** Active quests, optionally only those of some target types; daily, weekly, monthly, then catalogue order. */
export async function activeQuests(db: DbOrTx, targetTypes?: QuestTargetType[]): Promise<UniversalQuest[]> {
  if (targetTypes && targetTypes.length === 0) return [];
  return db
    .select()
    .from(universal_quests)
    .where(
      and(
        eq(universal_quests.is_active, true),
        targetTypes ? inArray(universal_quests.target_type, targetTypes) : undefined,
      ),
    )
    .orderBy(periodOrder, asc(universal_quests.sort_order), asc(universal_quests.id));
}

export async function findActiveQuest(db: DbOrTx, id: string): Promise<UniversalQuest | null> {
  const [row] = await db
    .select()
    .from(universal_quests)
    .where(and(eq(universal_quests.id, id), eq(universal_quests.is_active, true)));
  return row ?? null;
}

/** Every active quest with the user's progress row in the quest's current period, in catalogue order. */
export const questsWithProgressFact = (
  userId: string,
  periods: Record<QuestPeriod, string>,
): Fact<{ quest: UniversalQuest; progress: QuestProgressRow | null }[]> =>
  fact(
    sql`(select ${jsonAgg(sql`json_build_object('quest', row_to_json(q), 'progress', (
           select row_to_json(p) from ${user_quest_progress} p
           where p.user_id = ${userId} and p.quest_id = q.id and p.period_key = case q.period
             when 'daily' then ${periods.daily} when 'weekly' then ${periods.weekly} else ${periods.monthly} end))
         order by case q.period when 'daily' then 0 when 'weekly' then 1 else 2 end, q.sort_order, q.id`)}
       from ${universal_quests} q where q.is_active)`,
    (value) =>
      (value as { quest: unknown; progress: unknown }[]).map((r) => ({
        quest: rowFromJson(universal_quests, r.quest),
        progress: r.progress ? rowFromJson(user_quest_progress, r.progress) : null,
      })),
  );

/**
 * Adds to a quest's progress in a period (or, with `atLeast`, raises it to a value), creating
 * the row with the quest's current target. Returns the row as it now stands.
 */
export async function advance(
  tx: DbOrTx,
  userId: string,
  quest: UniversalQuest,
  periodKey: string,
  amount: number,
  mode: 'add' | 'at_least',
): Promise<QuestProgressRow> {
  const progress =
    mode === 'add'
      ? sql`${user_quest_progress.progress} + ${amount}`
      : sql`greatest(${user_quest_progress.progress}, ${amount})`;
  const [row] = await tx
    .insert(user_quest_progress)
    .values({ user_id: userId, quest_id: quest.id, period_key: periodKey, progress: amount, target: quest.target })
    .onConflictDoUpdate({
      target: [user_quest_progress.user_id, user_quest_progress.quest_id, user_quest_progress.period_key],
      set: { progress },
    })
    .returning();
  if (!row) throw new Error('quest progress not written');
  return row;
}

export async function markCompleted(tx: DbOrTx, id: string, at: Date): Promise<void> {
  await tx.update(user_quest_progress).set({ completed_at: at }).where(eq(user_quest_progress.id, id));
}

/**
 * Takes an undone event's amount back out of a period's progress; a quest that falls below its
 * target and was not claimed is no longer completed.
 */
export async function takeBack(
  tx: DbOrTx,
  userId: string,
  questId: string,
  periodKey: string,
  amount: number,
): Promise<void> {
  const progress = sql`greatest(0, ${user_quest_progress.progress} - ${amount})`;
  await tx
    .update(user_quest_progress)
    .set({
      progress,
      completed_at: sql`case when ${user_quest_progress.claimed_at} is null and ${progress} < ${user_quest_progress.target}
        then null else ${user_quest_progress.completed_at} end`,
    })
    .where(
      and(
        eq(user_quest_progress.user_id, userId),
        eq(user_quest_progress.quest_id, questId),
        eq(user_quest_progress.period_key, periodKey),
      ),
    );
}

/** The row of one quest and period, locked for a claim. */
export async function lockProgress(
  tx: DbOrTx,
  userId: string,
  questId: string,
  periodKey: string,
): Promise<QuestProgressRow | null> {
  const [row] = await tx
    .select()
    .from(user_quest_progress)
    .where(
      and(
        eq(user_quest_progress.user_id, userId),
        eq(user_quest_progress.quest_id, questId),
        eq(user_quest_progress.period_key, periodKey),
      ),
    )
    .for('update');
  return row ?? null;
}

export async function markClaimed(tx: DbOrTx, id: string, at: Date): Promise<void> {
  await tx.update(user_quest_progress).set({ claimed_at: at }).where(eq(user_quest_progress.id, id));
}
