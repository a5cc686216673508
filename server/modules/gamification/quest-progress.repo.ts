import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jsonAgg } from '../../db/json-rows';
import { defineCatalogue } from '../../platform/catalogues';
import { type Fact, fact, param } from '../../platform/facts';
import { universal_quests, user_quest_progress } from './quest-progress.tables';

export type UniversalQuest = typeof universal_quests.$inferSelect;
export type QuestProgressRow = typeof user_quest_progress.$inferSelect;

const periodOrder = sql`case ${universal_quests.period} when 'daily' then 0 when 'weekly' then 1 else 2 end`;

/** Active quests: daily, weekly, monthly, then catalogue order. */
export async function activeQuests(db: DbOrTx): Promise<UniversalQuest[]> {
  return db
    .select()
    .from(universal_quests)
    .where(eq(universal_quests.is_active, true))
    .orderBy(periodOrder, asc(universal_quests.sort_order), asc(universal_quests.id));
}

/** The active quests, through the instance's copy. */
export const questCatalogue = defineCatalogue('universal quests', ['universal_quests'], activeQuests);

/** The user's progress in the periods of the day (its day, week and month), for a composed read. */
export type PeriodProgress = Pick<
  QuestProgressRow,
  'quest_id' | 'period_key' | 'progress' | 'target' | 'completed_at' | 'claimed_at'
>;

export const progressOfPeriodsFact: Fact<PeriodProgress[], unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_object('quest_id', p.quest_id, 'period_key', p.period_key,
         'progress', p.progress, 'target', p.target, 'completed_at', p.completed_at, 'claimed_at', p.claimed_at)`)}
       from ${user_quest_progress} p
       where p.user_id = ${param.user} and p.period_key in (${param.day}, ${param.week}, ${param.month}))`,
  (value) =>
    (value as (PeriodProgress & { completed_at: string | null; claimed_at: string | null })[]).map((r) => ({
      ...r,
      completed_at: r.completed_at ? new Date(r.completed_at) : null,
      claimed_at: r.claimed_at ? new Date(r.claimed_at) : null,
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
