import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { planItemKinds, planItemSources } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';

/** One plan per user and local day, with the day's notes. */
export const daily_plans = pgTable(
  'daily_plans',
  {
    id: id(),
    user_id: ownerId(),
    plan_date: date({ mode: 'string' }).notNull(),
    notes: text(),
    /** Last time the generator merged items in. */
    generated_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('daily_plans_user_date_key').on(t.user_id, t.plan_date),
    check('daily_plans_notes_length', sql`char_length(${t.notes}) <= 10000`),
  ],
);

/**
 * Ordered items of a plan. `ref_id` points at the habit, quest, event, workout, lesson… the item
 * stands for (no FK: it spans tables). Re-generating merges by (kind, ref_id) and keeps items
 * that are completed or were added by hand.
 */
export const daily_plan_items = pgTable(
  'daily_plan_items',
  {
    id: id(),
    user_id: ownerId(),
    plan_id: uuid()
      .notNull()
      .references(() => daily_plans.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    ref_id: uuid(),
    title: text().notNull(),
    details: text(),
    /** Suggested length, for focus blocks and workouts. */
    duration_minutes: integer(),
    /** Start time for items taken from the calendar. */
    scheduled_at: ts(),
    source: text().notNull().default('manual'),
    sort_order: integer().notNull().default(0),
    completed_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('daily_plan_items_plan_order_idx').on(t.plan_id, t.sort_order, t.id),
    uniqueIndex('daily_plan_items_plan_ref_key').on(t.plan_id, t.kind, t.ref_id).where(sql`${t.ref_id} is not null`),
    index('daily_plan_items_user_idx').on(t.user_id),
    check('daily_plan_items_kind_valid', oneOf(t.kind, planItemKinds)),
    check('daily_plan_items_source_valid', oneOf(t.source, planItemSources)),
    check('daily_plan_items_title_length', sql`char_length(${t.title}) between 1 and 300`),
    check('daily_plan_items_duration_range', sql`${t.duration_minutes} between 1 and 1440`),
    check('daily_plan_items_custom_has_no_ref', sql`${t.kind} <> 'custom' or ${t.ref_id} is null`),
  ],
);
