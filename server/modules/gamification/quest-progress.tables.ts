import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { questPeriods, questTargetTypes } from '#common/enums';
import { adminEditedAt, createdAt, id, ts, updatedAt } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';
import { skill_definitions } from './gamification.tables';

/*
 * Universal quests belong to the game layer: their progress moves with every recorded activity,
 * inside the same transaction. The quests module serves them through this module's index.
 */

/** The admin-managed catalogue of daily/weekly/monthly challenges everyone can work on. */
export const universal_quests = pgTable(
  'universal_quests',
  {
    id: id(),
    key: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    period: text().notNull(),
    target_type: text().notNull(),
    target: integer().notNull(),
    xp_reward: integer().notNull().default(0),
    coin_reward: integer().notNull().default(0),
    skill_key: text().references(() => skill_definitions.key, { onDelete: 'set null', onUpdate: 'cascade' }),
    icon: text().notNull().default('target'),
    is_active: boolean().notNull().default(true),
    sort_order: integer().notNull().default(0),
    admin_edited_at: adminEditedAt(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('universal_quests_key').on(t.key),
    index('universal_quests_period_order_idx').on(t.period, t.sort_order, t.id),
    index('universal_quests_skill_key_idx').on(t.skill_key),
    check('universal_quests_period_valid', oneOf(t.period, questPeriods)),
    check('universal_quests_target_type_valid', oneOf(t.target_type, questTargetTypes)),
    check('universal_quests_target_positive', sql`${t.target} >= 1`),
    check('universal_quests_rewards_non_negative', sql`${t.xp_reward} >= 0 and ${t.coin_reward} >= 0`),
  ],
);

/**
 * A user's progress on a universal quest in one period (`2026-03-14`, `2026-W11`, `2026-03`
 * in the user's own days). A new period is a new row, so progress resets by itself.
 */
export const user_quest_progress = pgTable(
  'user_quest_progress',
  {
    id: id(),
    user_id: ownerId(),
    quest_id: uuid()
      .notNull()
      .references(() => universal_quests.id, { onDelete: 'cascade' }),
    period_key: text().notNull(),
    /** May pass the target: it reports what was done. */
    progress: integer().notNull().default(0),
    /** The quest's target when the period started. */
    target: integer().notNull(),
    completed_at: ts(),
    claimed_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_quest_progress_user_quest_period_key').on(t.user_id, t.quest_id, t.period_key),
    index('user_quest_progress_user_period_idx').on(t.user_id, t.period_key),
    index('user_quest_progress_quest_idx').on(t.quest_id),
    check('user_quest_progress_period_key_shape', sql`${t.period_key} ~ '^[0-9]{4}-(W[0-9]{2}|[0-9]{2}(-[0-9]{2})?)$'`),
    check('user_quest_progress_progress_non_negative', sql`${t.progress} >= 0`),
    check('user_quest_progress_target_positive', sql`${t.target} >= 1`),
    check('user_quest_progress_claim_after_completion', sql`${t.claimed_at} is null or ${t.completed_at} is not null`),
  ],
);
