import { z } from 'zod';
import {
  type Drill,
  type DrillStats,
  type LearnDifficulty,
  type LessonProgress,
  type LessonSummary,
  quizQuestion,
  type ReviewCard,
  type Schedule,
  type Topic,
} from '#common/contracts/learn';
import type { DrillType } from '#common/enums';
import { type CardColumns, preview } from '#common/rules/fsrs';
import type { DrillRow, LessonRow, ProgressRow, StatsRow, TopicRow } from './learn.repo';

/** Rows as the contracts show them (common/contracts/learn.ts). */

const quizOf = z.array(quizQuestion);

/** A lesson's quiz as stored (checked: the catalogue is edited by hand). */
export const storedQuiz = (lesson: LessonRow) => quizOf.parse(lesson.quiz);

export function scheduleView(columns: CardColumns | null): Schedule {
  return {
    due: columns?.due ?? null,
    state: columns?.state ?? 0,
    reps: columns?.reps ?? 0,
    lapses: columns?.lapses ?? 0,
    scheduled_days: columns?.scheduled_days ?? 0,
    last_review: columns?.last_review ?? null,
  };
}

export function progressView(row: ProgressRow | null): LessonProgress {
  return {
    status: row ? (row.completed_at ? 'completed' : 'in_progress') : 'new',
    attempts: row?.attempts ?? 0,
    last_score: row?.last_score ?? null,
    best_score: row?.best_score ?? null,
    started_at: row?.started_at ?? null,
    completed_at: row?.completed_at ?? null,
    last_attempt_at: row?.last_attempt_at ?? null,
    schedule: scheduleView(row),
  };
}

export function lessonSummaryView(lesson: LessonRow, progress: ProgressRow | null): LessonSummary {
  return {
    id: lesson.id,
    key: lesson.key,
    topic_id: lesson.topic_id,
    title: lesson.title,
    summary: lesson.summary,
    difficulty: lesson.difficulty as LearnDifficulty,
    duration_minutes: lesson.duration_minutes,
    xp_reward: lesson.xp_reward,
    coin_reward: lesson.coin_reward,
    status: progressView(progress).status,
    best_score: progress?.best_score ?? null,
    due: progress?.due ?? null,
  };
}

export function statsView(row: StatsRow): DrillStats {
  return {
    sessions: row.sessions,
    total_correct: row.total_correct,
    total_questions: row.total_questions,
    total_time_seconds: row.total_time_seconds,
    last_score: row.last_score,
    best_score: row.best_score,
    current_streak: row.current_streak,
    best_streak: row.best_streak,
    last_attempt_at: row.last_attempt_at,
    schedule: scheduleView(row),
  };
}

export function drillView(drill: DrillRow, stats: StatsRow | null): Drill {
  return {
    id: drill.id,
    key: drill.key,
    topic_id: drill.topic_id,
    title: drill.title,
    description: drill.description,
    drill_type: drill.drill_type as DrillType,
    difficulty: drill.difficulty as LearnDifficulty,
    question_count: drill.question_count,
    xp_reward: drill.xp_reward,
    coin_reward: drill.coin_reward,
    stats: stats && stats.sessions > 0 ? statsView(stats) : null,
  };
}

export function topicView(
  row: TopicRow,
  counts: { lessons_total: number; lessons_completed: number; drills_total: number },
): Topic {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    icon: row.icon,
    color: row.color,
    ...counts,
  };
}

export interface CardSource extends CardColumns {
  id: string;
  title: string;
  topic_id: string;
  topic_name: string;
  drill_type?: string | null;
}

export function reviewCardView(kind: 'lesson' | 'drill', card: CardSource, now: Date): ReviewCard {
  return {
    ...scheduleView(card),
    kind,
    id: card.id,
    title: card.title,
    topic: { id: card.topic_id, name: card.topic_name },
    drill_type: kind === 'drill' ? ((card.drill_type ?? null) as DrillType | null) : null,
    preview: preview(card, now),
  };
}
