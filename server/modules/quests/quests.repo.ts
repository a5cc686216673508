import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { QuestPeriod } from '#common/enums';
import type { DbOrTx } from '../../db/client';
import { jsonAgg, rowsFromJson } from '../../db/json-rows';
import { type Fact, fact, param } from '../../platform/facts';
import { afterKey } from '../../platform/pagination';
import { user_quests } from './quests.tables';

export type QuestRow = typeof user_quests.$inferSelect;

export interface QuestFilter {
  statuses?: string[];
  after?: [string, string];
  limit: number;
}

/** The user's quests, newest first, keyset on (created_at, id); one extra row for the next page. */
export async function list(db: DbOrTx, userId: string, f: QuestFilter): Promise<QuestRow[]> {
  return db
    .select()
    .from(user_quests)
    .where(
      and(
        eq(user_quests.user_id, userId),
        f.statuses ? inArray(user_quests.status, f.statuses) : undefined,
        f.after ? afterKey([user_quests.created_at, user_quests.id], f.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(user_quests.created_at), desc(user_quests.id))
    .limit(f.limit + 1);
}

/** The user's newest quests in some statuses, for a composed read (served by the same index as `list`). */
export const newestFact = (statuses: string[], limit: number): Fact<QuestRow[], unknown> =>
  fact(
    sql`(select ${jsonAgg(sql`row_to_json(q) order by q.created_at desc, q.id desc`)} from (
           select * from ${user_quests}
           where ${user_quests.user_id} = ${param.user} and ${inArray(user_quests.status, statuses)}
           order by ${user_quests.created_at} desc, ${user_quests.id} desc limit ${limit}) q)`,
    (value) => rowsFromJson(user_quests, value),
  );

/** One of the user's quests; `lock` holds it until the transaction ends. */
export async function find(db: DbOrTx, userId: string, id: string, lock = false): Promise<QuestRow | null> {
  const query = db
    .select()
    .from(user_quests)
    .where(and(eq(user_quests.user_id, userId), eq(user_quests.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export type NewQuest = Pick<
  QuestRow,
  | 'user_id'
  | 'title'
  | 'description'
  | 'category'
  | 'difficulty'
  | 'xp_reward'
  | 'coin_reward'
  | 'target'
  | 'due_date'
  | 'is_repeatable'
  | 'repeat_period'
>;

export async function insert(db: DbOrTx, values: NewQuest): Promise<QuestRow> {
  const [row] = await db.insert(user_quests).values(values).returning();
  if (!row) throw new Error('insert into user_quests returned no row');
  return row;
}

export type QuestPatch = Partial<
  Pick<
    QuestRow,
    | 'title'
    | 'description'
    | 'category'
    | 'due_date'
    | 'target'
    | 'progress'
    | 'status'
    | 'accepted_at'
    | 'completed_at'
    | 'abandoned_at'
    | 'streak_count'
    | 'longest_streak'
    | 'last_completed_period'
  >
>;

export async function update(db: DbOrTx, userId: string, id: string, patch: QuestPatch): Promise<QuestRow | null> {
  if (Object.values(patch).every((v) => v === undefined)) return find(db, userId, id);
  const [row] = await db
    .update(user_quests)
    .set(patch)
    .where(and(eq(user_quests.user_id, userId), eq(user_quests.id, id)))
    .returning();
  return row ?? null;
}

export async function remove(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(user_quests)
    .where(and(eq(user_quests.user_id, userId), eq(user_quests.id, id)))
    .returning({ id: user_quests.id });
  return rows.length > 0;
}

/**
 * Re-opens the user's repeatable quests completed in an earlier period than the current one of
 * their kind: accepted again, progress 0. Matches nothing (and writes nothing) most of the time.
 */
export async function reopenRepeatable(
  db: DbOrTx,
  userId: string,
  current: Record<QuestPeriod, string>,
  id?: string,
): Promise<void> {
  await db
    .update(user_quests)
    .set({ status: 'accepted', progress: 0, completed_at: null })
    .where(
      and(
        eq(user_quests.user_id, userId),
        id ? eq(user_quests.id, id) : undefined,
        eq(user_quests.is_repeatable, true),
        eq(user_quests.status, 'completed'),
        sql`${user_quests.last_completed_period} is distinct from (case ${user_quests.repeat_period}
          when 'daily' then ${current.daily} when 'weekly' then ${current.weekly} else ${current.monthly} end)`,
      ),
    );
}
