/**
 * Value lists the database enforces with CHECK constraints. Contracts, rules and the web app
 * import them from here so the API, the tables and the screens accept the same values.
 */

// ── Game layer ────────────────────────────────────────────────────────────────
export const skillKeys = ['focus', 'discipline', 'strength', 'endurance', 'creativity', 'knowledge'] as const;
export type SkillKey = (typeof skillKeys)[number];

/** What a domain reports to the game layer (SPEC §5). */
export const activityEventTypes = [
  'focus_complete',
  'habit_complete',
  'perfect_habit_day',
  'goal_milestone_complete',
  'goal_complete',
  'quest_complete',
  'workout_complete',
  'personal_record',
  'reading_session',
  'book_complete',
  'lesson_complete',
  'drill_complete',
  'review_session',
  'plan_item_complete',
  'track_analyzed',
  'daily_login',
] as const;
export type ActivityEventType = (typeof activityEventTypes)[number];

export const streakTypes = ['daily', 'focus', 'habit', 'workout', 'reading', 'learning'] as const;
export type StreakType = (typeof streakTypes)[number];

export const achievementTriggerTypes = ['count', 'streak', 'level', 'total'] as const;
/** Lifetime sums a `total` achievement can watch. */
export const totalMetrics = [
  'focus_minutes',
  'pages_read',
  'reading_minutes',
  'exercise_minutes',
  'coins_earned',
] as const;
export const achievementCategories = [
  'focus',
  'streaks',
  'habits',
  'goals',
  'quests',
  'fitness',
  'reading',
  'learning',
  'music',
  'planning',
  'progress',
] as const;

export const questPeriods = ['daily', 'weekly', 'monthly'] as const;
export type QuestPeriod = (typeof questPeriods)[number];
export const questTargetTypes = [
  'focus_minutes',
  'habits_completed',
  'perfect_habit_days',
  'exercise_minutes',
  'workouts_completed',
  'reading_minutes',
  'pages_read',
  'lessons_completed',
  'streak_days',
  'reviews_done',
] as const;
export type QuestTargetType = (typeof questTargetTypes)[number];
export const questDifficulties = ['starter', 'easy', 'medium', 'hard', 'epic'] as const;
export const personalQuestStatuses = ['active', 'accepted', 'completed', 'abandoned'] as const;

export const userRewardSources = ['level_up', 'achievement', 'quest', 'admin'] as const;

// ── Market ────────────────────────────────────────────────────────────────────
export const marketCategories = ['theme', 'boost', 'streak_shield', 'cosmetic'] as const;
export const marketRarities = ['common', 'rare', 'epic', 'legendary'] as const;
/** purchased → redeemed (a boost running) → consumed | expired; cosmetics stay purchased. */
export const purchaseStatuses = ['purchased', 'redeemed', 'consumed', 'expired', 'refunded'] as const;
/** `claim` takes a granted reward into the inventory; `unequip` goes back to the default. */
export const marketTransactionTypes = ['purchase', 'redeem', 'refund', 'equip', 'unequip', 'claim'] as const;

// ── Focus, habits, goals ──────────────────────────────────────────────────────
export const focusModes = ['focus', 'short_break', 'long_break'] as const;
export const focusStatuses = ['active', 'paused', 'completed', 'abandoned'] as const;
export const habitScheduleTypes = ['daily', 'weekdays', 'times_per_week'] as const;
export const goalStatuses = ['active', 'paused', 'completed', 'abandoned'] as const;
export const priorities = ['low', 'medium', 'high'] as const;

// ── Calendar, plan, inbox ─────────────────────────────────────────────────────
export const calendarEventTypes = ['meeting', 'appointment', 'workout', 'focus', 'habit', 'other'] as const;
export const planItemKinds = [
  'focus',
  'habit',
  'quest',
  'universal_quest',
  'event',
  'workout',
  'review',
  'goal',
  'reading',
  'custom',
] as const;
export const planItemSources = ['generated', 'manual'] as const;
export const inboxKinds = ['capture', 'system'] as const;
/** What an inbox item can be processed into. */
export const inboxTargets = ['habit', 'goal', 'quest', 'idea', 'infobase', 'calendar_event'] as const;

