import { z } from 'zod';
import { drillRoundPurposes, drillTypes, learnDifficulties } from '../enums';
import { dateKey, timestamp } from './base';
import { rewardOutcome } from './gamification';

/**
 * Learn: topics, lessons with quizzes, ear-training drills played in server-issued rounds, and
 * review scheduled by FSRS (`/api/learn`, SPEC §6 Learn, docs/RULES.md "Learn").
 */

export const drillType = z.enum(drillTypes);
export const learnDifficulty = z.enum(learnDifficulties);
export const roundPurpose = z.enum(drillRoundPurposes);
export type LearnDifficulty = z.output<typeof learnDifficulty>;

/**
 * Learn's refusals (409): a review round of a drill not yet played (`not_a_card`), a round
 * answered before (`round_submitted`) or too late (`round_expired`), a review of a card not
 * due (`not_due`), of a lesson without a quiz attempt since its last review (`attempt_needed`),
 * or of a drill without an unused review round (`round_needed`).
 */
export const learnRefusals = [
  'not_a_card',
  'round_submitted',
  'round_expired',
  'not_due',
  'attempt_needed',
  'round_needed',
] as const;
export type LearnRefusal = (typeof learnRefusals)[number];

/** A quiz passes at this score (0–100). */
export const PASS_MARK = 70;

// ── Quizzes ───────────────────────────────────────────────────────────────────

/**
 * A quiz question as the catalogue stores it. `single`: exactly one right choice; `multiple`:
 * "choose all that apply", one or more right choices. A question counts as right only when the
 * chosen set equals `answers`.
 */
export const quizQuestion = z
  .object({
    kind: z.enum(['single', 'multiple']),
    question: z.string().min(1),
    choices: z.array(z.string().min(1)).min(2).max(6),
    answers: z.array(z.number().int().min(0)).min(1),
    explanation: z.string().min(1),
  })
  .refine((q) => q.answers.every((i) => i < q.choices.length), 'answers must index choices')
  .refine((q) => new Set(q.answers).size === q.answers.length, 'answers must not repeat')
  .refine((q) => q.kind === 'multiple' || q.answers.length === 1, 'a single-choice question has one answer');
export type QuizQuestion = z.output<typeof quizQuestion>;

/** A quiz question as a reader sees it before answering. */
export const quizQuestionView = z.object({
  kind: z.enum(['single', 'multiple']),
  question: z.string(),
  choices: z.array(z.string()),
});
export type QuizQuestionView = z.output<typeof quizQuestionView>;

/** The chosen choice indexes, one list per question in order (an empty list leaves it unanswered). */
export const quizAnswersBody = z.object({
  answers: z
    .array(z.array(z.number().int().min(0).max(5)).max(6))
    .min(1)
    .max(50),
});

export const quizResult = z.object({
  score: z.number().int(),
  passed: z.boolean(),
  correct: z.number().int(),
  total: z.number().int(),
  questions: z.array(
    z.object({
      chosen: z.array(z.number().int()),
      answers: z.array(z.number().int()),
      correct: z.boolean(),
      explanation: z.string(),
    }),
  ),
});
export type QuizResult = z.output<typeof quizResult>;

// ── Review (FSRS) ─────────────────────────────────────────────────────────────

export const ratings = ['again', 'hard', 'good', 'easy'] as const;
export const rating = z.enum(ratings);
export type Rating = z.output<typeof rating>;
export const cardKinds = ['lesson', 'drill'] as const;
export const cardKind = z.enum(cardKinds);
export type CardKind = z.output<typeof cardKind>;

/** A card's schedule as the reader sees it. `due` is null until the lesson is passed or the drill played. */
export const schedule = z.object({
  due: timestamp.nullable(),
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().int(),
  reps: z.number().int(),
  lapses: z.number().int(),
  scheduled_days: z.number().int(),
  last_review: timestamp.nullable(),
});
export type Schedule = z.output<typeof schedule>;

/** When the card would next come due for each rating, shown before the reader picks one. */
export const ratingPreview = z.object({ again: timestamp, hard: timestamp, good: timestamp, easy: timestamp });
export type RatingPreview = z.output<typeof ratingPreview>;

export const reviewCard = schedule.extend({
  kind: cardKind,
  /** The lesson's or the drill's id. */
  id: z.uuid(),
  title: z.string(),
  topic: z.object({ id: z.uuid(), name: z.string() }),
  /** For a drill: its type (the review is a short round of it). */
  drill_type: drillType.nullable(),
  /** If reviewed now. */
  preview: ratingPreview,
});
export type ReviewCard = z.output<typeof reviewCard>;

