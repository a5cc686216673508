import type { Plan, PlanItem } from '#common/contracts/plan';
import { planItemHref } from '#common/rules/plan';
import { type DayKey, dayKey } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import type { PlanItemRow, PlanRow } from './plan.repo';

/** The user's today, in their time zone and day-start hour. */
export const todayOf = (ctx: Ctx): DayKey => dayKey(ctx.clock.now(), ctx.user.timezone, ctx.user.day_start_hour);

export function itemView(row: PlanItemRow): PlanItem {
  return {
    id: row.id,
    plan_id: row.plan_id,
    kind: row.kind as PlanItem['kind'],
    ref_id: row.ref_id,
    title: row.title,
    details: row.details,
    duration_minutes: row.duration_minutes,
    scheduled_at: row.scheduled_at,
    source: row.source as PlanItem['source'],
    sort_order: row.sort_order,
    completed_at: row.completed_at,
    href: planItemHref(row),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** A plan as the API shows it; an absent plan reads as an empty one. */
export function planView(date: DayKey, plan: PlanRow | null, items: PlanItemRow[]): Plan {
  return {
    id: plan?.id ?? null,
    date,
    notes: plan?.notes ?? null,
    generated_at: plan?.generated_at ?? null,
    items: items.map(itemView),
    total: items.length,
    completed: items.filter((i) => i.completed_at).length,
    updated_at: plan?.updated_at ?? null,
  };
}
