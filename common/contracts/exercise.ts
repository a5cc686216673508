import { z } from 'zod';
import {
  exerciseCategories,
  exerciseEquipment,
  exerciseLevels,
  exerciseMeasurements,
  type Muscle,
  type muscleGroups,
  muscles,
  personalRecordTypes,
  workoutSessionStatuses,
} from '../enums';
import { dateKey, pageQuery, timestamp } from './base';
import { rewardOutcome } from './gamification';
import { longText, text } from './text';

/**
 * Exercise (`/api/exercise`, SPEC §6 Exercise; its rules in docs/RULES.md "Exercise"): the library,
 * workout templates, live sessions and their sets, personal records, programs and statistics.
 * Weights are kilograms on the wire; the `weight_unit` setting is for display and entry only.
 */

export const exerciseCategory = z.enum(exerciseCategories);
export type ExerciseCategory = z.output<typeof exerciseCategory>;
export const exerciseLevel = z.enum(exerciseLevels);
export type ExerciseLevel = z.output<typeof exerciseLevel>;
export const exerciseMeasurement = z.enum(exerciseMeasurements);
export type ExerciseMeasurement = z.output<typeof exerciseMeasurement>;
export const muscle = z.enum(muscles as [Muscle, ...Muscle[]]);
export const equipment = z.enum(exerciseEquipment);
export const sessionStatus = z.enum(workoutSessionStatuses);
export type SessionStatus = z.output<typeof sessionStatus>;
export const recordType = z.enum(personalRecordTypes);
export type RecordType = z.output<typeof recordType>;

// ── Limits ────────────────────────────────────────────────────────────────────

export const EXERCISE_NAME_MAX = 200;
export const EXERCISE_DESCRIPTION_MAX = 2000;
export const EXERCISE_INSTRUCTIONS_MAX = 5000;
export const EXERCISE_SAFETY_MAX = 1000;
export const EXERCISE_MUSCLES_MAX = 10;
export const EXERCISE_EQUIPMENT_MAX = 10;
export const EXERCISE_SEARCH_MAX = 200;
/** At most this many custom exercises per user. */
export const CUSTOM_EXERCISES_MAX = 500;

export const WORKOUT_NAME_MAX = 200;
export const WORKOUT_DESCRIPTION_MAX = 2000;
export const WORKOUT_EXERCISES_MAX = 40;
export const WORKOUT_NOTES_MAX = 1000;
export const TARGET_SETS_MAX = 50;
export const TARGET_REPS_MAX = 1000;
export const WEIGHT_MAX_KG = 2000;
export const DURATION_MAX_SECONDS = 86_400;
export const REST_MAX_SECONDS = 3600;
export const ESTIMATED_MINUTES_MAX = 600;

export const SET_REPS_MAX = 10_000;
/** Metres in one set (a marathon is 42 195). */
export const SET_DISTANCE_MAX_M = 1_000_000;
export const SET_NOTES_MAX = 500;
/** Sets one session may hold. */
export const SESSION_SETS_MAX = 300;
export const SESSION_NOTES_MAX = 2000;
/** A session with no set logged for this long is abandoned by the next read of it. */
export const SESSION_IDLE_HOURS = 12;
/** Active minutes a finished session is paid for at most. */
export const SESSION_PAID_MINUTES_MAX = 120;

export const PROGRAM_NAME_MAX = 200;
export const PROGRAM_DESCRIPTION_MAX = 2000;
export const PROGRAM_GOAL_MAX = 200;
export const PROGRAM_WEEKS_MAX = 52;
export const PROGRAM_NOTES_MAX = 1000;
export const PROGRAM_WEEK_NAME_MAX = 100;

export const STATS_WEEKS_MAX = 52;
export const LAST_SETS_EXERCISES_MAX = 50;

// ── Library ───────────────────────────────────────────────────────────────────

export const exercise = z.object({
  id: z.uuid(),
  /** The built-in exercise's catalogue key; null for the user's own. */
  key: z.string().nullable(),
  is_custom: z.boolean(),
  name: z.string(),
  description: z.string().nullable(),
  instructions: z.string().nullable(),
  safety_note: z.string().nullable(),
  category: exerciseCategory,
  primary_muscles: z.array(z.string()),
  secondary_muscles: z.array(z.string()),
  equipment: z.array(z.string()),
  level: exerciseLevel,
  measurement: exerciseMeasurement,
  created_at: timestamp,
  updated_at: timestamp,
});
export type Exercise = z.output<typeof exercise>;

