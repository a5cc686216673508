import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, customExercise } from '../../test/exercise';
import { signUp, type TestUser } from '../../test/factories';
import { startedFocus } from '../../test/focus';
import { recordAs } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from '../user/user.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.clock.set('2026-01-15T12:00:00Z'));

const today = async (user: TestUser) => {
  const res = await user.inject({ method: 'GET', url: '/api/today' });
  expect(res.statusCode).toBe(200);
  return res.json().data;
};
const post = async (user: TestUser, url: string, payload?: Record<string, unknown>) => {
  const res = await user.inject({ method: 'POST', url, ...(payload ? { payload } : {}) });
  expect(res.statusCode).toBeLessThan(300);
  return res.json().data;
};
const habit = async (user: TestUser, name: string) => (await post(user, '/api/habits', { name })).id as string;
async function questAt(user: TestUser, title: string, progress: number, target: number, category?: string) {
  const q = await post(user, '/api/quests', { title, target, ...(category ? { category } : {}) });
  await post(user, `/api/quests/${q.id}/accept`);
  const res = await user.inject({ method: 'PATCH', url: `/api/quests/${q.id}`, payload: { progress } });
  expect(res.statusCode).toBe(200);
  return q.id as string;
}
const setInterests = async (user: TestUser, value: string[]) => {
  const res = await user.inject({ method: 'PUT', url: '/api/settings/interests', payload: { value } });
  expect(res.statusCode).toBe(200);
};

describe('GET /api/today', () => {
  it('greets the user by name and local part of day, with progress, quick picks and the plan summary', async () => {
    const user = await signUp(t, { name: 'Ada' });
    await habit(user, 'Stretch');
    const data = await today(user);
    expect(data.greeting).toEqual({ name: 'Ada', part_of_day: 'afternoon' });
    expect(data.date).toBe('2026-01-15');
    expect(data.progress).toMatchObject({ level: 1, total_xp: 0, coins: 0, daily_streak: 0 });
    expect(data.quick_picks).toEqual({ habits_due: 1, quests_claimable: 0, inbox_unread: 0, reviews_due: 0 });
    expect(data.plan).toEqual({ date: '2026-01-15', exists: false, total: 0, completed: 0, next_item: null });
    expect(data.resume_last).toBeNull();
    expect(data.teaser.label).toEqual(expect.any(String));
  });

  it('shows today’s workout of the active program until it is done', async () => {
    const user = await signUp(t);
    expect((await today(user)).scheduled_workout).toBeNull();
    const ex = await customExercise(user);
    const workout = await call(user, 'POST', '/api/exercise/workouts', {
      name: 'Legs',
      exercises: [{ exercise_id: ex }],
    });
    // 15 January 2026 is a Thursday (ISO day 4).
    const program = await call(user, 'POST', '/api/exercise/programs', {
      name: 'Base',
      weeks: [{ days: [{ day_of_week: 4, workout_id: workout.id }] }],
    });
    await call(user, 'POST', `/api/exercise/programs/${program.id}/activate`, undefined, 200);
    expect((await today(user)).scheduled_workout).toEqual({
      program_day_id: program.weeks[0].days[0].id,
      workout_id: workout.id,
      name: 'Legs',
    });
  });

  it('shows the book being read, none before', async () => {
    const user = await signUp(t);
    expect((await today(user)).current_book).toBeNull();
    await user.inject({ method: 'POST', url: '/api/books', payload: { title: 'Persuasion', status: 'want_to_read' } });
    const reading = await user.inject({
      method: 'POST',
      url: '/api/books',
      payload: { title: 'Emma', author: 'Jane Austen', total_pages: 474, status: 'reading' },
    });
    expect((await today(user)).current_book).toEqual({
      id: reading.json().data.book.id,
      title: 'Emma',
      author: 'Jane Austen',
      current_page: 0,
      total_pages: 474,
    });
  });

  it('names the most recent activity as "resume last"', async () => {
    const user = await signUp(t);
    await recordAs(t, user.id, { type: 'focus_complete', idempotency_key: 'f1', data: { duration_seconds: 1500 } });
    const data = await today(user);
    expect(data.resume_last).toMatchObject({ type: 'focus_complete', title: 'Focus session', href: '/focus' });
  });
});

