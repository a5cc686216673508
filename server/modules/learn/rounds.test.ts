import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_ROUND_QUESTIONS, ROUND_TTL_MINUTES } from '#common/contracts/learn';
import { signUp, type TestUser } from '../../test/factories';
import { economy, ledgerRows } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { addLearnContent, deactivate, learnCall, roundAnswers } from '../../test/learn';
import { learn_drill_rounds, user_drill_stats } from './learn.tables';
import { DRILL_REWARDED_ROUNDS_PER_DAY } from './rounds.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MIN = 60_000;

const issue = (user: TestUser, drill: string, purpose = 'practice', status = 201) =>
  learnCall(user, 'POST', `/api/learn/drills/${drill}/rounds`, { purpose }, status);
const submit = (user: TestUser, drill: string, round_id: string, answers: (number | null)[], status = 200) =>
  learnCall(user, 'POST', `/api/learn/drills/${drill}/submit`, { round_id, answers }, status);

/** Plays a round with `right` of its questions answered right. */
async function play(user: TestUser, drill: string, right: number | 'all' = 'all', purpose = 'practice') {
  const round = await issue(user, drill, purpose);
  const answers = await roundAnswers(t, round.id);
  const chosen = answers.map((a, i) => (right === 'all' || i < right ? a : a === 0 ? 1 : 0));
  return { round, result: await submit(user, drill, round.id, chosen) };
}

async function statsRow(userId: string, drillId: string) {
  const [row] = await t.database.db.select().from(user_drill_stats).where(eq(user_drill_stats.user_id, userId));
  return row?.drill_id === drillId ? row : undefined;
}

