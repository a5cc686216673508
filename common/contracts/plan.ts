import { z } from 'zod';
import { planItemKinds, planItemSources } from '../enums';
import { dateKey, timestamp } from './base';
import { rewardOutcome } from './gamification';
import { longText, text } from './text';

/** The daily plan (`/api/plan`, SPEC §6 Daily plan; rules in docs/RULES.md). */

export const planItemKind = z.enum(planItemKinds);
export type PlanItemKind = z.output<typeof planItemKind>;
export const planItemSource = z.enum(planItemSources);

/** A plan holds at most this many items, so a plan comes with all of them. */
export const PLAN_ITEMS_LIMIT = 200;

export const planItem = z.object({
  id: z.uuid(),
  plan_id: z.uuid(),
  kind: planItemKind,
  /** The habit, quest, calendar event… the item stands for; null for a focus block or a custom item. */
  ref_id: z.uuid().nullable(),
  title: z.string(),
  details: z.string().nullable(),
  duration_minutes: z.number().int().nullable(),
  /** Start time of items taken from the calendar. */
  scheduled_at: timestamp.nullable(),
  /** `generated` by `POST /api/plan/generate`, `manual` when added by hand. */
  source: planItemSource,
  sort_order: z.number().int(),
  completed_at: timestamp.nullable(),
  /** Where the web app goes to act on the item (e.g. `/focus?start=25`); null for custom items. */
  href: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type PlanItem = z.output<typeof planItem>;

/** A day's plan. An absent plan reads as empty (`id` null) and is created by the first write. */
export const plan = z.object({
  id: z.uuid().nullable(),
  date: dateKey,
  notes: z.string().nullable(),
  /** When the generator last merged items in; null if never. */
  generated_at: timestamp.nullable(),
  items: z.array(planItem),
  total: z.number().int(),
  completed: z.number().int(),
  updated_at: timestamp.nullable(),
});
export type Plan = z.output<typeof plan>;

/** `date` defaults to the user's today (time zone and day-start hour applied). */
export const planQuery = z.object({ date: dateKey.optional() });
export type PlanQuery = z.input<typeof planQuery>;

export const generatePlanBody = z.strictObject({ date: dateKey.optional() });
export type GeneratePlanBody = z.input<typeof generatePlanBody>;

const itemFields = {
  title: text(300).min(1),
  details: longText(2000).nullable(),
  duration_minutes: z.number().int().min(1).max(1440).nullable(),
};

/** A hand-added item: a custom to-do, or a focus block of its own length; it goes last. */
export const createPlanItemBody = z.strictObject({
  date: dateKey.optional(),
  kind: z.enum(['custom', 'focus']).default('custom'),
  title: itemFields.title,
  details: itemFields.details.optional(),
  duration_minutes: itemFields.duration_minutes.optional(),
});
export type CreatePlanItemBody = z.input<typeof createPlanItemBody>;

/** Edit an item; `completed: false` reopens a completed one (and takes its 2 XP back). */
export const updatePlanItemBody = z.strictObject({ ...itemFields, completed: z.literal(false) }).partial();
export type UpdatePlanItemBody = z.input<typeof updatePlanItemBody>;

/** Every item of the day's plan, each once, in the new order. */
export const reorderPlanBody = z.strictObject({
  date: dateKey.optional(),
  ids: z.array(z.uuid()).min(1).max(PLAN_ITEMS_LIMIT),
});
export type ReorderPlanBody = z.input<typeof reorderPlanBody>;

/** The day's notes (null or empty clears them). */
export const planNotesBody = z.strictObject({
  date: dateKey.optional(),
  notes: longText(10_000, { trim: false }).nullable(),
});
export type PlanNotesBody = z.input<typeof planNotesBody>;

/** An item after completing it and what that paid (null when it paid nothing: a repeat). */
export const planItemChange = z.object({ item: planItem, plan_date: dateKey, reward: rewardOutcome.nullable() });
export type PlanItemChange = z.output<typeof planItemChange>;