/** What a template, a set or a record shows of its exercise. */
export const exerciseRef = z.object({
  id: z.uuid(),
  name: z.string(),
  category: exerciseCategory,
  measurement: exerciseMeasurement,
  primary_muscles: z.array(z.string()),
  equipment: z.array(z.string()),
  is_custom: z.boolean(),
});
export type ExerciseRef = z.output<typeof exerciseRef>;

/**
 * The library, built-in and the user's own. Without `q`, by name (keyset); with `q`, ranked by
 * relevance (one page of the best matches).
 */
export const exerciseListQuery = pageQuery.extend({
  q: text(EXERCISE_SEARCH_MAX).min(1).optional(),
  /** A primary muscle. */
  muscle: muscle.optional(),
  equipment: equipment.optional(),
  category: exerciseCategory.optional(),
  level: exerciseLevel.optional(),
  /** `builtin` or `custom` only; both by default. */
  source: z.enum(['all', 'builtin', 'custom']).default('all'),
});
export type ExerciseListQuery = z.input<typeof exerciseListQuery>;

const muscleList = z
  .array(muscle)
  .max(EXERCISE_MUSCLES_MAX)
  .transform((m) => [...new Set(m)]);
const equipmentList = z
  .array(equipment)
  .max(EXERCISE_EQUIPMENT_MAX)
  .transform((e) => [...new Set(e)]);

const exerciseFields = {
  name: text(EXERCISE_NAME_MAX).min(1),
  description: longText(EXERCISE_DESCRIPTION_MAX).nullable(),
  instructions: longText(EXERCISE_INSTRUCTIONS_MAX).nullable(),
  safety_note: longText(EXERCISE_SAFETY_MAX).nullable(),
  category: exerciseCategory,
  primary_muscles: muscleList,
  secondary_muscles: muscleList,
  equipment: equipmentList,
  level: exerciseLevel,
  measurement: exerciseMeasurement,
};

export const createExerciseBody = z.strictObject({
  ...exerciseFields,
  description: exerciseFields.description.optional(),
  instructions: exerciseFields.instructions.optional(),
  safety_note: exerciseFields.safety_note.optional(),
  primary_muscles: exerciseFields.primary_muscles.default([]),
  secondary_muscles: exerciseFields.secondary_muscles.default([]),
  equipment: exerciseFields.equipment.default([]),
  level: exerciseFields.level.default('beginner'),
  measurement: exerciseFields.measurement.default('weight_reps'),
});
export type CreateExerciseBody = z.input<typeof createExerciseBody>;

export const updateExerciseBody = z.strictObject(exerciseFields).partial();
export type UpdateExerciseBody = z.input<typeof updateExerciseBody>;

// ── Workout templates ─────────────────────────────────────────────────────────

const targetFields = {
  target_sets: z.number().int().min(1).max(TARGET_SETS_MAX).nullable(),
  target_reps: z.number().int().min(1).max(TARGET_REPS_MAX).nullable(),
  target_weight: z.number().min(0).max(WEIGHT_MAX_KG).nullable(),
  target_duration_seconds: z.number().int().min(1).max(DURATION_MAX_SECONDS).nullable(),
  rest_seconds: z.number().int().min(0).max(REST_MAX_SECONDS).nullable(),
  notes: longText(WORKOUT_NOTES_MAX).nullable(),
};

/** One exercise of a template, in list order. */
export const workoutExerciseInput = z.strictObject({
  exercise_id: z.uuid(),
  target_sets: targetFields.target_sets.optional(),
  target_reps: targetFields.target_reps.optional(),
  target_weight: targetFields.target_weight.optional(),
  target_duration_seconds: targetFields.target_duration_seconds.optional(),
  rest_seconds: targetFields.rest_seconds.optional(),
  notes: targetFields.notes.optional(),
});
export type WorkoutExerciseInput = z.input<typeof workoutExerciseInput>;

export const workoutExercise = z.object({
  id: z.uuid(),
  exercise: exerciseRef,
  sort_order: z.number().int(),
  target_sets: z.number().int().nullable(),
  target_reps: z.number().int().nullable(),
  target_weight: z.number().nullable(),
  target_duration_seconds: z.number().int().nullable(),
  rest_seconds: z.number().int().nullable(),
  notes: z.string().nullable(),
});
export type WorkoutExercise = z.output<typeof workoutExercise>;

