import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, real, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  exerciseCategories,
  exerciseLevels,
  exerciseMeasurements,
  personalRecordTypes,
  workoutSessionStatuses,
} from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyTextArray, oneOf, ownerId, searchVector } from '../../db/table-helpers';
import { users } from '../user/user.tables';

/**
 * The exercise library: built-in rows (user_id null, seeded by `key`) and a user's custom ones.
 * Weights are kilograms throughout.
 */
export const exercises = pgTable(
  'exercises',
  {
    id: id(),
    user_id: uuid().references(() => users.id, { onDelete: 'cascade' }),
    key: text(),
    name: text().notNull(),
    description: text(),
    instructions: text(),
    /** What to watch for to train it safely. */
    safety_note: text(),
    category: text().notNull(),
    primary_muscles: text().array().notNull().default(emptyTextArray),
    secondary_muscles: text().array().notNull().default(emptyTextArray),
    equipment: text().array().notNull().default(emptyTextArray),
    level: text().notNull().default('beginner'),
    measurement: text().notNull().default('weight_reps'),
    /** Name (weight A) and description (B), for the library's search. */
    search: searchVector('name', 'description'),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('exercises_key').on(t.key),
    index('exercises_search_idx').using('gin', t.search),
    index('exercises_primary_muscles_idx').using('gin', t.primary_muscles),
    index('exercises_equipment_idx').using('gin', t.equipment),
    index('exercises_name_idx').on(t.name, t.id),
    index('exercises_user_name_idx').on(t.user_id, t.name, t.id),
    check('exercises_builtin_iff_keyed', sql`(${t.user_id} is null) = (${t.key} is not null)`),
    check('exercises_name_length', sql`char_length(${t.name}) between 1 and 200`),
    check('exercises_category_valid', oneOf(t.category, exerciseCategories)),
    check('exercises_level_valid', oneOf(t.level, exerciseLevels)),
    check('exercises_measurement_valid', oneOf(t.measurement, exerciseMeasurements)),
  ],
);

/** A user's workout templates. */
export const workouts = pgTable(
  'workouts',
  {
    id: id(),
    user_id: ownerId(),
    name: text().notNull(),
    description: text(),
    category: text(),
    level: text(),
    estimated_minutes: integer(),
    archived_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('workouts_user_created_idx').on(t.user_id, t.created_at, t.id),
    check('workouts_name_length', sql`char_length(${t.name}) between 1 and 200`),
    check('workouts_level_valid', oneOf(t.level, exerciseLevels)),
    check('workouts_estimated_range', sql`${t.estimated_minutes} between 1 and 600`),
  ],
);

