import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayKey } from '#common/time/day';
import { signUp, type TestUser } from '../../test/factories';
import { economy, ledgerRows, setUserDay } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { ALL_RIGHT, addLearnContent, deactivate, learnCall, roundAnswers, TWO_RIGHT } from '../../test/learn';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MIN = 60_000;

const passLesson = (user: TestUser, lesson: string, answers = ALL_RIGHT) =>
  learnCall(user, 'POST', `/api/learn/lessons/${lesson}/complete`, { answers });
const rate = (user: TestUser, kind: string, id: string, body: object, status = 200) =>
  learnCall(user, 'POST', `/api/learn/review/${kind}/${id}`, body, status);
const queue = (user: TestUser) => learnCall(user, 'GET', '/api/learn/review');

async function playRound(user: TestUser, drill: string, purpose: 'practice' | 'review') {
  const round = await learnCall(user, 'POST', `/api/learn/drills/${drill}/rounds`, { purpose }, 201);
  const answers = await roundAnswers(t, round.id);
  await learnCall(user, 'POST', `/api/learn/drills/${drill}/submit`, { round_id: round.id, answers });
  return round.id as string;
}

describe('review of lessons', () => {
  it('brings a lesson rated again back the same user day', async () => {
    t.clock.set('2026-02-10T09:00:00Z');
    const user = await signUp(t);
    await setUserDay(t, user.id, 'Europe/Berlin', 4);
    const { lesson } = await addLearnContent(t);
    const pass = await passLesson(user, lesson);
    const due = new Date(pass.progress.schedule.due);
    expect((await queue(user)).due).toHaveLength(0);

    t.clock.set(due);
    const q = await queue(user);
    expect(q.due_count).toBe(1);
    expect(q.due[0]).toMatchObject({ kind: 'lesson', id: lesson, drill_type: null });
    expect(new Date(q.due[0].preview.again).getTime() - due.getTime()).toBe(MIN);

    await passLesson(user, lesson, TWO_RIGHT);
    const reviewed = await rate(user, 'lesson', lesson, { rating: 'again' });
    const next = new Date(reviewed.card.due);
    expect(next.getTime() - due.getTime()).toBeLessThan(15 * MIN);
    expect(dayKey(next, 'Europe/Berlin', 4)).toBe(dayKey(due, 'Europe/Berlin', 4));
    t.clock.set(next);
    expect((await queue(user)).due.map((c: { id: string }) => c.id)).toEqual([lesson]);
  });

  it('refuses a lesson not yet due, one not a card, and another user’s', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const { lessons } = await addLearnContent(t, { lessons: 2 });
    await passLesson(user, lessons[0] as string);
    expect((await rate(user, 'lesson', lessons[0] as string, { rating: 'good' }, 409)).code).toBe('not_due');
    await rate(user, 'lesson', lessons[1] as string, { rating: 'good' }, 404);
    t.clock.advance(60 * MIN);
    await rate(other, 'lesson', lessons[0] as string, { rating: 'good' }, 404);
    expect((await queue(other)).due_count).toBe(0);
  });

  it('needs a quiz attempt after the last review', async () => {
    const user = await signUp(t);
    const { lesson } = await addLearnContent(t);
    await passLesson(user, lesson);
    t.clock.advance(60 * MIN);
    expect((await rate(user, 'lesson', lesson, { rating: 'good' }, 409)).code).toBe('attempt_needed');
    await passLesson(user, lesson);
    const first = await rate(user, 'lesson', lesson, { rating: 'good' });
    t.clock.set(first.card.due);
    expect((await rate(user, 'lesson', lesson, { rating: 'good' }, 409)).code).toBe('attempt_needed');
  });

  it('pays the first review of the day only, and records every review for the quests', async () => {
    const user = await signUp(t);
    const { lessons } = await addLearnContent(t, { lessons: 2 });
    for (const id of lessons) await passLesson(user, id);
    t.clock.advance(60 * MIN);
    for (const id of lessons) await passLesson(user, id);
    const first = await rate(user, 'lesson', lessons[0] as string, { rating: 'good' });
    expect(first.reward).toMatchObject({ xp: 15, coins: 0 });
    const second = await rate(user, 'lesson', lessons[1] as string, { rating: 'hard' });
    expect(second.reward).toBeNull();
    // Each review is an activity (quests count `reviews_done` from them); the second one paid nothing.
    const paid = (await ledgerRows(t, user.id)).filter((r) => r.event_type === 'review_session');
    expect(paid.map((r) => r.xp).sort()).toEqual([0, 15]);
    expect(paid.every((r) => r.activity_event_id !== null)).toBe(true);
    const quests = await learnCall(user, 'GET', '/api/quests/universal');
    const weekly = quests.find((q: { key: string }) => q.key === 'weekly_reviews');
    expect(weekly).toMatchObject({ progress: 2 });
    const e = await economy(t, user.id);
    expect(e.total_xp).toBe(e.ledger_xp);
  });

  it('hides the cards of inactive lessons', async () => {
    const user = await signUp(t);
    const { lesson } = await addLearnContent(t);
    await passLesson(user, lesson);
    t.clock.advance(60 * MIN);
    expect((await queue(user)).due).toHaveLength(1);
    await deactivate(t, 'lesson', lesson);
    expect((await queue(user)).due).toHaveLength(0);
    await rate(user, 'lesson', lesson, { rating: 'good' }, 404);
  });
});