export const workoutSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  category: exerciseCategory.nullable(),
  level: exerciseLevel.nullable(),
  estimated_minutes: z.number().int().nullable(),
  archived_at: timestamp.nullable(),
  exercise_count: z.number().int(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type WorkoutSummary = z.output<typeof workoutSummary>;

export const workout = workoutSummary.extend({ exercises: z.array(workoutExercise) });
export type Workout = z.output<typeof workout>;

/** Newest first; archived templates only with `archived=true`. */
export const workoutListQuery = pageQuery.extend({
  archived: z.enum(['true', 'false']).default('false'),
});

const workoutFields = {
  name: text(WORKOUT_NAME_MAX).min(1),
  description: longText(WORKOUT_DESCRIPTION_MAX).nullable(),
  category: exerciseCategory.nullable(),
  level: exerciseLevel.nullable(),
  estimated_minutes: z.number().int().min(1).max(ESTIMATED_MINUTES_MAX).nullable(),
  /** The whole ordered list; on update it replaces the list. */
  exercises: z.array(workoutExerciseInput).max(WORKOUT_EXERCISES_MAX),
};

export const createWorkoutBody = z.strictObject({
  name: workoutFields.name,
  description: workoutFields.description.optional(),
  category: workoutFields.category.optional(),
  level: workoutFields.level.optional(),
  estimated_minutes: workoutFields.estimated_minutes.optional(),
  exercises: workoutFields.exercises.default([]),
});
export type CreateWorkoutBody = z.input<typeof createWorkoutBody>;

export const updateWorkoutBody = z.strictObject({ ...workoutFields, archived: z.boolean() }).partial();
export type UpdateWorkoutBody = z.input<typeof updateWorkoutBody>;

/** A copy named "<name> (copy)" unless a name is given. */
export const duplicateWorkoutBody = z.strictObject({ name: workoutFields.name.optional() });

// ── Sessions and sets ─────────────────────────────────────────────────────────

export const exerciseSet = z.object({
  id: z.uuid(),
  session_id: z.uuid(),
  exercise_id: z.uuid(),
  set_number: z.number().int(),
  weight: z.number().nullable(),
  reps: z.number().int().nullable(),
  duration_seconds: z.number().int().nullable(),
  distance_m: z.number().nullable(),
  rpe: z.number().nullable(),
  is_warmup: z.boolean(),
  notes: z.string().nullable(),
  completed_at: timestamp,
  created_at: timestamp,
  updated_at: timestamp,
});
export type ExerciseSet = z.output<typeof exerciseSet>;

export const sessionSummary = z.object({
  id: z.uuid(),
  workout_id: z.uuid().nullable(),
  program_day_id: z.uuid().nullable(),
  name: z.string(),
  status: sessionStatus,
  started_at: timestamp,
  ended_at: timestamp.nullable(),
  duration_seconds: z.number().int().nullable(),
  rating: z.number().int().nullable(),
  notes: z.string().nullable(),
  /** Σ weight × reps of the working sets, kg. */
  total_volume: z.number(),
  last_activity_at: timestamp,
  /** Sets logged, warm-ups included, and working sets. */
  set_count: z.number().int(),
  working_set_count: z.number().int(),
  xp_awarded: z.number().int(),
  coins_awarded: z.number().int(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type SessionSummary = z.output<typeof sessionSummary>;

/** The sets of one exercise in a session, in the order they were logged. */
export const sessionExercise = z.object({
  exercise: exerciseRef,
  sets: z.array(exerciseSet),
});

export const session = sessionSummary.extend({
  /** Grouped by exercise, in the order each was first logged. */
  exercises: z.array(sessionExercise),
});
export type Session = z.output<typeof session>;

/** Past and present sessions, newest start first. */
export const sessionListQuery = pageQuery.extend({ status: sessionStatus.optional() });

/** Empty for a free session; from a template it is named after it unless a name is given. */
export const startSessionBody = z.strictObject({
  workout_id: z.uuid().optional(),
  name: text(WORKOUT_NAME_MAX).min(1).optional(),
});
export type StartSessionBody = z.input<typeof startSessionBody>;

const setFields = {
  exercise_id: z.uuid(),
  weight: z.number().min(0).max(WEIGHT_MAX_KG).nullable(),
  reps: z.number().int().min(0).max(SET_REPS_MAX).nullable(),
  duration_seconds: z.number().int().min(0).max(DURATION_MAX_SECONDS).nullable(),
  distance_m: z.number().min(0).max(SET_DISTANCE_MAX_M).nullable(),
  /** Rate of perceived exertion, 1–10 in half steps. */
  rpe: z.number().min(1).max(10).multipleOf(0.5).nullable(),
  is_warmup: z.boolean(),
  notes: longText(SET_NOTES_MAX).nullable(),
};

export const createSetBody = z.strictObject({
  exercise_id: setFields.exercise_id,
  weight: setFields.weight.optional(),
  reps: setFields.reps.optional(),
  duration_seconds: setFields.duration_seconds.optional(),
  distance_m: setFields.distance_m.optional(),
  rpe: setFields.rpe.optional(),
  is_warmup: setFields.is_warmup.default(false),
  notes: setFields.notes.optional(),
});
export type CreateSetBody = z.input<typeof createSetBody>;

export const updateSetBody = z.strictObject(setFields).partial();
export type UpdateSetBody = z.input<typeof updateSetBody>;

export const setParams = z.object({ id: z.uuid(), setId: z.uuid() });

/** A record a set write made (the PR badge). */
export const recordHit = z.object({
  exercise_id: z.uuid(),
  record_type: recordType,
  value: z.number(),
  previous_value: z.number().nullable(),
});
export type RecordHit = z.output<typeof recordHit>;

/** A logged or edited set, the session after it, the records it set and what they paid. */
export const setWrite = z.object({
  set: exerciseSet,
  session: sessionSummary,
  records: z.array(recordHit),
  /** What the new records paid (null when none). */
  reward: rewardOutcome.nullable(),
});
export type SetWrite = z.output<typeof setWrite>;

export const finishSessionBody = z.strictObject({
  rating: z.number().int().min(1).max(5).optional(),
  notes: longText(SESSION_NOTES_MAX).nullable().optional(),
});
export type FinishSessionBody = z.input<typeof finishSessionBody>;

export const sessionFinish = z.object({ session, reward: rewardOutcome });
export type SessionFinish = z.output<typeof sessionFinish>;

/** `exercise_ids=<uuid>,<uuid>…` (up to 50). */
export const lastSetsQuery = z.object({
  exercise_ids: text(LAST_SETS_EXERCISES_MAX * 37, { trim: false })
    .transform((s) => [...new Set(s.split(',').filter((x) => x !== ''))])
    .pipe(z.array(z.uuid()).min(1).max(LAST_SETS_EXERCISES_MAX)),
});

/** The working sets of an exercise in the latest finished session that has some. */
export const lastSets = z.object({
  exercise_id: z.uuid(),
  session_id: z.uuid(),
  performed_at: timestamp,
  sets: z.array(
    z.object({
      set_number: z.number().int(),
      weight: z.number().nullable(),
      reps: z.number().int().nullable(),
      duration_seconds: z.number().int().nullable(),
      distance_m: z.number().nullable(),
      rpe: z.number().nullable(),
    }),
  ),
});
export type LastSets = z.output<typeof lastSets>;

// ── Personal records ──────────────────────────────────────────────────────────

export const personalRecord = z.object({
  id: z.uuid(),
  exercise: exerciseRef,
  record_type: recordType,
  value: z.number(),
  previous_value: z.number().nullable(),
  /** value − previous_value; null for a first record. */
  improvement: z.number().nullable(),
  /** The set behind it: its weight and reps (for max_reps, the weight the reps were done at). */
  weight: z.number().nullable(),
  reps: z.number().int().nullable(),
  set_id: z.uuid().nullable(),
  achieved_at: timestamp,
});
export type PersonalRecord = z.output<typeof personalRecord>;

/** The user's records grouped by exercise (keyset on exercise, then type); one exercise with `exercise_id`. */
export const recordsQuery = pageQuery.extend({ exercise_id: z.uuid().optional() });
/** Records newest first. */
export const recordTimelineQuery = pageQuery;

// ── Programs ──────────────────────────────────────────────────────────────────

export const programDayInput = z.strictObject({
  /** ISO weekday, 1 = Monday. */
  day_of_week: z.number().int().min(1).max(7),
  /** Null or absent: a rest day. */
  workout_id: z.uuid().nullable().optional(),
  notes: longText(PROGRAM_NOTES_MAX).nullable().optional(),
});

export const programWeekInput = z.strictObject({
  name: text(PROGRAM_WEEK_NAME_MAX).min(1).nullable().optional(),
  is_deload: z.boolean().default(false),
  notes: longText(PROGRAM_NOTES_MAX).nullable().optional(),
  /** At most one entry per weekday; a weekday not listed is a rest day. */
  days: z
    .array(programDayInput)
    .max(7)
    .refine((days) => new Set(days.map((d) => d.day_of_week)).size === days.length, 'One entry per weekday')
    .default([]),
});

const programFields = {
  name: text(PROGRAM_NAME_MAX).min(1),
  description: longText(PROGRAM_DESCRIPTION_MAX).nullable(),
  goal: text(PROGRAM_GOAL_MAX).nullable(),
  level: exerciseLevel.nullable(),
  /** The weeks in order (week 1 first); their number is the program's length. */
  weeks: z.array(programWeekInput).min(1).max(PROGRAM_WEEKS_MAX),
};

export const createProgramBody = z.strictObject({
  name: programFields.name,
  description: programFields.description.optional(),
  goal: programFields.goal.optional(),
  level: programFields.level.optional(),
  weeks: programFields.weeks,
});
export type CreateProgramBody = z.input<typeof createProgramBody>;

/** `weeks`, when given, replaces every week and day. */
export const updateProgramBody = z.strictObject(programFields).partial();
export type UpdateProgramBody = z.input<typeof updateProgramBody>;

export const programDay = z.object({
  id: z.uuid(),
  day_of_week: z.number().int(),
  workout_id: z.uuid().nullable(),
  workout_name: z.string().nullable(),
  notes: z.string().nullable(),
  /** Its calendar date while the program is active. */
  date: dateKey.nullable(),
  /** A finished session was started from it. */
  done: z.boolean(),
});

export const programWeek = z.object({
  id: z.uuid(),
  week_number: z.number().int(),
  name: z.string().nullable(),
  is_deload: z.boolean(),
  notes: z.string().nullable(),
  days: z.array(programDay),
});

export const scheduledWorkout = z.object({
  program_day_id: z.uuid(),
  workout_id: z.uuid(),
  name: z.string(),
});
export type ScheduledWorkout = z.output<typeof scheduledWorkout>;

export const programProgress = z.object({
  /** 1-based; null before the start or after the last week. */
  current_week: z.number().int().nullable(),
  /** ISO weekday of today. */
  current_day: z.number().int(),
  days_done: z.number().int(),
  /** Days with a workout. */
  days_total: z.number().int(),
  percent: z.number().int(),
  /** Today's workout when one is scheduled and not yet done. */
  today: scheduledWorkout.nullable(),
});
export type ProgramProgress = z.output<typeof programProgress>;

export const programSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  goal: z.string().nullable(),
  level: exerciseLevel.nullable(),
  duration_weeks: z.number().int(),
  is_active: z.boolean(),
  started_at: timestamp.nullable(),
  completed_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type ProgramSummary = z.output<typeof programSummary>;

export const program = programSummary.extend({
  weeks: z.array(programWeek),
  /** While active. */
  progress: programProgress.nullable(),
});
export type Program = z.output<typeof program>;

export const programListQuery = pageQuery;

// ── Stats ─────────────────────────────────────────────────────────────────────

export const statsQuery = z.object({
  weeks: z.coerce.number().int().min(1).max(STATS_WEEKS_MAX).default(12),
});

export const muscleGroupNames = [
  'chest',
  'back',
  'shoulders',
  'arms',
  'core',
  'legs',
  'full_body',
] as const satisfies readonly (typeof muscleGroups)[Muscle][];
export const muscleGroup = z.enum(muscleGroupNames);
export type MuscleGroup = z.output<typeof muscleGroup>;

export const statsWeek = z.object({
  /** The Monday the week starts on, in the user's day. */
  week_start: dateKey,
  sessions: z.number().int(),
  active_minutes: z.number().int(),
  /** Σ weight × reps of working sets, kg. */
  volume: z.number(),
  /** The volume by the primary muscle group of each set's exercise (split evenly between groups). */
  volume_by_group: z.record(muscleGroup, z.number()),
  sets: z.number().int(),
});

export const exerciseStats = z.object({
  weeks: z.array(statsWeek),
  totals: z.object({ sessions: z.number().int(), active_minutes: z.number().int(), volume: z.number() }),
  /** Records set in the range, newest first (at most 100). */
  records: z.array(personalRecord),
});
export type ExerciseStats = z.output<typeof exerciseStats>;
