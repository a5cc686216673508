import type { z } from 'zod';
import {
  type CardKind,
  REVIEW_LIST_MAX,
  type ReviewQueue,
  type ReviewResult,
  type reviewBody,
} from '#common/contracts/learn';
import { isDue, review } from '#common/rules/fsrs';
import type { Ctx } from '../../platform/access';
import { conflict, notFound } from '../../platform/errors';
import { scopeOf } from '../../platform/facts';
import { Rewards } from '../gamification';
import * as repo from './learn.repo';
import { type CardSource, reviewCardView } from './learn.view';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Due cards of both kinds, the longest overdue first, with the count and the next one to come due. */
export async function queue(ctx: Ctx): Promise<ReviewQueue> {
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const lessons = await repo.dueLessons(db, ctx.userId, now, REVIEW_LIST_MAX);
  const drills = await repo.dueDrills(db, ctx.userId, now, REVIEW_LIST_MAX);
  const counts = await repo.dueCounts(db, ctx.userId, now, now);
  const cards = [
    ...lessons.map((c) => reviewCardView('lesson', c, now)),
    ...drills.map((c) => reviewCardView('drill', c, now)),
  ].sort((a, b) => (a.due as Date).getTime() - (b.due as Date).getTime() || a.id.localeCompare(b.id));
  return { due: cards.slice(0, REVIEW_LIST_MAX), due_count: counts.due_now, next_due: counts.next_due };
}

/** What is due now and within the next 7 days, and the next due, for the page and progress. */
export async function dueSummary(ctx: Ctx) {
  const now = ctx.clock.now();
  return repo.dueCounts(ctx.database.db, ctx.userId, now, new Date(now.getTime() + 7 * DAY_MS));
}

/** The ledger key of the day's paid review, and of each later (unpaid) one. */
export const reviewDayKey = (day: string) => `review_session:${day}`;
export const reviewKey = (kind: CardKind, id: string, reps: number) => `review_session:${kind}:${id}:${reps}`;

/**
 * Rates a due card and moves its schedule, in one transaction with the game layer's record of
 * `review_session`: the user's first review of the day pays, later ones are recorded (for the
 * quests) with no reward. A lesson needs a quiz attempt since its last review; a drill, a
 * submitted review round of it that no review has used.
 */
export async function rate(
  ctx: Ctx,
  kind: CardKind,
  id: string,
  body: z.output<typeof reviewBody>,
): Promise<ReviewResult> {
  const scope = scopeOf(ctx);
  const now = scope.now;
  return ctx.database.db.transaction(async (tx) => {
    let source: CardSource;
    if (kind === 'lesson') {
      const found = await repo.findLesson(tx, ctx.userId, id);
      const row = found ? await repo.findProgress(tx, ctx.userId, id, true) : null;
      if (!found || !row || row.due === null) throw notFound('card');
      if (!isDue(row, now)) throw conflict('This lesson is not due for review yet.', 'not_due');
      if (!row.last_attempt_at || (row.last_review && row.last_attempt_at <= row.last_review)) {
        throw conflict('Take the lesson’s quiz again, then rate the review.', 'attempt_needed');
      }
      const updated = await repo.updateProgress(tx, row.id, { ...review(row, body.rating, now), updated_at: now });
      source = { ...updated, id, title: found.lesson.title, topic_id: found.topic.id, topic_name: found.topic.name };
    } else {
      const found = await repo.findDrill(tx, ctx.userId, id);
      const row = found ? await repo.findStats(tx, ctx.userId, id, true) : null;
      if (!found || !row || row.due === null) throw notFound('card');
      if (!isDue(row, now)) throw conflict('This drill is not due for review yet.', 'not_due');
      const round = body.round_id ? await repo.lockRound(tx, ctx.userId, id, body.round_id) : null;
      if (round?.purpose !== 'review' || !round.submitted_at || round.reviewed_at) {
        throw conflict('Play a review round of this drill, then rate it with that round.', 'round_needed');
      }
      await repo.updateRound(tx, round.id, { reviewed_at: now });
      const updated = await repo.updateStats(tx, row.id, { ...review(row, body.rating, now), updated_at: now });
      const topic = await repo.findTopic(tx, found.drill.topic_id);
      source = {
        ...updated,
        id,
        title: found.drill.title,
        drill_type: found.drill.drill_type,
        topic_id: found.drill.topic_id,
        topic_name: topic?.name ?? '',
      };
    }

    const dayKey = reviewDayKey(scope.day);
    const cardKey = reviewKey(kind, id, source.reps);
    const rewards = await Rewards.open(tx, ctx, { keys: [dayKey, cardKey], day: scope.day });
    const input = { type: 'review_session' as const, source_id: id, occurred_at: now, data: { kind } };
    const first = await rewards.record({ ...input, idempotency_key: dayKey });
    if (first.duplicate) {
      // Reviewed earlier today: this one counts for the quests and pays nothing.
      await rewards.record({ ...input, idempotency_key: cardKey, reward: { xp: 0, coins: 0 } });
    }
    await rewards.close();
    return { card: reviewCardView(kind, source, now), reward: first.duplicate ? null : first };
  });
}
