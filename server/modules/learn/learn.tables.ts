import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { drillRoundPurposes, drillTypes, fsrsStates, learnDifficulties, lessonStatuses } from '#common/enums';
import { adminEditedAt, createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyArray, oneOf, ownerId } from '../../db/table-helpers';
import { skill_definitions } from '../gamification/gamification.tables';

/** Curriculum topics (seeded, admin-editable). */
export const learn_topics = pgTable(
  'learn_topics',
  {
    id: id(),
    key: text().notNull(),
    name: text().notNull(),
    description: text().notNull(),
    icon: text().notNull().default('book'),
    color: text(),
    is_active: boolean().notNull().default(true),
    sort_order: integer().notNull().default(0),
    admin_edited_at: adminEditedAt(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [uniqueIndex('learn_topics_key').on(t.key), index('learn_topics_order_idx').on(t.sort_order, t.id)],
);

/** Markdown lessons with a short quiz (`QuizQuestion[]` of common/contracts/learn.ts: single or multiple choice). */
export const learn_lessons = pgTable(
  'learn_lessons',
  {
    id: id(),
    topic_id: uuid()
      .notNull()
      .references(() => learn_topics.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    content_markdown: text().notNull(),
    quiz: jsonb().$type<Record<string, unknown>[]>().notNull().default(emptyArray),
    difficulty: text().notNull().default('beginner'),
    duration_minutes: smallint().notNull().default(5),
    xp_reward: integer().notNull().default(15),
    coin_reward: integer().notNull().default(5),
    skill_key: text().references(() => skill_definitions.key, { onDelete: 'set null', onUpdate: 'cascade' }),
    is_active: boolean().notNull().default(true),
    sort_order: integer().notNull().default(0),
    admin_edited_at: adminEditedAt(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('learn_lessons_key').on(t.key),
    index('learn_lessons_topic_order_idx').on(t.topic_id, t.sort_order, t.id),
    index('learn_lessons_skill_key_idx').on(t.skill_key),
    check('learn_lessons_difficulty_valid', oneOf(t.difficulty, learnDifficulties)),
    check('learn_lessons_quiz_array', sql`jsonb_typeof(${t.quiz}) = 'array'`),
    check('learn_lessons_duration_range', sql`${t.duration_minutes} between 1 and 240`),
    check('learn_lessons_rewards_non_negative', sql`${t.xp_reward} >= 0 and ${t.coin_reward} >= 0`),
  ],
);

/** Ear-training drills; `config` holds the generation parameters (intervals, range, tempo…). */
export const learn_drills = pgTable(
  'learn_drills',
  {
    id: id(),
    topic_id: uuid()
      .notNull()
      .references(() => learn_topics.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    drill_type: text().notNull(),
    difficulty: text().notNull().default('beginner'),
    config: jsonb().$type<Record<string, unknown>>().notNull(),
    question_count: smallint().notNull().default(10),
    xp_reward: integer().notNull().default(10),
    coin_reward: integer().notNull().default(2),
    is_active: boolean().notNull().default(true),
    sort_order: integer().notNull().default(0),
    admin_edited_at: adminEditedAt(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('learn_drills_key').on(t.key),
    index('learn_drills_topic_order_idx').on(t.topic_id, t.sort_order, t.id),
    check('learn_drills_type_valid', oneOf(t.drill_type, drillTypes)),
    check('learn_drills_difficulty_valid', oneOf(t.difficulty, learnDifficulties)),
    check('learn_drills_config_object', sql`jsonb_typeof(${t.config}) = 'object'`),
    check('learn_drills_question_count_range', sql`${t.question_count} between 1 and 100`),
    check('learn_drills_rewards_non_negative', sql`${t.xp_reward} >= 0 and ${t.coin_reward} >= 0`),
  ],
);

/**
 * FSRS review state, kept as columns on the two progress tables rather than in a separate
 * cards table: each (user, lesson) and (user, drill) has exactly one schedule, so a join would
 * buy nothing. Names follow ts-fsrs' `Card`; `due` is null until the first completion.
 */
const fsrsCard = () => ({
  due: ts(),
  stability: doublePrecision().notNull().default(0),
  difficulty: doublePrecision().notNull().default(0),
  elapsed_days: integer().notNull().default(0),
  scheduled_days: integer().notNull().default(0),
  learning_steps: integer().notNull().default(0),
  reps: integer().notNull().default(0),
  lapses: integer().notNull().default(0),
  state: smallint().notNull().default(0),
  last_review: ts(),
});

/** A user's lesson: started/completed, quiz scores (0–100, pass mark 70) and review schedule. */
export const user_lesson_progress = pgTable(
  'user_lesson_progress',
  {
    id: id(),
    user_id: ownerId(),
    lesson_id: uuid()
      .notNull()
      .references(() => learn_lessons.id, { onDelete: 'cascade' }),
    status: text().notNull().default('in_progress'),
    started_at: ts().notNull().defaultNow(),
    completed_at: ts(),
    attempts: integer().notNull().default(0),
    last_score: smallint(),
    best_score: smallint(),
    /** When the quiz was last taken: a review needs an attempt after `last_review`. */
    last_attempt_at: ts(),
    ...fsrsCard(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_lesson_progress_user_lesson_key').on(t.user_id, t.lesson_id),
    index('user_lesson_progress_user_updated_idx').on(t.user_id, t.updated_at, t.id),
    index('user_lesson_progress_lesson_idx').on(t.lesson_id),
    // The review queue.
    index('user_lesson_progress_user_due_idx').on(t.user_id, t.due).where(sql`${t.due} is not null`),
    check('user_lesson_progress_status_valid', oneOf(t.status, lessonStatuses)),
    check(
      'user_lesson_progress_completed_iff_dated',
      sql`(${t.status} = 'completed') = (${t.completed_at} is not null)`,
    ),
    check('user_lesson_progress_attempts_non_negative', sql`${t.attempts} >= 0`),
    check(
      'user_lesson_progress_scores_range',
      sql`${t.last_score} between 0 and 100 and ${t.best_score} between 0 and 100`,
    ),
    check('user_lesson_progress_state_valid', oneOf(t.state, fsrsStates)),
    check('user_lesson_progress_fsrs_non_negative', sql`${t.reps} >= 0 and ${t.lapses} >= 0 and ${t.stability} >= 0`),
  ],
);

/** A user's results on a drill (sums of sessions: score 0–100, correct/total, time) and its schedule. */
export const user_drill_stats = pgTable(
  'user_drill_stats',
  {
    id: id(),
    user_id: ownerId(),
    drill_id: uuid()
      .notNull()
      .references(() => learn_drills.id, { onDelete: 'cascade' }),
    sessions: integer().notNull().default(0),
    total_correct: integer().notNull().default(0),
    total_questions: integer().notNull().default(0),
    total_time_seconds: integer().notNull().default(0),
    last_score: smallint(),
    best_score: smallint(),
    /** Consecutive sessions scoring at least 80. */
    current_streak: integer().notNull().default(0),
    best_streak: integer().notNull().default(0),
    last_attempt_at: ts(),
    ...fsrsCard(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_drill_stats_user_drill_key').on(t.user_id, t.drill_id),
    index('user_drill_stats_user_updated_idx').on(t.user_id, t.updated_at, t.id),
    index('user_drill_stats_drill_idx').on(t.drill_id),
    index('user_drill_stats_user_due_idx').on(t.user_id, t.due).where(sql`${t.due} is not null`),
    check(
      'user_drill_stats_counts_valid',
      sql`${t.sessions} >= 0 and ${t.total_correct} >= 0 and ${t.total_correct} <= ${t.total_questions} and ${t.total_time_seconds} >= 0`,
    ),
    check(
      'user_drill_stats_scores_range',
      sql`${t.last_score} between 0 and 100 and ${t.best_score} between 0 and 100`,
    ),
    check('user_drill_stats_streaks_valid', sql`${t.current_streak} >= 0 and ${t.best_streak} >= ${t.current_streak}`),
    check('user_drill_stats_state_valid', oneOf(t.state, fsrsStates)),
    check('user_drill_stats_fsrs_non_negative', sql`${t.reps} >= 0 and ${t.lapses} >= 0 and ${t.stability} >= 0`),
  ],
);

/**
 * A round of drill questions the server issued, with their answers (never sent before the
 * submission). Answered once, before `expires_at`; its result is kept, so a round is also the
 * history of a drill's scores. A review round is used by one review (`reviewed_at`).
 */
export const learn_drill_rounds = pgTable(
  'learn_drill_rounds',
  {
    id: id(),
    user_id: ownerId(),
    drill_id: uuid()
      .notNull()
      .references(() => learn_drills.id, { onDelete: 'cascade' }),
    purpose: text().notNull().default('practice'),
    questions: jsonb().$type<Record<string, unknown>[]>().notNull(),
    issued_at: ts().notNull().defaultNow(),
    expires_at: ts().notNull(),
    submitted_at: ts(),
    correct: smallint(),
    total: smallint().notNull(),
    score: smallint(),
    time_seconds: integer(),
    xp_awarded: integer().notNull().default(0),
    coins_awarded: integer().notNull().default(0),
    reviewed_at: ts(),
    created_at: createdAt(),
  },
  (t) => [
    index('learn_drill_rounds_user_issued_idx').on(t.user_id, t.issued_at, t.id),
    index('learn_drill_rounds_drill_idx').on(t.drill_id),
    // Score history and the daily reward cap read submitted rounds only.
    index('learn_drill_rounds_user_submitted_idx')
      .on(t.user_id, t.submitted_at)
      .where(sql`${t.submitted_at} is not null`),
    check('learn_drill_rounds_purpose_valid', oneOf(t.purpose, drillRoundPurposes)),
    check('learn_drill_rounds_questions_array', sql`jsonb_typeof(${t.questions}) = 'array'`),
    check(
      'learn_drill_rounds_result_iff_submitted',
      sql`(${t.submitted_at} is null) = (${t.score} is null) and (${t.submitted_at} is null) = (${t.correct} is null)`,
    ),
    check(
      'learn_drill_rounds_counts_valid',
      sql`${t.total} between 1 and 100 and ${t.correct} between 0 and ${t.total} and ${t.score} between 0 and 100`,
    ),
    check('learn_drill_rounds_rewards_non_negative', sql`${t.xp_awarded} >= 0 and ${t.coins_awarded} >= 0`),
  ],
);
