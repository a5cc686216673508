import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/factories';
import { economy, ledgerRows } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { ALL_RIGHT, addLearnContent, deactivate, learnCall, NONE_RIGHT, TWO_RIGHT } from '../../test/learn';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const complete = (user: Awaited<ReturnType<typeof signUp>>, id: string, answers: number[][], status = 200) =>
  learnCall(user, 'POST', `/api/learn/lessons/${id}/complete`, { answers }, status);

describe('lessons', () => {
  it('shows a lesson’s quiz without its answers or explanations', async () => {
    const user = await signUp(t);
    const { lesson } = await addLearnContent(t);
    const res = await user.inject({ method: 'GET', url: `/api/learn/lessons/${lesson}` });
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data.quiz).toHaveLength(3);
    expect(data.quiz[0]).toEqual({ kind: 'single', question: 'First?', choices: ['yes', 'no'] });
    expect(res.body).not.toContain('"answers"');
    expect(res.body).not.toContain('explanation');
    expect(data.progress).toMatchObject({ status: 'new', attempts: 0 });
  });

  it('starts a lesson once: a repeat changes nothing', async () => {
    const user = await signUp(t);
    const { lesson } = await addLearnContent(t);
    const first = await learnCall(user, 'POST', `/api/learn/lessons/${lesson}/start`);
    t.clock.advance(60_000);
    const again = await learnCall(user, 'POST', `/api/learn/lessons/${lesson}/start`);
    expect(first).toMatchObject({ status: 'in_progress', attempts: 0 });
    expect(again.started_at).toBe(first.started_at);
  });

  it('pays the first pass once, makes the lesson a card, and never lowers the best score', async () => {
    const user = await signUp(t);
    const { lesson } = await addLearnContent(t);
    const pass = await complete(user, lesson, ALL_RIGHT);
    expect(pass.result).toMatchObject({ score: 100, passed: true, correct: 3, total: 3 });
    expect(pass.result.questions[2]).toEqual({
      chosen: [0, 2],
      answers: [0, 2],
      correct: true,
      explanation: 'X and Z.',
    });
    expect(pass.reward).toMatchObject({ xp: 15, coins: 5 });
    expect(pass.suggested_rating).toBe('good');
    expect(pass.progress).toMatchObject({ status: 'completed', attempts: 1, best_score: 100, last_score: 100 });
    expect(pass.progress.schedule.due).not.toBeNull();
    expect(pass.progress.schedule.reps).toBe(1);

    const lower = await complete(user, lesson, TWO_RIGHT);
    expect(lower.result).toMatchObject({ score: 67, passed: false });
    expect(lower.reward).toBeNull();
    expect(lower.progress).toMatchObject({ attempts: 2, last_score: 67, best_score: 100, status: 'completed' });
    // The schedule is the review's business: a later attempt leaves it.
    expect(lower.progress.schedule).toEqual(pass.progress.schedule);

    const again = await complete(user, lesson, ALL_RIGHT);
    expect(again.reward).toBeNull();
    expect(await ledgerRows(t, user.id, `lesson_complete:${lesson}`)).toHaveLength(1);
    const e = await economy(t, user.id);
    expect(e.coins).toBe(e.ledger_coins);
  });

  it('pays nothing and makes no card for a failing attempt, then pays the later first pass', async () => {
    const user = await signUp(t);
    const { lesson } = await addLearnContent(t);
    const fail = await complete(user, lesson, NONE_RIGHT);
    expect(fail).toMatchObject({ reward: null, suggested_rating: 'again' });
    expect(fail.result).toMatchObject({ score: 0, passed: false });
    expect(fail.progress).toMatchObject({ status: 'in_progress', attempts: 1, best_score: 0, completed_at: null });
    expect(fail.progress.schedule.due).toBeNull();
    expect(await ledgerRows(t, user.id)).toHaveLength(0);

    const pass = await complete(user, lesson, [[0], [1], [2, 0]]);
    expect(pass.reward).toMatchObject({ xp: 15 });
    expect(pass.progress.status).toBe('completed');
  });

  it('refuses an answer list that does not match the questions, writing nothing', async () => {
    const user = await signUp(t);
    const { lesson } = await addLearnContent(t);
    const err = await complete(user, lesson, [[0], [1]], 422);
    expect(err.code).toBe('validation_error');
    const after = await learnCall(user, 'GET', `/api/learn/lessons/${lesson}`);
    expect(after.progress).toMatchObject({ status: 'new', attempts: 0 });
  });

  it('hides an inactive lesson and the lessons of an inactive topic', async () => {
    const user = await signUp(t);
    const a = await addLearnContent(t);
    await deactivate(t, 'lesson', a.lesson);
    await learnCall(user, 'GET', `/api/learn/lessons/${a.lesson}`, undefined, 404);
    await learnCall(user, 'POST', `/api/learn/lessons/${a.lesson}/start`, undefined, 404);
    await complete(user, a.lesson, ALL_RIGHT, 404);
    const b = await addLearnContent(t);
    await deactivate(t, 'topic', b.topic);
    await learnCall(user, 'GET', `/api/learn/topics/${b.topic}`, undefined, 404);
    await learnCall(user, 'GET', `/api/learn/lessons/${b.lesson}`, undefined, 404);
    await learnCall(user, 'GET', `/api/learn/drills/${b.drill}`, undefined, 404);
    const topics = await learnCall(user, 'GET', '/api/learn/topics');
    expect(topics.map((x: { id: string }) => x.id)).not.toContain(b.topic);
  });

  it('keeps each user’s progress their own', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const { lesson, topic } = await addLearnContent(t);
    await complete(owner, lesson, ALL_RIGHT);
    const seen = await learnCall(other, 'GET', `/api/learn/lessons/${lesson}`);
    expect(seen.progress).toMatchObject({ status: 'new', attempts: 0 });
    const detail = await learnCall(other, 'GET', `/api/learn/topics/${topic}`);
    expect(detail).toMatchObject({ lessons_total: 1, lessons_completed: 0 });
    const mine = await learnCall(owner, 'GET', `/api/learn/topics/${topic}`);
    expect(mine).toMatchObject({ lessons_total: 1, lessons_completed: 1 });
    expect(mine.lessons[0]).toMatchObject({ status: 'completed', best_score: 100 });
  });

  it('points to the next lesson of the topic', async () => {
    const user = await signUp(t);
    const { lessons } = await addLearnContent(t, { lessons: 2 });
    const first = await learnCall(user, 'GET', `/api/learn/lessons/${lessons[0]}`);
    expect(first.next_lesson_id).toBe(lessons[1]);
    const second = await learnCall(user, 'GET', `/api/learn/lessons/${lessons[1]}`);
    expect(second.next_lesson_id).toBeNull();
  });
});
