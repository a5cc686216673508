import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
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
 * The upsert of quests' progress in their periods, as the caller computed it under the account
 * lock; a new row keeps the target it was given (the quest's, when its period began).
 */
export function saveProgress(tx: DbOrTx, userId: string, rows: PeriodProgress[]) {
  return tx
    .insert(user_quest_progress)
    .values(rows.map((r) => ({ user_id: userId, ...r })))
    .onConflictDoUpdate({
      target: [user_quest_progress.user_id, user_quest_progress.quest_id, user_quest_progress.period_key],
      set: { progress: sql`excluded.progress`, completed_at: sql`excluded.completed_at`, updated_at: sql`now()` },
    });
}

/**
 * The update that takes amounts back out of quests' progress in their periods; a row that falls
 * back below its target is no longer completed, unless it was claimed.
 */
export function takeBackAll(userId: string, amounts: { questId: string; periodKey: string; amount: number }[]): SQL {
  const values = sql.join(
    amounts.map((a) => sql`(${a.questId}::uuid, ${a.periodKey}::text, ${a.amount}::int)`),
    sql`, `,
  );
  return sql`update ${user_quest_progress} p set
      progress = greatest(0, p.progress - v.amount),
      completed_at = case when p.claimed_at is null and greatest(0, p.progress - v.amount) < p.target
        then null else p.completed_at end,
      updated_at = now()
    from (values ${values}) as v(quest_id, period_key, amount)
    where p.user_id = ${userId} and p.quest_id = v.quest_id and p.period_key = v.period_key`;
}

export function markClaimed(tx: DbOrTx, userId: string, questId: string, periodKey: string, at: Date) {
  return tx
    .update(user_quest_progress)
    .set({ claimed_at: at })
    .where(
      and(
        eq(user_quest_progress.user_id, userId),
        eq(user_quest_progress.quest_id, questId),
        eq(user_quest_progress.period_key, periodKey),
      ),
    );
}