// ── Feedback, onboarding ──────────────────────────────────────────────────────
export const feedbackTypes = ['bug', 'feature', 'praise', 'other'] as const;
export const feedbackStatuses = [
  'open',
  'triaged',
  'planned',
  'in_progress',
  'resolved',
  'closed',
  'wont_fix',
] as const;
export const feedbackPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export const onboardingStepTypes = ['welcome', 'multi_select', 'form', 'tour', 'completion'] as const;
export const onboardingStatuses = ['not_started', 'in_progress', 'completed', 'skipped'] as const;

// ── Exercise, books ───────────────────────────────────────────────────────────
export const exerciseCategories = [
  'strength',
  'cardio',
  'core',
  'mobility',
  'plyometrics',
  'balance',
  'other',
] as const;
export const exerciseLevels = ['beginner', 'intermediate', 'advanced'] as const;
/** The muscles the library names, and the group each counts towards in the weekly volume. */
export const muscleGroups = {
  chest: 'chest',
  upper_back: 'back',
  lats: 'back',
  traps: 'back',
  lower_back: 'back',
  front_delts: 'shoulders',
  side_delts: 'shoulders',
  rear_delts: 'shoulders',
  biceps: 'arms',
  triceps: 'arms',
  forearms: 'arms',
  abs: 'core',
  obliques: 'core',
  glutes: 'legs',
  quadriceps: 'legs',
  hamstrings: 'legs',
  calves: 'legs',
  adductors: 'legs',
  abductors: 'legs',
  hip_flexors: 'legs',
  neck: 'shoulders',
  cardio: 'full_body',
} as const;
export type Muscle = keyof typeof muscleGroups;
export const muscles = Object.keys(muscleGroups) as Muscle[];
export const exerciseEquipment = [
  'bodyweight',
  'barbell',
  'dumbbell',
  'kettlebell',
  'cable',
  'machine',
  'resistance_band',
  'pull_up_bar',
  'bench',
  'ez_bar',
  'medicine_ball',
  'suspension_trainer',
  'box',
  'jump_rope',
  'rower',
  'bike',
  'treadmill',
  'sled',
  'mat',
  'foam_roller',
] as const;
/** How a set of the exercise is logged. */
export const exerciseMeasurements = ['weight_reps', 'reps', 'duration', 'distance'] as const;
export const workoutSessionStatuses = ['active', 'completed', 'abandoned'] as const;
/** Weight × reps exercises keep the first four; duration and distance exercises the last two. */
export const personalRecordTypes = [
  'max_weight',
  'max_reps',
  'estimated_1rm',
  'max_volume',
  'max_duration',
  'max_distance',
] as const;
export const bookStatuses = ['want_to_read', 'reading', 'finished', 'abandoned'] as const;

// ── Learn ─────────────────────────────────────────────────────────────────────
export const learnDifficulties = ['beginner', 'intermediate', 'advanced'] as const;
export const drillTypes = ['interval', 'note', 'chord_quality', 'scale', 'rhythm'] as const;
export type DrillType = (typeof drillTypes)[number];
/** A practice round, or the short round of a drill's review. */
export const drillRoundPurposes = ['practice', 'review'] as const;
export const lessonStatuses = ['in_progress', 'completed'] as const;
/** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export const fsrsStates = [0, 1, 2, 3] as const;

// ── Reference tracks, analysis, listening, blobs ──────────────────────────────
export const analysisStatuses = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export const annotationTypes = ['note', 'mix', 'arrangement', 'sound_design', 'mastering', 'question'] as const;
export const regionKinds = ['section', 'loop'] as const;
export const analysisEventTypes = ['beat', 'downbeat', 'onset', 'section', 'marker'] as const;
export const listeningCategories = [
  'general',
  'frequency',
  'dynamics',
  'stereo',
  'arrangement',
  'sound_design',
  'mixing',
  'mastering',
] as const;
export const listeningDifficulties = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export const listeningPresetTypes = ['focus_band', 'comparison', 'loop'] as const;
export const blobPurposes = ['reference_track', 'book_cover', 'avatar', 'attachment'] as const;
export type BlobPurpose = (typeof blobPurposes)[number];
/** A blob row is `pending` while its object is written, `stored` once complete. */
export const blobStatuses = ['pending', 'stored'] as const;