export const REVIEW_LIST_MAX = 100;

export const reviewQueue = z.object({
  /** Due now, the longest overdue first (at most REVIEW_LIST_MAX). */
  due: z.array(reviewCard),
  due_count: z.number().int(),
  /** When the next card not yet due comes due, or null. */
  next_due: timestamp.nullable(),
});
export type ReviewQueue = z.output<typeof reviewQueue>;

/**
 * A review: the rating (the score's suggestion, or the reader's own). A lesson's review needs a
 * quiz attempt since its last review; a drill's names the review round it played.
 */
export const reviewBody = z.object({
  rating,
  round_id: z.uuid().optional(),
});
export const reviewParams = z.object({ kind: cardKind, id: z.uuid() });

export const reviewResult = z.object({
  card: reviewCard,
  /** Paid for the first review of the user's day only; null afterwards. */
  reward: rewardOutcome.nullable(),
});
export type ReviewResult = z.output<typeof reviewResult>;

// ── Topics and lessons ────────────────────────────────────────────────────────

export const lessonStatus = z.enum(['new', 'in_progress', 'completed']);
export type LessonStatus = z.output<typeof lessonStatus>;

export const lessonSummary = z.object({
  id: z.uuid(),
  key: z.string(),
  topic_id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  difficulty: learnDifficulty,
  duration_minutes: z.number().int(),
  xp_reward: z.number().int(),
  coin_reward: z.number().int(),
  status: lessonStatus,
  best_score: z.number().int().nullable(),
  due: timestamp.nullable(),
});
export type LessonSummary = z.output<typeof lessonSummary>;

export const lessonProgress = z.object({
  status: lessonStatus,
  attempts: z.number().int(),
  last_score: z.number().int().nullable(),
  best_score: z.number().int().nullable(),
  started_at: timestamp.nullable(),
  completed_at: timestamp.nullable(),
  last_attempt_at: timestamp.nullable(),
  schedule,
});
export type LessonProgress = z.output<typeof lessonProgress>;

export const lesson = lessonSummary.extend({
  content_markdown: z.string(),
  quiz: z.array(quizQuestionView),
  topic: z.object({ id: z.uuid(), key: z.string(), name: z.string() }),
  progress: lessonProgress,
  /** The next lesson of the topic, to read on. */
  next_lesson_id: z.uuid().nullable(),
});
export type Lesson = z.output<typeof lesson>;

/** What completing (taking the quiz) answers: the marked quiz, the progress, the first pass's reward. */
export const lessonCompletion = z.object({
  result: quizResult,
  progress: lessonProgress,
  /** Paid on the first pass only; null on every other attempt. */
  reward: rewardOutcome.nullable(),
  /** The rating this score suggests for a review. */
  suggested_rating: rating,
});
export type LessonCompletion = z.output<typeof lessonCompletion>;

export const topic = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  description: z.string(),
  icon: z.string(),
  color: z.string().nullable(),
  lessons_total: z.number().int(),
  lessons_completed: z.number().int(),
  drills_total: z.number().int(),
});
export type Topic = z.output<typeof topic>;

// ── Drills and rounds ─────────────────────────────────────────────────────────

export const drillStats = z.object({
  sessions: z.number().int(),
  total_correct: z.number().int(),
  total_questions: z.number().int(),
  total_time_seconds: z.number().int(),
  last_score: z.number().int().nullable(),
  best_score: z.number().int().nullable(),
  /** Consecutive rounds scoring at least DRILL_GOOD_SCORE. */
  current_streak: z.number().int(),
  best_streak: z.number().int(),
  last_attempt_at: timestamp.nullable(),
  schedule,
});
export type DrillStats = z.output<typeof drillStats>;

/** A round at or above this score continues the drill's streak of good rounds. */
export const DRILL_GOOD_SCORE = 80;

export const drill = z.object({
  id: z.uuid(),
  key: z.string(),
  topic_id: z.uuid(),
  title: z.string(),
  description: z.string(),
  drill_type: drillType,
  difficulty: learnDifficulty,
  question_count: z.number().int(),
  xp_reward: z.number().int(),
  coin_reward: z.number().int(),
  /** Null until the first round is played. */
  stats: drillStats.nullable(),
});
export type Drill = z.output<typeof drill>;