describe('drill rounds', () => {
  it('issues the drill’s questions without their answers, and scores the answers on the server', async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t, { question_count: 4 });
    const res = await user.inject({ method: 'POST', url: `/api/learn/drills/${drill}/rounds`, payload: {} });
    expect(res.statusCode).toBe(201);
    const round = res.json().data;
    expect(round.purpose).toBe('practice');
    expect(round.questions).toHaveLength(4);
    expect(res.body).not.toContain('"answer"');
    expect(new Date(round.expires_at).getTime() - new Date(round.issued_at).getTime()).toBe(ROUND_TTL_MINUTES * MIN);

    t.clock.advance(95_000);
    const answers = await roundAnswers(t, round.id);
    const result = await submit(user, drill, round.id, [answers[0] as number, null, answers[2] as number, null]);
    expect(result).toMatchObject({ score: 50, correct: 2, total: 4, time_seconds: 95, suggested_rating: 'again' });
    expect(result.answers[1]).toEqual({ chosen: null, answer: answers[1], correct: false });
    expect(result.stats).toMatchObject({ sessions: 1, total_correct: 2, total_questions: 4, total_time_seconds: 95 });
    // The first practised round makes the drill a card.
    expect(result.stats.schedule.due).not.toBeNull();
    expect(result.reward).toMatchObject({ xp: 1, coins: 0 });
  });

  it('keeps the best score and a streak of good rounds', async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t, { question_count: 4 });
    await play(user, drill, 'all');
    await play(user, drill, 'all');
    const { result } = await play(user, drill, 1);
    expect(result.stats).toMatchObject({
      sessions: 3,
      best_score: 100,
      last_score: 25,
      current_streak: 0,
      best_streak: 2,
    });
    const detail = await learnCall(user, 'GET', `/api/learn/drills/${drill}`);
    expect(detail.stats).toMatchObject({ sessions: 3, best_streak: 2 });
  });

  it('refuses a round answered twice, changing nothing', async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t);
    const { round } = await play(user, drill);
    const before = await economy(t, user.id);
    const err = await submit(user, drill, round.id, await roundAnswers(t, round.id), 409);
    expect(err.code).toBe('round_submitted');
    expect(await economy(t, user.id)).toEqual(before);
    expect((await statsRow(user.id, drill))?.sessions).toBe(1);
  });

  it('refuses a round after it expires, changing nothing', async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t);
    const round = await issue(user, drill);
    t.clock.advance(ROUND_TTL_MINUTES * MIN + 1000);
    const err = await submit(user, drill, round.id, await roundAnswers(t, round.id), 409);
    expect(err.code).toBe('round_expired');
    expect(await statsRow(user.id, drill)).toBeUndefined();
    expect(await ledgerRows(t, user.id)).toHaveLength(0);
  });

  it('answers 404 for a made-up round, another user’s, or one of another drill', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const { drill } = await addLearnContent(t);
    const second = await addLearnContent(t);
    const round = await issue(owner, drill);
    const answers = await roundAnswers(t, round.id);
    await submit(owner, drill, '00000000-0000-4000-8000-000000000000', answers, 404);
    await submit(other, drill, round.id, answers, 404);
    await submit(owner, second.drill, round.id, answers, 404);
    expect(await statsRow(other.id, drill)).toBeUndefined();
    // Still answerable by its owner.
    await submit(owner, drill, round.id, answers);
  });

  it('refuses a different number of answers with 422 and keeps the round open', async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t, { question_count: 4 });
    const round = await issue(user, drill);
    const err = await submit(user, drill, round.id, [0, 1], 422);
    expect(err.code).toBe('validation_error');
    await submit(user, drill, round.id, await roundAnswers(t, round.id));
  });

  it('caps the time at the round’s life', async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t);
    const round = await issue(user, drill);
    t.clock.advance(ROUND_TTL_MINUTES * MIN);
    const result = await submit(user, drill, round.id, await roundAnswers(t, round.id));
    expect(result.time_seconds).toBe(ROUND_TTL_MINUTES * 60);
  });

  it(`pays at most ${DRILL_REWARDED_ROUNDS_PER_DAY} practice rounds a day, and again the next day`, async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t, { question_count: 1 });
    const rewards = [];
    for (let i = 0; i < DRILL_REWARDED_ROUNDS_PER_DAY + 1; i++) rewards.push((await play(user, drill)).result.reward);
    expect(rewards.slice(0, DRILL_REWARDED_ROUNDS_PER_DAY).every((r) => r?.xp === 10 && r.coins === 2)).toBe(true);
    expect(rewards.at(-1)).toBeNull();
    const rounds = await t.database.db.select().from(learn_drill_rounds).where(eq(learn_drill_rounds.user_id, user.id));
    expect(rounds.filter((r) => r.xp_awarded > 0)).toHaveLength(DRILL_REWARDED_ROUNDS_PER_DAY);
    expect((await statsRow(user.id, drill))?.sessions).toBe(DRILL_REWARDED_ROUNDS_PER_DAY + 1);
    t.clock.advance(24 * 60 * MIN);
    expect((await play(user, drill)).result.reward).toMatchObject({ xp: 10 });
  });

  it('issues a review round only for a drill that is a card, shorter and paying nothing', async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t, { question_count: 8 });
    const err = await issue(user, drill, 'review', 409);
    expect(err.code).toBe('not_a_card');
    await play(user, drill);
    const { round, result } = await play(user, drill, 'all', 'review');
    expect(round.questions).toHaveLength(REVIEW_ROUND_QUESTIONS);
    expect(result).toMatchObject({ purpose: 'review', reward: null, score: 100 });
    expect(await ledgerRows(t, user.id, `drill_round:${round.id}`)).toHaveLength(0);
  });

  it('deletes the user’s unanswered rounds a day after they expire, when issuing another', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const { drill } = await addLearnContent(t);
    const old = await issue(user, drill);
    const kept = await issue(other, drill);
    const answered = await play(user, drill);
    t.clock.advance(ROUND_TTL_MINUTES * MIN + 24 * 60 * MIN + 1000);
    await issue(user, drill);
    const ids = (await t.database.db.select({ id: learn_drill_rounds.id }).from(learn_drill_rounds)).map((r) => r.id);
    expect(ids).not.toContain(old.id);
    expect(ids).toContain(kept.id);
    expect(ids).toContain(answered.round.id);
  });

  it('hides an inactive drill', async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t);
    const round = await issue(user, drill);
    await deactivate(t, 'drill', drill);
    await learnCall(user, 'GET', `/api/learn/drills/${drill}`, undefined, 404);
    await issue(user, drill, 'practice', 404);
    await submit(user, drill, round.id, [0, 0, 0, 0], 404);
  });
});
