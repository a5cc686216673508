import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger } from '../gamification/gamification.tables';
import { goals } from '../goals/goals.tables';
import { onboardingState } from '.';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Step {
  id: string;
  key: string;
  step_type: string;
  is_required: boolean;
}

const get = async (user: TestUser) => {
  const res = await user.inject({ method: 'GET', url: '/api/onboarding' });
  expect(res.statusCode).toBe(200);
  return res.json().data;
};
const post = (user: TestUser, path: string, payload?: Record<string, unknown>) =>
  user.inject({ method: 'POST', url: `/api/onboarding/${path}`, ...(payload ? { payload } : {}) });
const ok = async (user: TestUser, path: string, payload?: Record<string, unknown>) => {
  const res = await post(user, path, payload);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
};
const stepId = async (user: TestUser, key: string) =>
  ((await get(user)).steps as Step[]).find((s) => s.key === key)?.id as string;
const goalsOf = (user: TestUser) => t.database.db.select().from(goals).where(eq(goals.user_id, user.id));

/** Walks a started user through welcome and interests. */
async function throughInterests(user: TestUser, selected = ['focus', 'music_production']) {
  await ok(user, 'start');
  await ok(user, 'step', {});
  return ok(user, 'step', { response: { selected } });
}

describe('GET /api/onboarding', () => {
  it('shows a new user the five seeded steps, not started, without answers', async () => {
    const user = await signUp(t);
    const view = await get(user);
    expect(view).toMatchObject({
      status: 'not_started',
      current_step_id: null,
      answers: [],
      started_at: null,
      completed_at: null,
      skipped_at: null,
      flow: { key: 'welcome' },
    });
    expect(view.steps.map((s: Step) => [s.key, s.step_type])).toEqual([
      ['welcome', 'welcome'],
      ['interests', 'multi_select'],
      ['first_goal', 'form'],
      ['tour', 'tour'],
      ['done', 'completion'],
    ]);
    expect(await onboardingState(t.database.db, user.id)).toEqual({ status: 'not_started', interests: [] });
  });

  it('needs a signed-in user who accepted the terms', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/onboarding' })).statusCode).toBe(401);
    const newcomer = await signUp(t, { acceptTerms: false });
    const res = await newcomer.inject({ method: 'GET', url: '/api/onboarding' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('terms_required');
  });
});

describe('POST /api/onboarding/start', () => {
  it('begins at the welcome step; starting again changes nothing', async () => {
    const user = await signUp(t);
    const started = await ok(user, 'start');
    expect(started.status).toBe('in_progress');
    expect(started.current_step_id).toBe(started.steps[0].id);
    expect(started.started_at).toBe(t.clock.now().toISOString());
    const again = await ok(user, 'start');
    expect(again).toEqual(started);
    expect((await onboardingState(t.database.db, user.id)).status).toBe('in_progress');
  });
});
