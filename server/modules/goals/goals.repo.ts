import { and, asc, eq, getTableColumns, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { goal_milestones, goals } from './goals.tables';

export type GoalRow = typeof goals.$inferSelect;
export type MilestoneRow = typeof goal_milestones.$inferSelect;
export type GoalWithCounts = GoalRow & { milestones_total: number; milestones_completed: number };

// Correlated counts, served by the (goal_id, sort_order, id) index. Written out in full: Drizzle
// leaves columns unqualified in a one-table select, and `id` would resolve to the milestone's.
const countOf = (completedOnly: boolean) =>
  sql<number>`(select count(*)::int from goal_milestones m where m.goal_id = "goals"."id"${sql.raw(
    completedOnly ? ' and m.completed_at is not null' : '',
  )})`;

const withCounts = {
  ...getTableColumns(goals),
  milestones_total: countOf(false),
  milestones_completed: countOf(true),
};

function selectGoals(db: DbOrTx, where: SQL | undefined) {
  return db.select(withCounts).from(goals).where(where);
}

export interface GoalFilter {
  status?: string;
  category?: string;
  after?: [number, string];
  limit: number;
}

/** The user's goals in their order, keyset on (sort_order, id); one extra row for the next page. */
export async function listGoals(db: DbOrTx, userId: string, f: GoalFilter): Promise<GoalWithCounts[]> {
  return selectGoals(
    db,
    and(
      eq(goals.user_id, userId),
      f.status ? eq(goals.status, f.status) : undefined,
      f.category ? eq(goals.category, f.category) : undefined,
      f.after ? afterKey([goals.sort_order, goals.id], f.after, 'asc') : undefined,
    ),
  )
    .orderBy(asc(goals.sort_order), asc(goals.id))
    .limit(f.limit + 1);
}

/** One of the user's goals; `lock` holds it until the transaction ends (milestone changes lock it first). */
export async function findGoal(db: DbOrTx, userId: string, id: string, lock = false): Promise<GoalWithCounts | null> {
  const query = selectGoals(db, and(eq(goals.user_id, userId), eq(goals.id, id)));
  const [row] = lock ? await query.for('update', { of: goals }) : await query;
  return row ?? null;
}

export async function nextGoalOrder(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${goals.sort_order}) + 1, 0)::int` })
    .from(goals)
    .where(eq(goals.user_id, userId));
  return row?.next ?? 0;
}

export async function insertGoal(
  db: DbOrTx,
  values: Pick<GoalRow, 'user_id' | 'title' | 'description' | 'category' | 'target_date' | 'priority' | 'sort_order'>,
): Promise<GoalRow> {
  const [row] = await db.insert(goals).values(values).returning();
  if (!row) throw new Error('insert into goals returned no row');
  return row;
}

export type GoalPatch = Partial<
  Pick<
    GoalRow,
    | 'title'
    | 'description'
    | 'category'
    | 'target_date'
    | 'priority'
    | 'status'
    | 'completed_at'
    | 'sort_order'
    | 'progress'
  >
>;

export async function updateGoal(db: DbOrTx, userId: string, id: string, patch: GoalPatch): Promise<void> {
  if (Object.values(patch).every((v) => v === undefined)) return;
  await db
    .update(goals)
    .set(patch)
    .where(and(eq(goals.user_id, userId), eq(goals.id, id)));
}

/** Deletes the goal and (by cascade) its milestones; false when the user has no such goal. */
export async function deleteGoal(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(goals)
    .where(and(eq(goals.user_id, userId), eq(goals.id, id)))
    .returning({ id: goals.id });
  return rows.length > 0;
}

// ── Milestones ───────────────────────────────────────────────────────────────

export async function listMilestones(db: DbOrTx, userId: string, goalId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(goal_milestones)
    .where(and(eq(goal_milestones.goal_id, goalId), eq(goal_milestones.user_id, userId)))
    .orderBy(asc(goal_milestones.sort_order), asc(goal_milestones.id));
}

export async function findMilestone(db: DbOrTx, userId: string, id: string): Promise<MilestoneRow | null> {
  const [row] = await db
    .select()
    .from(goal_milestones)
    .where(and(eq(goal_milestones.user_id, userId), eq(goal_milestones.id, id)));
  return row ?? null;
}

export async function countMilestones(
  db: DbOrTx,
  userId: string,
  goalId: string,
): Promise<{ total: number; completed: number; next_order: number }> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      completed: sql<number>`(count(*) filter (where ${isNotNull(goal_milestones.completed_at)}))::int`,
      next_order: sql<number>`coalesce(max(${goal_milestones.sort_order}) + 1, 0)::int`,
    })
    .from(goal_milestones)
    .where(and(eq(goal_milestones.goal_id, goalId), eq(goal_milestones.user_id, userId)));
  return row ?? { total: 0, completed: 0, next_order: 0 };
}

export async function insertMilestone(
  db: DbOrTx,
  values: Pick<MilestoneRow, 'user_id' | 'goal_id' | 'title' | 'description' | 'sort_order'>,
): Promise<MilestoneRow> {
  const [row] = await db.insert(goal_milestones).values(values).returning();
  if (!row) throw new Error('insert into goal_milestones returned no row');
  return row;
}

export async function updateMilestone(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<Pick<MilestoneRow, 'title' | 'description' | 'completed_at'>>,
): Promise<MilestoneRow | null> {
  if (Object.values(patch).every((v) => v === undefined)) return findMilestone(db, userId, id);
  const [row] = await db
    .update(goal_milestones)
    .set(patch)
    .where(and(eq(goal_milestones.user_id, userId), eq(goal_milestones.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteMilestone(db: DbOrTx, userId: string, id: string): Promise<void> {
  await db.delete(goal_milestones).where(and(eq(goal_milestones.user_id, userId), eq(goal_milestones.id, id)));
}

/** Sets `sort_order` to each id's position in `ids`, in one statement. */
export async function setMilestoneOrder(db: DbOrTx, userId: string, goalId: string, ids: string[]): Promise<void> {
  const cases = sql.join(
    ids.map((id, i) => sql`when ${goal_milestones.id} = ${id} then ${i}::int`),
    sql` `,
  );
  await db
    .update(goal_milestones)
    .set({ sort_order: sql`case ${cases} else ${goal_milestones.sort_order} end` })
    .where(
      and(eq(goal_milestones.user_id, userId), eq(goal_milestones.goal_id, goalId), inArray(goal_milestones.id, ids)),
    );
}