describe('the starter', () => {
  it('is the plan’s next open item first, ahead of a running session and due habits', async () => {
    const user = await signUp(t);
    await habit(user, 'Stretch');
    await startedFocus(user);
    const plan = await post(user, '/api/plan/items', { title: 'Email the label' });
    await post(user, '/api/plan/items', { title: 'Second' });
    const { starter } = await today(user);
    expect(starter).toMatchObject({ tier: 'plan', kind: 'custom', title: 'Email the label', ref_id: plan.items[0].id });
  });

  it('sends a plan’s focus block to the running session when one is open', async () => {
    const user = await signUp(t);
    await post(user, '/api/plan/generate', {});
    expect((await today(user)).starter).toMatchObject({ tier: 'plan', kind: 'focus', href: '/focus?start=25' });
    await startedFocus(user);
    expect((await today(user)).starter).toMatchObject({
      tier: 'plan',
      title: 'Resume your focus session',
      href: '/focus',
    });
  });

  it('is the running focus session when the plan has nothing open', async () => {
    const user = await signUp(t);
    await habit(user, 'Stretch');
    const sessionId = await startedFocus(user);
    const { starter } = await today(user);
    expect(starter).toMatchObject({ tier: 'focus_session', href: '/focus', ref_id: sessionId });
  });

  it('is a due habit when there is no plan item or session', async () => {
    const user = await signUp(t);
    const id = await habit(user, 'Stretch');
    await questAt(user, 'Nearly there', 3, 4);
    expect((await today(user)).starter).toMatchObject({ tier: 'habit', title: 'Stretch', href: '/habits', ref_id: id });
  });

  it('is the quest nearest completion after habits', async () => {
    const user = await signUp(t);
    await questAt(user, 'Half way', 2, 4);
    const near = await questAt(user, 'Nearly there', 3, 4);
    await questAt(user, 'Barely started', 1, 4);
    expect((await today(user)).starter).toMatchObject({ tier: 'quest', kind: 'quest', ref_id: near, href: '/quests' });
  });

  it('breaks a tie by the user’s interests', async () => {
    const user = await signUp(t);
    await questAt(user, 'Write a chorus', 2, 4, 'music_production');
    const run = await questAt(user, 'Run 5 km', 2, 4, 'fitness');
    await setInterests(user, ['music_production']);
    expect((await today(user)).starter.title).toBe('Write a chorus');
    await setInterests(user, ['fitness', 'music_production']);
    expect((await today(user)).starter).toMatchObject({ tier: 'quest', ref_id: run });
  });

  it('skips a module the user weighs 0', async () => {
    const user = await signUp(t);
    await habit(user, 'Stretch');
    const near = await questAt(user, 'Nearly there', 3, 4);
    const res = await user.inject({
      method: 'PUT',
      url: '/api/settings/module_weights',
      payload: { value: { habits: 0 } },
    });
    expect(res.statusCode).toBe(200);
    expect((await today(user)).starter).toMatchObject({ tier: 'quest', ref_id: near });
  });

  it('suggests planning the day when nothing asks, or what the interests favour', async () => {
    const user = await signUp(t);
    expect((await today(user)).starter).toMatchObject({ tier: 'fallback', kind: 'generate_plan' });
    await setInterests(user, ['focus', 'habits']);
    expect((await today(user)).starter).toMatchObject({ tier: 'fallback', kind: 'focus', href: '/focus?start=25' });
  });
});

describe('user flags', () => {
  it('marks the first day, and onboarding pending until it is completed or skipped', async () => {
    const user = await signUp(t);
    await t.database.db.update(users).set({ created_at: t.clock.now() }).where(eq(users.id, user.id));
    const first = await today(user);
    expect(first.flags).toEqual({ first_day: true, returning: false, onboarding_pending: true, reduced_mode: false });
    await post(user, '/api/onboarding/skip', {});
    t.clock.set('2026-01-16T12:00:00Z');
    const next = await today(user);
    expect(next.flags).toMatchObject({ first_day: false, onboarding_pending: false });
  });

  it('marks a user back after three or more days away, in reduced mode without the teaser', async () => {
    const user = await signUp(t);
    await recordAs(t, user.id, {
      type: 'focus_complete',
      idempotency_key: 'old',
      occurred_at: new Date('2026-01-13T12:00:00Z'),
      data: { duration_seconds: 1500 },
    });
    expect((await today(user)).flags.returning).toBe(false);
    t.clock.set('2026-01-16T12:00:00Z');
    const back = await today(user);
    expect(back.flags).toMatchObject({ returning: true, reduced_mode: true });
    expect(back.teaser).toBeNull();
    // A returning user's generated plan is shorter: a 15-minute block and at most two habits.
    for (const name of ['a', 'b', 'c']) await habit(user, name);
    const plan = await post(user, '/api/plan/generate', {});
    expect(plan.items.map((i: { kind: string }) => i.kind)).toEqual(['focus', 'habit', 'habit']);
    expect(plan.items[0].duration_minutes).toBe(15);
  });
});

describe('GET /api/sync/poll', () => {
  it('answers compact state with an ETag, 304 while nothing changed, a new ETag after a change', async () => {
    const user = await signUp(t);
    const res = await user.inject({ method: 'GET', url: '/api/sync/poll' });
    expect(res.statusCode).toBe(200);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    expect(res.json().data).toMatchObject({
      badges: { habits_due: 0, quests_claimable: 0, inbox_unread: 0, reviews_due: 0 },
      focus: { status: 'idle', session_id: null },
      plan: { date: '2026-01-15', total: 0, completed: 0 },
      server_time: '2026-01-15T12:00:00.000Z',
    });

    // The server time moved on, the state did not.
    t.clock.advance(5_000);
    const same = await user.inject({ method: 'GET', url: '/api/sync/poll', headers: { 'if-none-match': etag } });
    expect(same.statusCode).toBe(304);
    expect(same.body).toBe('');
    expect(same.headers.etag).toBe(etag);

    await post(user, '/api/plan/items', { title: 'New' });
    const changed = await user.inject({ method: 'GET', url: '/api/sync/poll', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json().data.plan.total).toBe(1);
  });

  it('reports a running focus session', async () => {
    const user = await signUp(t);
    const id = await startedFocus(user);
    const res = await user.inject({ method: 'GET', url: '/api/sync/poll' });
    expect(res.json().data.focus).toMatchObject({ session_id: id, status: 'active', mode: 'focus' });
  });

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/sync/poll' });
    expect(res.statusCode).toBe(401);
  });
});
