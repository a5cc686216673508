import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { achievementCategories, achievementTriggerTypes, activityEventTypes, streakTypes } from '#common/enums';
import { adminEditedAt, createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyObject, oneOf, ownerId } from '../../db/table-helpers';

/**
 * The game layer's tables. Only the gamification module writes them; domains report what the
 * user did through it (SPEC §5).
 */

/** What the user did, as reported by a domain: one row per event, with the reward it earned. */
export const activity_events = pgTable(
  'activity_events',
  {
    id: id(),
    user_id: ownerId(),
    event_type: text().notNull(),
    occurred_at: ts().notNull(),
    /** The user's day the event counts for (time zone and day-start hour applied). */
    local_date: date({ mode: 'string' }).notNull(),
    /** The domain row behind the event (session, habit, book…); no FK, it spans tables. */
    source_id: uuid(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default(emptyObject),
    xp_awarded: integer().notNull().default(0),
    coins_awarded: integer().notNull().default(0),
    created_at: createdAt(),
  },
  (t) => [
    index('activity_events_user_occurred_idx').on(t.user_id, t.occurred_at, t.id),
    // Counts for achievements and quest progress per period.
    index('activity_events_user_type_date_idx').on(t.user_id, t.event_type, t.local_date),
    index('activity_events_user_date_idx').on(t.user_id, t.local_date),
    // The admin console's daily rollup and its live today (a range of recording time across users).
    index('activity_events_created_idx').on(t.created_at, t.id),
    check('activity_events_type_valid', oneOf(t.event_type, activityEventTypes)),
    check('activity_events_rewards_non_negative', sql`${t.xp_awarded} >= 0 and ${t.coins_awarded} >= 0`),
  ],
);

/**
 * The truth of the economy: one row per award or spend, carrying XP and coins. A repeated
 * idempotency key is a no-op. Spends (purchases) and reversals (undo) are negative rows.
 */
export const points_ledger = pgTable(
  'points_ledger',
  {
    id: id(),
    user_id: ownerId(),
    /** Why: an activity event type, or achievement, quest_claim, purchase, refund, reward_claim, adjustment. */
    event_type: text().notNull(),
    activity_event_id: uuid().references(() => activity_events.id, { onDelete: 'set null' }),
    source_id: uuid(),
    xp: integer().notNull().default(0),
    coins: integer().notNull().default(0),
    skill_key: text().references(() => skill_definitions.key, { onDelete: 'set null', onUpdate: 'cascade' }),
    skill_stars: integer().notNull().default(0),
    reason: text(),
    idempotency_key: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default(emptyObject),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('points_ledger_user_idempotency_key').on(t.user_id, t.idempotency_key),
    index('points_ledger_user_created_idx').on(t.user_id, t.created_at, t.id),
    index('points_ledger_activity_event_idx').on(t.activity_event_id),
    index('points_ledger_skill_key_idx').on(t.skill_key),
    // The admin console's daily rollup and its live today (a range of recording time across users).
    index('points_ledger_created_idx').on(t.created_at, t.id),
    check('points_ledger_stars_need_skill', sql`${t.skill_stars} = 0 or ${t.skill_key} is not null`),
    check('points_ledger_stars_non_negative', sql`${t.skill_stars} >= 0`),
    check('points_ledger_key_length', sql`char_length(${t.idempotency_key}) between 1 and 200`),
  ],
);

/** One per user: the coin balance (always the sum of the ledger's coins) and lifetime totals. */
export const user_wallet = pgTable(
  'user_wallet',
  {
    id: id(),
    user_id: ownerId(),
    coins: integer().notNull().default(0),
    total_earned: integer().notNull().default(0),
    total_spent: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_wallet_user_key').on(t.user_id),
    check('user_wallet_coins_non_negative', sql`${t.coins} >= 0`),
    check('user_wallet_totals_non_negative', sql`${t.total_earned} >= 0 and ${t.total_spent} >= 0`),
  ],
);

/** One per user: lifetime XP (always the sum of the ledger's XP) and the level it gives. */
export const user_progress = pgTable(
  'user_progress',
  {
    id: id(),
    user_id: ownerId(),
    total_xp: integer().notNull().default(0),
    level: integer().notNull().default(1),
    total_skill_stars: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_progress_user_key').on(t.user_id),
    check('user_progress_xp_non_negative', sql`${t.total_xp} >= 0`),
    check('user_progress_level_positive', sql`${t.level} >= 1`),
    check('user_progress_stars_non_negative', sql`${t.total_skill_stars} >= 0`),
  ],
);

/** Consecutive local days with activity, per user and streak type. */
export const user_streaks = pgTable(
  'user_streaks',
  {
    id: id(),
    user_id: ownerId(),
    streak_type: text().notNull(),
    current_streak: integer().notNull().default(0),
    longest_streak: integer().notNull().default(0),
    last_active_date: date({ mode: 'string' }),
    /** Missed days bridged by a streak shield over the streak's life. */
    shields_used: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_streaks_user_type_key').on(t.user_id, t.streak_type),
    check('user_streaks_type_valid', oneOf(t.streak_type, streakTypes)),
    check(
      'user_streaks_counts_valid',
      sql`${t.current_streak} >= 0 and ${t.longest_streak} >= ${t.current_streak} and ${t.shields_used} >= 0`,
    ),
  ],
);

/** The achievement catalogue: a trigger (count, streak, level, total) and a reward, as data. */
export const achievement_definitions = pgTable(
  'achievement_definitions',
  {
    id: id(),
    key: text().notNull(),
    name: text().notNull(),
    description: text().notNull(),
    category: text().notNull(),
    icon: text().notNull().default('trophy'),
    trigger_type: text().notNull(),
    /** Shape per trigger type: common/catalogue.ts `achievementTrigger`. */
    trigger_config: jsonb().$type<Record<string, unknown>>().notNull(),
    reward_xp: integer().notNull().default(0),
    reward_coins: integer().notNull().default(0),
    /** The key of a market item the achievement grants, claimed from the market. */
    reward_item_key: text(),
    /** Shown as "???" until earned. */
    is_hidden: boolean().notNull().default(false),
    is_active: boolean().notNull().default(true),
    sort_order: integer().notNull().default(0),
    admin_edited_at: adminEditedAt(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    // A constraint, not just an index: foreign keys reference it.
    unique('achievement_definitions_key').on(t.key),
    index('achievement_definitions_sort_idx').on(t.sort_order, t.id),
    check('achievement_definitions_trigger_type_valid', oneOf(t.trigger_type, achievementTriggerTypes)),
    check('achievement_definitions_category_valid', oneOf(t.category, achievementCategories)),
    check('achievement_definitions_config_object', sql`jsonb_typeof(${t.trigger_config}) = 'object'`),
    check('achievement_definitions_rewards_non_negative', sql`${t.reward_xp} >= 0 and ${t.reward_coins} >= 0`),
  ],
);

/** Achievements a user has unlocked; each unlocks once. */
export const user_achievements = pgTable(
  'user_achievements',
  {
    id: id(),
    user_id: ownerId(),
    achievement_key: text()
      .notNull()
      .references(() => achievement_definitions.key, { onDelete: 'cascade', onUpdate: 'cascade' }),
    earned_at: ts().notNull().defaultNow(),
    /** Cleared once the web app has celebrated it. */
    notified: boolean().notNull().default(false),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('user_achievements_user_key').on(t.user_id, t.achievement_key),
    index('user_achievements_user_earned_idx').on(t.user_id, t.earned_at, t.id),
    index('user_achievements_key_idx').on(t.achievement_key),
  ],
);

/** The skill catalogue: stars per level and the level cap. */
export const skill_definitions = pgTable(
  'skill_definitions',
  {
    id: id(),
    key: text().notNull(),
    name: text().notNull(),
    description: text().notNull(),
    icon: text().notNull(),
    color: text().notNull(),
    stars_per_level: integer().notNull().default(10),
    max_level: integer().notNull().default(100),
    is_active: boolean().notNull().default(true),
    sort_order: integer().notNull().default(0),
    admin_edited_at: adminEditedAt(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    // A constraint, not just an index: foreign keys reference it.
    unique('skill_definitions_key').on(t.key),
    index('skill_definitions_sort_idx').on(t.sort_order, t.id),
    check('skill_definitions_levels_positive', sql`${t.stars_per_level} >= 1 and ${t.max_level} >= 1`),
  ],
);

/** Stars a user holds in each skill, and the level they give (capped at the skill's max level). */
export const user_skills = pgTable(
  'user_skills',
  {
    id: id(),
    user_id: ownerId(),
    skill_key: text()
      .notNull()
      .references(() => skill_definitions.key, { onDelete: 'cascade', onUpdate: 'cascade' }),
    stars: integer().notNull().default(0),
    level: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('user_skills_user_skill_key').on(t.user_id, t.skill_key),
    index('user_skills_skill_key_idx').on(t.skill_key),
    check('user_skills_non_negative', sql`${t.stars} >= 0 and ${t.level} >= 0`),
  ],
);
