import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_DAYS } from '#common/contracts/learn';
import { signInAgain, signUp, type TestUser } from '../../test/factories';
import { setUserDay } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { ALL_RIGHT, addLearnContent, learnCall, roundAnswers } from '../../test/learn';
import { ROUNDS_PER_MINUTE } from './learn.routes';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;

async function playRound(user: TestUser, drill: string, right: number) {
  const round = await learnCall(user, 'POST', `/api/learn/drills/${drill}/rounds`, {}, 201);
  const answers = await roundAnswers(t, round.id);
  const chosen = answers.map((a, i) => (i < right ? a : a === 0 ? 1 : 0));
  return learnCall(user, 'POST', `/api/learn/drills/${drill}/submit`, { round_id: round.id, answers: chosen });
}

describe('GET /api/learn', () => {
  it('shows topics with counts, drills with stats, reviews due and the lesson to carry on with', async () => {
    const user = await signUp(t);
    const { topic, lessons, drill } = await addLearnContent(t, { lessons: 3 });
    await learnCall(user, 'POST', `/api/learn/lessons/${lessons[0]}/complete`, { answers: ALL_RIGHT });
    await learnCall(user, 'POST', `/api/learn/lessons/${lessons[2]}/start`);
    await playRound(user, drill, 4);
    const page = await learnCall(user, 'GET', '/api/learn');
    const mine = page.topics.find((x: { id: string }) => x.id === topic);
    expect(mine).toMatchObject({ lessons_total: 3, lessons_completed: 1, drills_total: 1 });
    expect(page.drills.find((d: { id: string }) => d.id === drill).stats).toMatchObject({ sessions: 1 });
    expect(page.continue_lesson).toMatchObject({ id: lessons[2], status: 'in_progress' });
    expect(page.review).toMatchObject({ due_count: 0 });
    expect(page.review.next_due).not.toBeNull();
  });

  it('offers the first unread lesson when none is in progress, and a drill never played has no stats', async () => {
    const user = await signUp(t);
    const { drill } = await addLearnContent(t);
    const page = await learnCall(user, 'GET', '/api/learn');
    expect(page.continue_lesson).toMatchObject({ status: 'new' });
    expect(page.drills.find((d: { id: string }) => d.id === drill).stats).toBeNull();
  });
});

describe('GET /api/learn/progress', () => {
  it('counts rounds and their average score per user day, lessons per topic and reviews due', async () => {
    t.clock.set('2026-05-10T12:00:00Z');
    const user = await signUp(t);
    await setUserDay(t, user.id, 'America/New_York', 4);
    const { topic, lesson, drill } = await addLearnContent(t, { question_count: 4 });
    await learnCall(user, 'POST', `/api/learn/lessons/${lesson}/complete`, { answers: ALL_RIGHT });
    await playRound(user, drill, 4);
    await playRound(user, drill, 2);
    t.clock.advance(24 * HOUR);
    await playRound(user, drill, 1);
    const progress = await learnCall(user, 'GET', '/api/learn/progress');
    expect(progress.scores).toEqual([
      { day: '2026-05-10', rounds: 2, average_score: 75 },
      { day: '2026-05-11', rounds: 1, average_score: 25 },
    ]);
    expect(progress.topics.find((x: { id: string }) => x.id === topic)).toMatchObject({ completed: 1, total: 1 });
    expect(progress.drills.find((d: { id: string }) => d.id === drill)).toMatchObject({
      sessions: 3,
      best_score: 100,
      last_score: 25,
    });
    expect(progress.reviews.due_now).toBe(2);

    t.clock.advance(PROGRESS_DAYS * 24 * HOUR);
    const later = await learnCall(await signInAgain(t, user.id), 'GET', '/api/learn/progress');
    expect(later.scores).toEqual([]);
  });
});

describe('POST /api/learn/drills/:id/rounds', () => {
  it(`is limited to ${ROUNDS_PER_MINUTE} rounds a minute per user`, async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const { drill } = await addLearnContent(t);
    for (let i = 0; i < ROUNDS_PER_MINUTE; i++)
      await learnCall(user, 'POST', `/api/learn/drills/${drill}/rounds`, {}, 201);
    const res = await user.inject({ method: 'POST', url: `/api/learn/drills/${drill}/rounds`, payload: {} });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('rate_limited');
    await learnCall(other, 'POST', `/api/learn/drills/${drill}/rounds`, {}, 201);
  });
});
