import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { personalQuestStatuses, questDifficulties, questPeriods, questTargetTypes } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';
import { skill_definitions } from '../gamification/gamification.tables';

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

/**
 * The user's own quests. States: active → accepted → completed, active|accepted → abandoned.
 * A repeatable quest re-opens each period and keeps a streak of consecutive completed periods.
 */
export const user_quests = pgTable(
  'user_quests',
  {
    id: id(),
    user_id: ownerId(),
    title: text().notNull(),
    description: text(),
    category: text(),
    difficulty: text().notNull().default('starter'),
    status: text().notNull().default('active'),
    /** Rewards fixed from the difficulty when the quest is created. */
    xp_reward: integer().notNull().default(0),
    coin_reward: integer().notNull().default(0),
    progress: integer().notNull().default(0),
    target: integer().notNull().default(1),
    due_date: date({ mode: 'string' }),
    is_repeatable: boolean().notNull().default(false),
    repeat_period: text(),
    streak_count: integer().notNull().default(0),
    longest_streak: integer().notNull().default(0),
    /** Period key of the last completion, to tell a kept streak from a broken one. */
    last_completed_period: text(),
    accepted_at: ts(),
    completed_at: ts(),
    abandoned_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('user_quests_user_created_idx').on(t.user_id, t.created_at, t.id),
    index('user_quests_user_open_idx')
      .on(t.user_id, t.created_at, t.id)
      .where(sql`${t.status} in ('active', 'accepted')`),
    check('user_quests_title_length', sql`char_length(${t.title}) between 1 and 200`),
    check('user_quests_difficulty_valid', oneOf(t.difficulty, questDifficulties)),
    check('user_quests_status_valid', oneOf(t.status, personalQuestStatuses)),
    check('user_quests_repeat_period_valid', oneOf(t.repeat_period, questPeriods)),
    check('user_quests_repeatable_has_period', sql`${t.is_repeatable} = (${t.repeat_period} is not null)`),
    check('user_quests_progress_range', sql`${t.target} >= 1 and ${t.progress} between 0 and ${t.target}`),
    check('user_quests_rewards_non_negative', sql`${t.xp_reward} >= 0 and ${t.coin_reward} >= 0`),
    check('user_quests_streaks_valid', sql`${t.streak_count} >= 0 and ${t.longest_streak} >= ${t.streak_count}`),
    check('user_quests_completed_at_iff_completed', sql`(${t.completed_at} is not null) = (${t.status} = 'completed')`),
  ],
);
