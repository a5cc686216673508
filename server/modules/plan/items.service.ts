import type { z } from 'zod';
import {
  type createPlanItemBody,
  PLAN_ITEMS_LIMIT,
  type Plan,
  type PlanItemChange,
  type ReorderPlanBody,
  type UpdatePlanItemBody,
} from '#common/contracts/plan';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound, validationError } from '../../platform/errors';
import { record, reverse } from '../gamification';
import * as repo from './plan.repo';
import { withPlan } from './plan.service';
import { itemView, todayOf } from './plan.view';

/** The ledger key of an item's 2 XP: one award per item, freed again by reopening it. */
export const completionKey = (itemId: string) => `plan_item_complete:${itemId}`;

/**
 * Runs a change to one of the user's items with its plan locked; 404 when it is not theirs.
 * The item is read again under the lock, so two changes at once see each other's result.
 */
async function withItem<T>(
  ctx: Ctx,
  id: string,
  act: (tx: Tx, item: repo.PlanItemRow) => Promise<T>,
): Promise<{ result: T; plan: Plan; date: string }> {
  const seen = await repo.findItem(ctx.database.db, ctx.userId, id);
  if (!seen) throw notFound('plan item');
  const out = await withPlan(ctx, seen.plan_date, async (tx) => {
    const item = await repo.findItem(tx, ctx.userId, id);
    if (!item) throw notFound('plan item');
    return act(tx, item);
  });
  return { ...out, date: seen.plan_date };
}

/** Adds a hand-made item after the last one (409 once the plan holds 200). */
export async function add(ctx: Ctx, body: z.output<typeof createPlanItemBody>): Promise<Plan> {
  const date = body.date ?? todayOf(ctx);
  const { plan } = await withPlan(ctx, date, async (tx, p) => {
    const items = await repo.listItems(tx, ctx.userId, p.id);
    if (items.length >= PLAN_ITEMS_LIMIT) throw conflict(`A plan holds at most ${PLAN_ITEMS_LIMIT} items.`);
    await repo.insertItems(tx, ctx.userId, p.id, [
      {
        kind: body.kind,
        ref_id: null,
        title: body.title,
        details: body.details ?? null,
        duration_minutes: body.duration_minutes ?? null,
        scheduled_at: null,
        source: 'manual',
        sort_order: items.reduce((max, i) => Math.max(max, i.sort_order + 1), 0),
      },
    ]);
  });
  return plan;
}

/** Edits an item; `completed: false` reopens it and takes back what completing it paid. */
export async function edit(ctx: Ctx, id: string, body: UpdatePlanItemBody): Promise<Plan> {
  const { plan } = await withItem(ctx, id, async (tx, item) => {
    const reopen = body.completed === false && item.completed_at !== null;
    if (reopen) await reverse(tx, ctx, completionKey(item.id));
    await repo.updateItem(tx, ctx.userId, item.id, {
      title: body.title,
      details: body.details,
      duration_minutes: body.duration_minutes,
      ...(reopen ? { completed_at: null } : {}),
    });
  });
  return plan;
}

/** Deletes an item; what completing it paid stays paid. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  await withItem(ctx, id, (tx, item) => repo.deleteItems(tx, ctx.userId, [item.id]));
}

/**
 * Completes an item: 2 XP through the game layer, once (`plan_item_complete:<id>`). Completing
 * a completed item changes nothing and pays nothing, however often it is sent.
 */
export async function complete(ctx: Ctx, id: string): Promise<PlanItemChange> {
  const { result, date } = await withItem(ctx, id, async (tx, item) => {
    if (item.completed_at) return { item, reward: null };
    const now = ctx.clock.now();
    const done = await repo.updateItem(tx, ctx.userId, item.id, { completed_at: now });
    const paid = await record(tx, ctx, {
      type: 'plan_item_complete',
      idempotency_key: completionKey(item.id),
      source_id: item.id,
      occurred_at: now,
      data: { kind: item.kind },
    });
    return { item: done, reward: paid.duplicate ? null : paid };
  });
  return { item: itemView(result.item), plan_date: date, reward: result.reward };
}

/** Puts the day's items in the order of `ids`, which must name each of them exactly once (422 otherwise). */
export async function reorder(ctx: Ctx, body: ReorderPlanBody): Promise<Plan> {
  const date = body.date ?? todayOf(ctx);
  const { plan } = await withPlan(ctx, date, async (tx, p) => {
    const own = new Set((await repo.listItems(tx, ctx.userId, p.id)).map((i) => i.id));
    const seen = new Set<string>();
    const details = body.ids.flatMap((itemId, i) => {
      const problem = !own.has(itemId) ? 'Not an item of this plan' : seen.has(itemId) ? 'Listed twice' : null;
      seen.add(itemId);
      return problem ? [{ path: `body.ids.${i}`, message: problem }] : [];
    });
    if (details.length === 0 && seen.size !== own.size) {
      details.push({ path: 'body.ids', message: `List all ${own.size} items of the plan` });
    }
    if (details.length > 0) throw validationError(details, 'The order must name every item of the plan once.');
    await repo.setOrder(tx, ctx.userId, p.id, body.ids);
  });
  return plan;
}
