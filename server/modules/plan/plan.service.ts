import type { GeneratePlanBody, Plan, PlanNotesBody } from '#common/contracts/plan';
import { PLAN_ITEMS_LIMIT } from '#common/contracts/plan';
import { mergePlan, orderCandidates } from '#common/rules/plan';
import { isReturning } from '#common/rules/today';
import type { DayKey } from '#common/time/day';
import type { DbOrTx, Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { publish } from '../../platform/events';
import { type Fact, mapFact, readFact } from '../../platform/facts';
import { recentActivity } from '../gamification';
import * as repo from './plan.repo';
import { gatherSources } from './plan.sources';
import { planView, todayOf } from './plan.view';

/** The day's plan as the API shows it, for a composed read (Today, the polling endpoint). */
export const planFact: Fact<Plan, { day: DayKey }> = mapFact(
  repo.planWithItemsFact,
  ({ plan, items }, { day }: { day: DayKey }) => planView(day, plan, items),
);

export const readPlan = (db: DbOrTx, userId: string, day: DayKey): Promise<Plan> =>
  readFact(db, planFact, { user: userId, day }, { day });

export function get(ctx: Ctx, date: DayKey | undefined): Promise<Plan> {
  return readPlan(ctx.database.db, ctx.userId, date ?? todayOf(ctx));
}

/**
 * Runs a change to the day's plan with the plan created if need be and locked (every plan write
 * locks it first, so orders and merges never race), publishes `plan_changed` (delivered at
 * commit) and answers the plan as it now reads.
 */
export async function withPlan<T>(
  ctx: Ctx,
  date: DayKey,
  act: (tx: Tx, plan: repo.PlanRow) => Promise<T>,
): Promise<{ result: T; plan: Plan }> {
  return ctx.database.db.transaction(async (tx) => {
    const locked = await repo.lockOrCreatePlan(tx, ctx.userId, date);
    const result = await act(tx, locked);
    await repo.updatePlan(tx, ctx.userId, locked.id, {});
    await publish(tx, ctx.userId, 'plan_changed', { date });
    return { result, plan: await readPlan(tx, ctx.userId, date) };
  });
}

/** Sets or clears the day's notes (creating the plan if it was absent). */
export async function setNotes(ctx: Ctx, body: PlanNotesBody): Promise<Plan> {
  const date = body.date ?? todayOf(ctx);
  const notes = body.notes?.trim() ? body.notes : null;
  const { plan } = await withPlan(ctx, date, (tx, p) => repo.updatePlan(tx, ctx.userId, p.id, { notes }));
  return plan;
}

/**
 * Builds or merges the day's plan from its sources (see mergePlan): kept items stay where they
 * are, new ones go after them; one transaction. A user back after a gap gets a shorter plan.
 */
export async function generate(ctx: Ctx, body: GeneratePlanBody): Promise<Plan> {
  const today = todayOf(ctx);
  const date = body.date ?? today;
  const { plan } = await withPlan(ctx, date, async (tx, p) => {
    const recent = date === today ? await recentActivity(tx, ctx.userId, today) : null;
    const reduced = recent ? isReturning(recent.last_day_before, today) : false;
    const sources = await gatherSources(tx, ctx, date);
    const existing = await repo.listItems(tx, ctx.userId, p.id);
    const merge = mergePlan(existing, orderCandidates(sources, reduced));
    const now = ctx.clock.now();
    await repo.deleteItems(tx, ctx.userId, merge.remove);
    for (const id of merge.complete) await repo.updateItem(tx, ctx.userId, id, { completed_at: now });
    for (const { id, candidate: c } of merge.refresh) {
      await repo.updateItem(tx, ctx.userId, id, {
        title: c.title,
        details: c.details,
        scheduled_at: c.scheduled_at,
      });
    }
    const kept = existing.length - merge.remove.length;
    const room = Math.max(0, PLAN_ITEMS_LIMIT - kept);
    const next = existing.reduce((max, i) => Math.max(max, i.sort_order + 1), 0);
    await repo.insertItems(
      tx,
      ctx.userId,
      p.id,
      merge.insert.slice(0, room).map((c, i) => ({
        kind: c.kind,
        ref_id: c.ref_id,
        title: c.title,
        details: c.details,
        duration_minutes: c.duration_minutes,
        scheduled_at: c.scheduled_at,
        source: 'generated',
        sort_order: next + i,
      })),
    );
    await repo.updatePlan(tx, ctx.userId, p.id, { generated_at: now });
  });
  return plan;
}
