import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { goalStatuses, priorities } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';

/** Goals; progress is completed / total milestones (0–100), recomputed on every milestone change. */
export const goals = pgTable(
  'goals',
  {
    id: id(),
    user_id: ownerId(),
    title: text().notNull(),
    description: text(),
    category: text(),
    target_date: date({ mode: 'string' }),
    priority: text().notNull().default('medium'),
    status: text().notNull().default('active'),
    progress: smallint().notNull().default(0),
    completed_at: ts(),
    sort_order: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('goals_user_order_idx').on(t.user_id, t.sort_order, t.id),
    index('goals_user_active_order_idx').on(t.user_id, t.sort_order, t.id).where(sql`${t.status} = 'active'`),
    check('goals_title_length', sql`char_length(${t.title}) between 1 and 200`),
    check('goals_priority_valid', oneOf(t.priority, priorities)),
    check('goals_status_valid', oneOf(t.status, goalStatuses)),
    check('goals_progress_range', sql`${t.progress} between 0 and 100`),
    check('goals_completed_at_iff_completed', sql`(${t.completed_at} is not null) = (${t.status} = 'completed')`),
  ],
);

/** Ordered steps of a goal; `completed_at` is null while open. */
export const goal_milestones = pgTable(
  'goal_milestones',
  {
    id: id(),
    user_id: ownerId(),
    goal_id: uuid()
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text(),
    sort_order: integer().notNull().default(0),
    completed_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('goal_milestones_goal_order_idx').on(t.goal_id, t.sort_order, t.id),
    index('goal_milestones_user_idx').on(t.user_id),
    check('goal_milestones_title_length', sql`char_length(${t.title}) between 1 and 200`),
  ],
);