/**
 * What the browser synthesises for a question. `notes`: MIDI note numbers, played one after
 * another (`melodic`, `gap_ms` apart) or together (`harmonic`). `rhythm`: a one-bar count-in of
 * clicks at `tempo_bpm`, then strokes at `onsets` (in beats from the start of the pattern,
 * which lasts `length_beats`).
 */
export const sound = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('notes'),
    midi: z.array(z.number().int().min(21).max(108)).min(1).max(16),
    style: z.enum(['melodic', 'harmonic']),
    gap_ms: z.number().int().min(0).max(3000),
  }),
  z.object({
    kind: z.literal('rhythm'),
    tempo_bpm: z.number().int().min(30).max(240),
    beats_per_bar: z.number().int().min(2).max(12),
    onsets: z.array(z.number().min(0)).min(1).max(64),
    length_beats: z.number().positive(),
  }),
]);
export type Sound = z.output<typeof sound>;

/** A question as the player sees it: what to play and the choices (the answer stays on the server). */
export const drillQuestionView = z.object({
  prompt: z.string(),
  sound,
  choices: z.array(z.string()).min(2).max(12),
});
export type DrillQuestionView = z.output<typeof drillQuestionView>;

/** A question as the round stores it. */
export const drillQuestion = drillQuestionView.extend({ answer: z.number().int().min(0) });
export type DrillQuestion = z.output<typeof drillQuestion>;

/** How long a round may be answered after it is issued. */
export const ROUND_TTL_MINUTES = 30;
/** A review's round is shorter than a practice round. */
export const REVIEW_ROUND_QUESTIONS = 5;

export const roundBody = z.object({ purpose: roundPurpose.default('practice') });

export const round = z.object({
  id: z.uuid(),
  drill_id: z.uuid(),
  purpose: roundPurpose,
  questions: z.array(drillQuestionView),
  issued_at: timestamp,
  expires_at: timestamp,
});
export type Round = z.output<typeof round>;

/** The chosen choice index per question, in order; null leaves a question unanswered. */
export const submitBody = z.object({
  round_id: z.uuid(),
  answers: z.array(z.number().int().min(0).max(11).nullable()).min(1).max(100),
});

export const roundResult = z.object({
  round_id: z.uuid(),
  purpose: roundPurpose,
  score: z.number().int(),
  correct: z.number().int(),
  total: z.number().int(),
  /** From issue to submission, as the server measured it. */
  time_seconds: z.number().int(),
  answers: z.array(z.object({ chosen: z.number().int().nullable(), answer: z.number().int(), correct: z.boolean() })),
  stats: drillStats,
  /** Null for a review round, and once the day's drill rewards are spent. */
  reward: rewardOutcome.nullable(),
  suggested_rating: rating,
});
export type RoundResult = z.output<typeof roundResult>;

// ── Progress and the page ─────────────────────────────────────────────────────

/** How many days of drill scores the progress chart shows. */
export const PROGRESS_DAYS = 30;

export const learnProgress = z.object({
  lessons_completed: z.number().int(),
  lessons_total: z.number().int(),
  topics: z.array(z.object({ id: z.uuid(), name: z.string(), completed: z.number().int(), total: z.number().int() })),
  drills: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      drill_type: drillType,
      difficulty: learnDifficulty,
      sessions: z.number().int(),
      best_score: z.number().int().nullable(),
      last_score: z.number().int().nullable(),
    }),
  ),
  /** Per user day over the last PROGRESS_DAYS days: rounds played and their average score. */
  scores: z.array(z.object({ day: dateKey, rounds: z.number().int(), average_score: z.number().int() })),
  reviews: z.object({ due_now: z.number().int(), due_next_7_days: z.number().int() }),
});
export type LearnProgress = z.output<typeof learnProgress>;

/** `GET /api/learn`: the page in one read. */
export const learnPage = z.object({
  topics: z.array(topic),
  drills: z.array(drill),
  review: z.object({ due_count: z.number().int(), next_due: timestamp.nullable() }),
  /** The lesson to carry on with: the oldest one started and not completed, else the first unread. */
  continue_lesson: lessonSummary.nullable(),
});
export type LearnPage = z.output<typeof learnPage>;

export const topicDetail = topic.extend({
  lessons: z.array(lessonSummary),
  drills: z.array(drill),
});
export type TopicDetail = z.output<typeof topicDetail>;
