import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFact } from '../../platform/facts';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger } from '../gamification/gamification.tables';
import { goals } from '../goals/goals.tables';
import { onboardingFact } from '.';

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
    expect(await readFact(t.database.db, onboardingFact, { user: user.id }, null)).toEqual({
      status: 'not_started',
      interests: [],
    });
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
    expect((await readFact(t.database.db, onboardingFact, { user: user.id }, null)).status).toBe('in_progress');
  });
});

describe('POST /api/onboarding/step', () => {
  it('walks the whole flow: interests saved, a first goal created, the last step completes it', async () => {
    const user = await signUp(t);
    const afterInterests = await throughInterests(user, ['music_production', 'focus']);
    const steps = afterInterests.steps as Step[];
    expect(afterInterests.current_step_id).toBe(steps[2]?.id);
    // Stored in the order offered, and saved to the interests setting Today reads.
    expect(afterInterests.answers.at(-1)).toMatchObject({
      step_key: 'interests',
      response: { selected: ['focus', 'music_production'] },
    });
    const settings = (await user.inject({ method: 'GET', url: '/api/settings/interests' })).json().data;
    expect(settings.value).toEqual(['focus', 'music_production']);

    const withGoal = await ok(user, 'step', { response: { title: '  Finish the EP ', target_date: '2026-12-31' } });
    expect(withGoal.created_goal_id).toEqual(expect.any(String));
    const goal = (await user.inject({ method: 'GET', url: `/api/goals/${withGoal.created_goal_id}` })).json().data;
    expect(goal).toMatchObject({ title: 'Finish the EP', target_date: '2026-12-31', status: 'active' });
    expect(withGoal.answers.at(-1).response).toEqual({
      title: 'Finish the EP',
      target_date: '2026-12-31',
      goal_id: withGoal.created_goal_id,
    });

    await ok(user, 'step', { step_id: steps[3]?.id });
    const done = await ok(user, 'step', {});
    expect(done).toMatchObject({
      status: 'completed',
      current_step_id: null,
      completed_at: t.clock.now().toISOString(),
    });
    expect(done.answers.map((a: { step_key: string }) => a.step_key)).toEqual([
      'welcome',
      'interests',
      'first_goal',
      'tour',
      'done',
    ]);
    expect(await readFact(t.database.db, onboardingFact, { user: user.id }, null)).toEqual({
      status: 'completed',
      interests: ['focus', 'music_production'],
    });
    // Finishing onboarding pays nothing: the catalogue has no reward for it; the goal alone pays nothing either.
    expect(await t.database.db.select().from(points_ledger).where(eq(points_ledger.user_id, user.id))).toEqual([]);
  });

  it('creates the first goal once, however often the step is answered', async () => {
    const user = await signUp(t);
    await throughInterests(user);
    const goalStep = await stepId(user, 'first_goal');
    const first = await ok(user, 'step', { response: { title: 'Write a song' } });
    const again = await ok(user, 'step', { step_id: goalStep, response: { title: 'Write two songs' } });
    expect(again.created_goal_id).toBeNull();
    expect(again.answers.find((a: { step_key: string }) => a.step_key === 'first_goal').response).toEqual({
      title: 'Write two songs',
      goal_id: first.created_goal_id,
    });
    // Answering an earlier step keeps the user where they were.
    expect(again.current_step_id).toBe(first.current_step_id);
    expect((await goalsOf(user)).map((g) => g.title)).toEqual(['Write a song']);
  });

  it('answers 422 naming the field for a form answer with a line break or a control character', async () => {
    const user = await signUp(t);
    await throughInterests(user);
    for (const title of ['Write\na song', 'Write\u0000a song', 'Write\u0007']) {
      const res = await post(user, 'step', { response: { title } });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.response.title']);
    }
    expect(await goalsOf(user)).toEqual([]);
  });

  it('creates one goal when the same answer arrives twice at once', async () => {
    const user = await signUp(t);
    await throughInterests(user);
    const goalStep = await stepId(user, 'first_goal');
    const answers = await Promise.all(
      [1, 2, 3].map(() => post(user, 'step', { step_id: goalStep, response: { title: 'Play live' } })),
    );
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(await goalsOf(user)).toHaveLength(1);
  });

  it('answers 422 with the path for an answer that does not fit the step, and changes nothing', async () => {
    const user = await signUp(t);
    await ok(user, 'start');
    const welcome = await post(user, 'step', { response: { liked: true } });
    expect(welcome.statusCode).toBe(422);
    expect(welcome.json().error.details).toEqual([{ path: 'body.response.liked', message: expect.any(String) }]);
    await ok(user, 'step', {});
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ selected: ['focus', 'knitting'] }, 'body.response.selected.1'],
      [{ selected: [] }, 'body.response.selected'],
      [{ selected: ['focus', 'focus'] }, 'body.response.selected.1'],
      [{ selected: 'focus' }, 'body.response.selected'],
      [{ selected: [7] }, 'body.response.selected.0'],
      [{ selected: ['focus'], extra: 1 }, 'body.response.extra'],
      [{}, 'body.response.selected'],
    ];
    for (const [response, path] of cases) {
      const res = await post(user, 'step', { response });
      expect(res.statusCode, JSON.stringify(response)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    await ok(user, 'step', { response: { selected: ['reading'] } });
    const goalCases: Array<[Record<string, unknown>, string]> = [
      [{}, 'body.response.title'],
      [{ title: '   ' }, 'body.response.title'],
      [{ title: 'x'.repeat(201) }, 'body.response.title'],
      [{ title: 'Ok', target_date: '2026-02-30' }, 'body.response.target_date'],
      [{ title: 'Ok', target_date: '3000-01-01' }, 'body.response.target_date'],
      [{ title: 5 }, 'body.response.title'],
      [{ title: 'Ok', priority: 'high' }, 'body.response.priority'],
    ];
    for (const [response, path] of goalCases) {
      const res = await post(user, 'step', { response });
      expect(res.statusCode, JSON.stringify(response)).toBe(422);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(await goalsOf(user)).toEqual([]);
    const view = await get(user);
    expect(view.current_step_id).toBe(await stepId(user, 'first_goal'));
    expect(view.answers.map((a: { step_key: string }) => a.step_key)).toEqual(['welcome', 'interests']);
  });

  it('answers 422 for a malformed body and 404 for a step of no flow', async () => {
    const user = await signUp(t);
    await ok(user, 'start');
    for (const payload of [{ step_id: 'nope' }, { response: 'yes' }, { response: [] }, { other: 1 }]) {
      const res = await post(user, 'step', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
    }
    const res = await post(user, 'step', { step_id: '00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(404);
  });

  it('refuses a later step (409), and any answer before the start or after the end', async () => {
    const user = await signUp(t);
    const notStarted = await post(user, 'step', {});
    expect(notStarted.statusCode).toBe(409);
    expect(notStarted.json().error.code).toBe('onboarding_not_started');
    await ok(user, 'start');
    const ahead = await post(user, 'step', { step_id: await stepId(user, 'tour') });
    expect(ahead.statusCode).toBe(409);
    expect(ahead.json().error.code).toBe('onboarding_step_ahead');
    await ok(user, 'skip');
    const afterSkip = await post(user, 'step', {});
    expect(afterSkip.statusCode).toBe(409);
    expect(afterSkip.json().error.code).toBe('onboarding_finished');
  });
});

describe('POST /api/onboarding/skip', () => {
  it('skips the whole flow, even before it started; skipping again changes nothing', async () => {
    const user = await signUp(t);
    const skipped = await ok(user, 'skip');
    expect(skipped).toMatchObject({
      status: 'skipped',
      current_step_id: null,
      skipped_at: t.clock.now().toISOString(),
    });
    expect(await ok(user, 'skip')).toEqual(skipped);
    expect((await get(user)).status).toBe('skipped');
    expect((await readFact(t.database.db, onboardingFact, { user: user.id }, null)).status).toBe('skipped');
    const restart = await post(user, 'start');
    expect(restart.statusCode).toBe(409);
    expect(restart.json().error.code).toBe('onboarding_finished');
  });

  it('skips one optional step (the first goal) but not a required one or one that is not current', async () => {
    const user = await signUp(t);
    await ok(user, 'start');
    await ok(user, 'step', {});
    const interests = await stepId(user, 'interests');
    const required = await post(user, 'skip', { step_id: interests });
    expect(required.statusCode).toBe(409);
    expect(required.json().error.code).toBe('onboarding_step_required');
    await ok(user, 'step', { response: { selected: ['fitness'] } });
    const notCurrent = await post(user, 'skip', { step_id: await stepId(user, 'tour') });
    expect(notCurrent.statusCode).toBe(409);
    expect(notCurrent.json().error.code).toBe('onboarding_step_not_current');
    const skippedGoal = await ok(user, 'skip', { step_id: await stepId(user, 'first_goal') });
    expect(skippedGoal.status).toBe('in_progress');
    expect(skippedGoal.current_step_id).toBe(await stepId(user, 'tour'));
    expect(await goalsOf(user)).toEqual([]);
    await ok(user, 'skip', { step_id: await stepId(user, 'tour') });
    const done = await ok(user, 'skip', { step_id: await stepId(user, 'done') });
    expect(done.status).toBe('completed');
  });

  it('answers 409 once completed and 422 for a bad body', async () => {
    const user = await signUp(t);
    for (const payload of [{ step_id: 'x' }, { all: true }]) {
      expect((await post(user, 'skip', payload)).statusCode, JSON.stringify(payload)).toBe(422);
    }
    await ok(user, 'start');
    for (const key of ['welcome', 'interests', 'first_goal', 'tour']) {
      if (key === 'interests') await ok(user, 'step', { response: { selected: ['habits'] } });
      else await ok(user, 'skip', { step_id: await stepId(user, key) });
    }
    await ok(user, 'step', {});
    const res = await post(user, 'skip');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('onboarding_finished');
  });
});

describe('POST /api/onboarding/reset', () => {
  it('goes back to not started with the answers cleared, keeping the goal and the interests setting', async () => {
    const user = await signUp(t);
    await throughInterests(user, ['planning']);
    await ok(user, 'step', { response: { title: 'Run 5 km' } });
    await ok(user, 'skip');
    const reset = await ok(user, 'reset');
    expect(reset).toMatchObject({
      status: 'not_started',
      current_step_id: null,
      answers: [],
      started_at: null,
      completed_at: null,
      skipped_at: null,
    });
    expect((await goalsOf(user)).map((g) => g.title)).toEqual(['Run 5 km']);
    expect(await readFact(t.database.db, onboardingFact, { user: user.id }, null)).toEqual({
      status: 'not_started',
      interests: ['planning'],
    });
    // A new run starts from the welcome step again.
    const again = await ok(user, 'start');
    expect(again.current_step_id).toBe(again.steps[0].id);
  });

  it('touches only the user’s own onboarding', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    await throughInterests(other, ['reading']);
    await ok(user, 'reset');
    const view = await get(other);
    expect(view.status).toBe('in_progress');
    expect(view.answers).toHaveLength(2);
    // Another user's step ids are shared catalogue, but answers never cross users.
    expect((await get(user)).answers).toEqual([]);
  });
});
