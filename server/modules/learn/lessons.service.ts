import type { z } from 'zod';
import type { Lesson, LessonCompletion, quizAnswersBody } from '#common/contracts/learn';
import { review } from '#common/rules/fsrs';
import { markQuiz, suggestedRating } from '#common/rules/learn';
import type { Ctx } from '../../platform/access';
import { notFound, validationError } from '../../platform/errors';
import { record } from '../gamification';
import * as repo from './learn.repo';
import { lessonSummaryView, progressView, storedQuiz } from './learn.view';

/** The ledger key of a lesson's first pass: it pays once per user and lesson, ever. */
export const lessonKey = (lessonId: string) => `lesson_complete:${lessonId}`;

async function activeLesson(ctx: Ctx, id: string) {
  const found = await repo.findLesson(ctx.database.db, ctx.userId, id);
  if (!found) throw notFound('lesson');
  return found;
}

/** A lesson to read, its quiz without the answers, the user's progress and the next lesson. */
export async function get(ctx: Ctx, id: string): Promise<Lesson> {
  const { lesson, topic, progress } = await activeLesson(ctx, id);
  return {
    ...lessonSummaryView(lesson, progress),
    content_markdown: lesson.content_markdown,
    quiz: storedQuiz(lesson).map((q) => ({ kind: q.kind, question: q.question, choices: q.choices })),
    topic: { id: topic.id, key: topic.key, name: topic.name },
    progress: progressView(progress),
    next_lesson_id: await repo.nextLessonId(ctx.database.db, lesson),
  };
}

/** Starts a lesson: makes the progress row once (a repeat changes nothing). */
export async function start(ctx: Ctx, id: string) {
  await activeLesson(ctx, id);
  const row = await ctx.database.db.transaction((tx) => repo.lockProgress(tx, ctx.userId, id, ctx.clock.now()));
  return progressView(row);
}

/**
 * A quiz attempt, marked on the server: the attempt is counted and scored (the best score never
 * goes down); the first pass completes the lesson, pays `lesson_complete` once ever and makes the
 * lesson a card, its first review rated by the score.
 */
export async function complete(
  ctx: Ctx,
  id: string,
  body: z.output<typeof quizAnswersBody>,
): Promise<LessonCompletion> {
  const { lesson } = await activeLesson(ctx, id);
  const quiz = storedQuiz(lesson);
  if (body.answers.length !== quiz.length) {
    throw validationError([
      { path: 'answers', message: `Answer each of the ${quiz.length} questions (an empty list leaves one unanswered)` },
    ]);
  }
  const mark = markQuiz(quiz, body.answers);
  const suggested = suggestedRating(mark.score);
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const before = await repo.lockProgress(tx, ctx.userId, id, now);
    const firstPass = mark.passed && before.completed_at === null;
    const card = firstPass ? review(before, suggested, now) : {};
    const progress = await repo.updateProgress(tx, before.id, {
      attempts: before.attempts + 1,
      last_score: mark.score,
      best_score: Math.max(before.best_score ?? 0, mark.score),
      last_attempt_at: now,
      ...(firstPass ? { status: 'completed', completed_at: now } : {}),
      ...card,
      updated_at: now,
    });
    let reward = null;
    if (firstPass) {
      const outcome = await record(tx, ctx, {
        type: 'lesson_complete',
        idempotency_key: lessonKey(id),
        source_id: id,
        occurred_at: now,
        data: { xp_reward: lesson.xp_reward, coin_reward: lesson.coin_reward, score: mark.score },
      });
      reward = outcome.duplicate ? null : outcome;
    }
    return { result: mark, progress: progressView(progress), reward, suggested_rating: suggested };
  });
}