/** The ordered exercises of a template, with targets. */
export const workout_exercises = pgTable(
  'workout_exercises',
  {
    id: id(),
    user_id: ownerId(),
    workout_id: uuid()
      .notNull()
      .references(() => workouts.id, { onDelete: 'cascade' }),
    /** No action: a custom exercise in use cannot be deleted (checked at statement end). */
    exercise_id: uuid()
      .notNull()
      .references(() => exercises.id),
    sort_order: integer().notNull().default(0),
    target_sets: smallint(),
    target_reps: smallint(),
    target_weight: real(),
    target_duration_seconds: integer(),
    rest_seconds: integer(),
    notes: text(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('workout_exercises_workout_order_idx').on(t.workout_id, t.sort_order, t.id),
    index('workout_exercises_exercise_idx').on(t.exercise_id),
    index('workout_exercises_user_idx').on(t.user_id),
    check('workout_exercises_sets_range', sql`${t.target_sets} between 1 and 50`),
    check('workout_exercises_reps_range', sql`${t.target_reps} between 1 and 1000`),
    check('workout_exercises_weight_non_negative', sql`${t.target_weight} >= 0`),
    check('workout_exercises_duration_range', sql`${t.target_duration_seconds} between 1 and 86400`),
    check('workout_exercises_rest_range', sql`${t.rest_seconds} between 0 and 3600`),
  ],
);

/** A performed workout, live while `active` (one at a time per user). */
export const workout_sessions = pgTable(
  'workout_sessions',
  {
    id: id(),
    user_id: ownerId(),
    workout_id: uuid().references(() => workouts.id, { onDelete: 'set null' }),
    program_day_id: uuid().references(() => program_days.id, { onDelete: 'set null' }),
    name: text().notNull(),
    status: text().notNull().default('active'),
    started_at: ts().notNull().defaultNow(),
    ended_at: ts(),
    duration_seconds: integer(),
    rating: smallint(),
    notes: text(),
    total_volume: real().notNull().default(0),
    /** When a set was last logged (the start until then): a session idle for 12 hours is abandoned. */
    last_activity_at: ts().notNull().defaultNow(),
    xp_awarded: integer().notNull().default(0),
    coins_awarded: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('workout_sessions_user_started_idx').on(t.user_id, t.started_at, t.id),
    uniqueIndex('workout_sessions_one_active_per_user').on(t.user_id).where(sql`${t.status} = 'active'`),
    index('workout_sessions_workout_idx').on(t.workout_id),
    index('workout_sessions_program_day_idx').on(t.program_day_id),
    check('workout_sessions_status_valid', oneOf(t.status, workoutSessionStatuses)),
    check('workout_sessions_ended_iff_closed', sql`(${t.ended_at} is null) = (${t.status} = 'active')`),
    check('workout_sessions_rating_range', sql`${t.rating} between 1 and 5`),
    check('workout_sessions_duration_non_negative', sql`${t.duration_seconds} >= 0`),
    check(
      'workout_sessions_counters_non_negative',
      sql`${t.total_volume} >= 0 and ${t.xp_awarded} >= 0 and ${t.coins_awarded} >= 0`,
    ),
  ],
);

/** One logged set of a session. */
export const exercise_sets = pgTable(
  'exercise_sets',
  {
    id: id(),
    user_id: ownerId(),
    session_id: uuid()
      .notNull()
      .references(() => workout_sessions.id, { onDelete: 'cascade' }),
    /** No action: history keeps its exercise (checked at statement end). */
    exercise_id: uuid()
      .notNull()
      .references(() => exercises.id),
    set_number: smallint().notNull(),
    weight: real(),
    reps: smallint(),
    duration_seconds: integer(),
    distance_m: real(),
    rpe: real(),
    is_warmup: boolean().notNull().default(false),
    notes: text(),
    completed_at: ts().notNull().defaultNow(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('exercise_sets_session_idx').on(t.session_id, t.set_number, t.id),
    // Per-exercise history and record detection.
    index('exercise_sets_user_exercise_idx').on(t.user_id, t.exercise_id, t.completed_at),
    index('exercise_sets_exercise_idx').on(t.exercise_id),
    check('exercise_sets_set_number_positive', sql`${t.set_number} >= 1`),
    check('exercise_sets_weight_range', sql`${t.weight} between 0 and 2000`),
    check('exercise_sets_reps_range', sql`${t.reps} between 0 and 10000`),
    check('exercise_sets_duration_non_negative', sql`${t.duration_seconds} >= 0`),
    check('exercise_sets_distance_non_negative', sql`${t.distance_m} >= 0`),
    check('exercise_sets_rpe_range', sql`${t.rpe} between 1 and 10`),
  ],
);

/**
 * The user's best per exercise and record type, with the value it replaced. `weight` and `reps`
 * describe the set behind it (for max_reps, the weight the reps were done at).
 */
export const personal_records = pgTable(
  'personal_records',
  {
    id: id(),
    user_id: ownerId(),
    exercise_id: uuid()
      .notNull()
      .references(() => exercises.id, { onDelete: 'cascade' }),
    record_type: text().notNull(),
    value: real().notNull(),
    previous_value: real(),
    weight: real(),
    reps: smallint(),
    set_id: uuid().references(() => exercise_sets.id, { onDelete: 'set null' }),
    achieved_at: ts().notNull(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('personal_records_user_exercise_type_key').on(t.user_id, t.exercise_id, t.record_type),
    index('personal_records_user_achieved_idx').on(t.user_id, t.achieved_at, t.id),
    index('personal_records_exercise_idx').on(t.exercise_id),
    index('personal_records_set_idx').on(t.set_id),
    check('personal_records_type_valid', oneOf(t.record_type, personalRecordTypes)),
    check('personal_records_value_non_negative', sql`${t.value} >= 0`),
    check('personal_records_improves', sql`${t.previous_value} is null or ${t.value} > ${t.previous_value}`),
  ],
);

/** A multi-week training program; one per user is active at a time. */
export const training_programs = pgTable(
  'training_programs',
  {
    id: id(),
    user_id: ownerId(),
    name: text().notNull(),
    description: text(),
    goal: text(),
    level: text(),
    duration_weeks: smallint().notNull(),
    is_active: boolean().notNull().default(false),
    started_at: ts(),
    completed_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('training_programs_user_created_idx').on(t.user_id, t.created_at, t.id),
    uniqueIndex('training_programs_one_active_per_user').on(t.user_id).where(sql`${t.is_active}`),
    check('training_programs_name_length', sql`char_length(${t.name}) between 1 and 200`),
    check('training_programs_level_valid', oneOf(t.level, exerciseLevels)),
    check('training_programs_weeks_range', sql`${t.duration_weeks} between 1 and 52`),
  ],
);

/** The weeks of a program. */
export const program_weeks = pgTable(
  'program_weeks',
  {
    id: id(),
    user_id: ownerId(),
    program_id: uuid()
      .notNull()
      .references(() => training_programs.id, { onDelete: 'cascade' }),
    week_number: smallint().notNull(),
    name: text(),
    is_deload: boolean().notNull().default(false),
    notes: text(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('program_weeks_program_week_key').on(t.program_id, t.week_number),
    index('program_weeks_user_idx').on(t.user_id),
    check('program_weeks_number_range', sql`${t.week_number} between 1 and 52`),
  ],
);

/** The days of a program week (ISO weekday, 1 = Monday); no workout means a rest day. */
export const program_days = pgTable(
  'program_days',
  {
    id: id(),
    user_id: ownerId(),
    week_id: uuid()
      .notNull()
      .references(() => program_weeks.id, { onDelete: 'cascade' }),
    day_of_week: smallint().notNull(),
    workout_id: uuid().references(() => workouts.id, { onDelete: 'set null' }),
    notes: text(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('program_days_week_day_key').on(t.week_id, t.day_of_week),
    index('program_days_workout_idx').on(t.workout_id),
    index('program_days_user_idx').on(t.user_id),
    check('program_days_day_range', sql`${t.day_of_week} between 1 and 7`),
  ],
);