describe('review of drills', () => {
  it('needs an unused review round of that drill', async () => {
    const user = await signUp(t);
    const a = await addLearnContent(t);
    const b = await addLearnContent(t);
    const practice = await playRound(user, a.drill, 'practice');
    await playRound(user, b.drill, 'practice');
    t.clock.advance(60 * MIN);
    const needed = async (body: object) =>
      expect((await rate(user, 'drill', a.drill, { rating: 'good', ...body }, 409)).code).toBe('round_needed');
    await needed({});
    await needed({ round_id: practice });
    await needed({ round_id: await playRound(user, b.drill, 'review') });
    const unanswered = await learnCall(user, 'POST', `/api/learn/drills/${a.drill}/rounds`, { purpose: 'review' }, 201);
    await needed({ round_id: unanswered.id });

    const round = await playRound(user, a.drill, 'review');
    const reviewed = await rate(user, 'drill', a.drill, { rating: 'good', round_id: round });
    expect(reviewed.card).toMatchObject({ kind: 'drill', id: a.drill, drill_type: 'interval', reps: 2 });
    t.clock.set(reviewed.card.due);
    await needed({ round_id: round });
  });

  it('lists due cards of both kinds, the longest overdue first, with the next due', async () => {
    const user = await signUp(t);
    const { lesson, drill } = await addLearnContent(t);
    await passLesson(user, lesson);
    t.clock.advance(MIN);
    await playRound(user, drill, 'practice');
    const empty = await queue(user);
    expect(empty.due_count).toBe(0);
    expect(empty.next_due).not.toBeNull();
    t.clock.advance(60 * MIN);
    const q = await queue(user);
    expect(q.due.map((c: { kind: string }) => c.kind)).toEqual(['lesson', 'drill']);
    expect(q.due_count).toBe(2);
    const page = await learnCall(user, 'GET', '/api/learn');
    expect(page.review.due_count).toBe(2);
  });

  it('answers 404 for a drill that is not a card and for another user’s card', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const { drill } = await addLearnContent(t);
    await rate(user, 'drill', drill, { rating: 'good' }, 404);
    await playRound(user, drill, 'practice');
    t.clock.advance(60 * MIN);
    await rate(other, 'drill', drill, { rating: 'good' }, 404);
    await rate(user, 'drill', '00000000-0000-4000-8000-000000000000', { rating: 'good' }, 404);
  });
});

describe('reviews on Today and in the plan', () => {
  const today = async (user: TestUser) => learnCall(user, 'GET', '/api/today');
  const generate = async (user: TestUser) => learnCall(user, 'POST', '/api/plan/generate', {});
  type Item = { kind: string; completed_at: string | null; href: string | null };
  const reviewItem = (plan: { items: Item[] }) => plan.items.find((i) => i.kind === 'review');

  it('counts the due cards on Today and the polling endpoint, and plans a review item ticked once they are done', async () => {
    t.clock.set('2026-03-02T08:00:00Z');
    const user = await signUp(t);
    const { lesson, drill } = await addLearnContent(t);
    const pass = await passLesson(user, lesson);
    await playRound(user, drill, 'practice');
    expect((await today(user)).quick_picks.reviews_due).toBe(0);
    expect(reviewItem(await generate(user))).toMatchObject({ title: 'Review 2 cards', completed_at: null });

    t.clock.set(new Date(pass.progress.schedule.due));
    t.clock.advance(10 * MIN);
    expect((await today(user)).quick_picks.reviews_due).toBe(2);
    expect((await learnCall(user, 'GET', '/api/sync/poll')).badges.reviews_due).toBe(2);

    await passLesson(user, lesson);
    await rate(user, 'lesson', lesson, { rating: 'good' });
    const round = await playRound(user, drill, 'review');
    await rate(user, 'drill', drill, { rating: 'good', round_id: round });
    expect((await today(user)).quick_picks.reviews_due).toBe(0);
    const item = reviewItem(await generate(user));
    expect(item?.completed_at).not.toBeNull();
    expect(item?.href).toBe('/learn/review');
  });

  it('leaves the cards of hidden lessons, drills and topics out of Today’s count', async () => {
    t.clock.set('2026-03-05T08:00:00Z');
    const user = await signUp(t);
    const first = await addLearnContent(t);
    const second = await addLearnContent(t);
    const pass = await passLesson(user, first.lesson);
    await passLesson(user, second.lesson);
    await playRound(user, first.drill, 'practice');
    t.clock.set(new Date(pass.progress.schedule.due));
    t.clock.advance(10 * MIN);
    const count = async () => (await today(user)).quick_picks.reviews_due;
    expect(await count()).toBe(3);
    // Each instance keeps the hidden content in memory and hears of a change as it commits.
    await deactivate(t, 'drill', first.drill);
    await expect.poll(count, { timeout: 1000 }).toBe(2);
    await deactivate(t, 'topic', second.topic);
    await expect.poll(count, { timeout: 1000 }).toBe(1);
    expect((await queue(user)).due_count).toBe(1);
  });
});
