import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { personalQuestStatuses, questDifficulties, questPeriods } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';

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
