import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jsonAgg, rowFromJson, rowsFromJson } from '../../db/json-rows';
import { type Fact, fact, param } from '../../platform/facts';
import { daily_plan_items, daily_plans } from './plan.tables';

export type PlanRow = typeof daily_plans.$inferSelect;
export type PlanItemRow = typeof daily_plan_items.$inferSelect;
export type NewPlanItem = Pick<
  PlanItemRow,
  'kind' | 'ref_id' | 'title' | 'details' | 'duration_minutes' | 'scheduled_at' | 'source' | 'sort_order'
> & { completed_at?: Date | null };

/** The user's plan for a day; `lock` holds it until the transaction ends (every plan write locks it first). */
export async function findPlan(db: DbOrTx, userId: string, date: string, lock = false): Promise<PlanRow | null> {
  const query = db
    .select()
    .from(daily_plans)
    .where(and(eq(daily_plans.user_id, userId), eq(daily_plans.plan_date, date)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/**
 * The user's plan for a day, created when absent, and locked. `on conflict` makes two first
 * writes at once meet on the same row.
 */
export async function lockOrCreatePlan(db: DbOrTx, userId: string, date: string): Promise<PlanRow> {
  await db
    .insert(daily_plans)
    .values({ user_id: userId, plan_date: date })
    .onConflictDoNothing({ target: [daily_plans.user_id, daily_plans.plan_date] });
  const row = await findPlan(db, userId, date, true);
  if (!row) throw new Error('daily plan vanished after its insert');
  return row;
}

export async function updatePlan(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<Pick<PlanRow, 'notes' | 'generated_at' | 'updated_at'>>,
): Promise<PlanRow> {
  const [row] = await db
    .update(daily_plans)
    .set({ ...patch, updated_at: patch.updated_at ?? sql`now()` })
    .where(and(eq(daily_plans.user_id, userId), eq(daily_plans.id, id)))
    .returning();
  if (!row) throw new Error('daily plan vanished during the transaction');
  return row;
}

/** A plan's items in their order, served by the (plan_id, sort_order, id) index. */
export async function listItems(db: DbOrTx, userId: string, planId: string): Promise<PlanItemRow[]> {
  return db
    .select()
    .from(daily_plan_items)
    .where(and(eq(daily_plan_items.plan_id, planId), eq(daily_plan_items.user_id, userId)))
    .orderBy(asc(daily_plan_items.sort_order), asc(daily_plan_items.id));
}

/** One of the user's items with its plan's date. */
export async function findItem(
  db: DbOrTx,
  userId: string,
  id: string,
): Promise<(PlanItemRow & { plan_date: string }) | null> {
  const [row] = await db
    .select({ item: daily_plan_items, plan_date: daily_plans.plan_date })
    .from(daily_plan_items)
    .innerJoin(daily_plans, eq(daily_plans.id, daily_plan_items.plan_id))
    .where(and(eq(daily_plan_items.user_id, userId), eq(daily_plan_items.id, id)));
  return row ? { ...row.item, plan_date: row.plan_date } : null;
}

export async function insertItems(
  db: DbOrTx,
  userId: string,
  planId: string,
  values: NewPlanItem[],
): Promise<PlanItemRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(daily_plan_items)
    .values(values.map((v) => ({ ...v, user_id: userId, plan_id: planId })))
    .returning();
}

export type ItemPatch = Partial<
  Pick<PlanItemRow, 'title' | 'details' | 'duration_minutes' | 'scheduled_at' | 'completed_at'>
>;

export async function updateItem(db: DbOrTx, userId: string, id: string, patch: ItemPatch): Promise<PlanItemRow> {
  const [row] = await db
    .update(daily_plan_items)
    .set({ ...patch, updated_at: sql`now()` })
    .where(and(eq(daily_plan_items.user_id, userId), eq(daily_plan_items.id, id)))
    .returning();
  if (!row) throw new Error('plan item vanished during the transaction');
  return row;
}

export async function deleteItems(db: DbOrTx, userId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(daily_plan_items).where(and(eq(daily_plan_items.user_id, userId), inArray(daily_plan_items.id, ids)));
}

/** Numbers the plan's items 0, 1, 2… in the order of `ids` (every item of the plan, in one statement). */
export async function setOrder(db: DbOrTx, userId: string, planId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = sql.join(
    ids.map((id, i) => sql`(${id}::uuid, ${i}::int)`),
    sql`, `,
  );
  await db.execute(sql`update daily_plan_items as i set sort_order = o.sort_order, updated_at = now()
    from (values ${rows}) as o(id, sort_order)
    where i.id = o.id and i.user_id = ${userId} and i.plan_id = ${planId}`);
}

/** A day's plan and its items in order, for a composed read (platform/facts.ts). */
export const planWithItemsFact: Fact<{ plan: PlanRow | null; items: PlanItemRow[] }, unknown> = fact(
  sql`(select json_build_object('plan', row_to_json(p), 'items', (
           select ${jsonAgg(sql`row_to_json(i) order by i.sort_order, i.id`)}
           from ${daily_plan_items} i where i.plan_id = p.id))
         from ${daily_plans} p where p.user_id = ${param.user} and p.plan_date = ${param.day})`,
  (value) => {
    const raw = value as { plan: unknown; items: unknown } | null;
    return raw
      ? { plan: rowFromJson(daily_plans, raw.plan), items: rowsFromJson(daily_plan_items, raw.items) }
      : { plan: null, items: [] };
  },
);
