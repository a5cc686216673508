import type { z } from 'zod';
import {
  DRILL_GOOD_SCORE,
  type Drill,
  type DrillQuestion,
  REVIEW_ROUND_QUESTIONS,
  ROUND_TTL_MINUTES,
  type Round,
  type RoundResult,
  type roundBody,
  type submitBody,
} from '#common/contracts/learn';
import type { DrillType } from '#common/enums';
import { review } from '#common/rules/fsrs';
import { markRound, nextStreak, suggestedRating } from '#common/rules/learn';
import { dayRange } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import { conflict, notFound, validationError } from '../../platform/errors';
import { scopeOf } from '../../platform/facts';
import { Rewards } from '../gamification';
import { generateQuestions } from './drills/generate';
import * as repo from './learn.repo';
import { drillView, statsView } from './learn.view';

/** Practice rounds paid per user day; later ones count in the stats but pay nothing. */
export const DRILL_REWARDED_ROUNDS_PER_DAY = 10;
/** Unanswered rounds are deleted this long after they expire (when the user is next issued one). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const TTL_MS = ROUND_TTL_MINUTES * 60 * 1000;

/** The ledger key of a practice round's reward. */
export const roundKey = (roundId: string) => `drill_round:${roundId}`;

async function activeDrill(ctx: Ctx, id: string) {
  const found = await repo.findDrill(ctx.database.db, ctx.userId, id);
  if (!found) throw notFound('drill');
  return found;
}

export async function get(ctx: Ctx, id: string): Promise<Drill> {
  const { drill, stats } = await activeDrill(ctx, id);
  return drillView(drill, stats);
}

const questionView = ({ answer: _answer, ...view }: DrillQuestion) => view;

/**
 * Issues a round: the drill's questions (a review's shorter one, for a drill that is a card
 * already), stored with their answers and answered without them. Clears the user's rounds left
 * unanswered a day past their expiry.
 */
export async function issue(ctx: Ctx, drillId: string, body: z.output<typeof roundBody>): Promise<Round> {
  const { drill, stats } = await activeDrill(ctx, drillId);
  if (body.purpose === 'review' && !stats?.due) {
    throw conflict('Play this drill once before reviewing it.', 'not_a_card');
  }
  const count = body.purpose === 'review' ? REVIEW_ROUND_QUESTIONS : drill.question_count;
  const questions = generateQuestions({ drill_type: drill.drill_type as DrillType, config: drill.config }, count);
  const now = ctx.clock.now();
  const row = await ctx.database.db.transaction(async (tx) => {
    const staleBefore = new Date(now.getTime() - STALE_AFTER_MS);
    await repo.deleteStaleRounds(tx, ctx.userId, staleBefore, new Date(staleBefore.getTime() - TTL_MS + 1));
    return repo.insertRound(tx, {
      user_id: ctx.userId,
      drill_id: drill.id,
      purpose: body.purpose,
      questions: questions as unknown as Record<string, unknown>[],
      issued_at: now,
      expires_at: new Date(now.getTime() + TTL_MS),
      total: questions.length,
      created_at: now,
    });
  });
  return {
    id: row.id,
    drill_id: row.drill_id,
    purpose: row.purpose as Round['purpose'],
    questions: questions.map(questionView),
    issued_at: row.issued_at,
    expires_at: row.expires_at,
  };
}

/**
 * Answers a round once, before it expires: marked on the server, timed from its issue, added to
 * the drill's stats. A practice round pays `drill_complete` (up to the day's cap) and the first
 * one makes the drill a card; a review round pays nothing (its review does).
 */
export async function submit(ctx: Ctx, drillId: string, body: z.output<typeof submitBody>): Promise<RoundResult> {
  const { drill } = await activeDrill(ctx, drillId);
  const scope = scopeOf(ctx);
  const now = scope.now;
  return ctx.database.db.transaction(async (tx) => {
    const round = await repo.lockRound(tx, ctx.userId, drill.id, body.round_id);
    if (!round) throw notFound('round');
    if (round.submitted_at) throw conflict('This round was answered already.', 'round_submitted');
    if (now.getTime() > round.expires_at.getTime()) {
      throw conflict('This round has expired: start a new one.', 'round_expired');
    }
    const questions = round.questions as unknown as DrillQuestion[];
    if (body.answers.length !== questions.length) {
      throw validationError([{ path: 'answers', message: `Answer each of the ${questions.length} questions` }]);
    }
    const mark = markRound(questions, body.answers);
    const suggested = suggestedRating(mark.score);
    const timeSeconds = Math.min(
      ROUND_TTL_MINUTES * 60,
      Math.max(0, Math.floor((now.getTime() - round.issued_at.getTime()) / 1000)),
    );
    const practice = round.purpose === 'practice';

    const before = await repo.lockStats(tx, ctx.userId, drill.id, now);
    const makesCard = practice && before.due === null;
    const stats = await repo.updateStats(tx, before.id, {
      sessions: before.sessions + 1,
      total_correct: before.total_correct + mark.correct,
      total_questions: before.total_questions + mark.total,
      total_time_seconds: before.total_time_seconds + timeSeconds,
      last_score: mark.score,
      best_score: Math.max(before.best_score ?? 0, mark.score),
      ...nextStreak(before.current_streak, before.best_streak, mark.score, DRILL_GOOD_SCORE),
      last_attempt_at: now,
      ...(makesCard ? review(before, suggested, now) : {}),
      updated_at: now,
    });

    let reward = null;
    if (practice) {
      const key = roundKey(round.id);
      const rewards = await Rewards.open(tx, ctx, { keys: [key], day: scope.day });
      // Counted under the account's lock, so rounds answered at once cannot both take the last place.
      const { start, end } = dayRange(scope.day, ctx.user.timezone, ctx.user.day_start_hour);
      const paidToday = await repo.practiceRoundsSubmitted(tx, ctx.userId, start, end);
      if (paidToday < DRILL_REWARDED_ROUNDS_PER_DAY) {
        reward = await rewards.record({
          type: 'drill_complete',
          idempotency_key: key,
          source_id: round.id,
          occurred_at: now,
          data: {
            score: mark.score,
            correct: mark.correct,
            total: mark.total,
            xp_reward: drill.xp_reward,
            coin_reward: drill.coin_reward,
          },
        });
      }
      await rewards.close();
    }
    await repo.updateRound(tx, round.id, {
      submitted_at: now,
      correct: mark.correct,
      score: mark.score,
      time_seconds: timeSeconds,
      xp_awarded: Math.max(0, reward?.xp ?? 0),
      coins_awarded: Math.max(0, reward?.coins ?? 0),
    });
    return {
      round_id: round.id,
      purpose: round.purpose as RoundResult['purpose'],
      score: mark.score,
      correct: mark.correct,
      total: mark.total,
      time_seconds: timeSeconds,
      answers: mark.answers,
      stats: statsView(stats),
      reward: reward && !reward.duplicate ? reward : null,
      suggested_rating: suggested,
    };
  });
}
