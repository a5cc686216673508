import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger } from '../gamification/gamification.tables';
import { goal_milestones } from './goals.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function newGoal(user: TestUser): Promise<string> {
  const res = await user.inject({ method: 'POST', url: '/api/goals', payload: { title: 'Finish the EP' } });
  expect(res.statusCode).toBe(201);
  return res.json().data.id;
}

async function addMilestone(user: TestUser, goalId: string, title = 'Step') {
  const res = await user.inject({ method: 'POST', url: `/api/goals/${goalId}/milestones`, payload: { title } });
  expect(res.statusCode).toBe(201);
  return res.json().data;
}

const toggle = (user: TestUser, id: string, action: 'complete' | 'uncomplete') =>
  user.inject({ method: 'POST', url: `/api/goals/milestones/${id}/${action}` });

const getGoal = async (user: TestUser, id: string) =>
  (await user.inject({ method: 'GET', url: `/api/goals/${id}` })).json().data;

/** Sum of what the ledger paid for goals and milestones (achievements left out). */
async function paidTotal(user: TestUser): Promise<{ xp: number; coins: number; rows: number }> {
  const rows = await t.database.db
    .select({ key: points_ledger.idempotency_key, xp: points_ledger.xp, coins: points_ledger.coins })
    .from(points_ledger)
    .where(eq(points_ledger.user_id, user.id));
  const ours = rows.filter((r) => r.key.startsWith('goal'));
  return {
    xp: ours.reduce((s, r) => s + r.xp, 0),
    coins: ours.reduce((s, r) => s + r.coins, 0),
    rows: ours.length,
  };
}

describe('goal progress', () => {
  it('is recomputed on every milestone change: create, complete, uncomplete, delete', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    const a = await addMilestone(user, goalId, 'a');
    expect(a.goal).toMatchObject({ progress: 0, milestones_total: 1, milestones_completed: 0 });
    const b = await addMilestone(user, goalId, 'b');
    await addMilestone(user, goalId, 'c');

    const done = (await toggle(user, a.milestone.id, 'complete')).json().data;
    expect(done.goal).toMatchObject({ progress: 33, milestones_total: 3, milestones_completed: 1 });
    expect((await toggle(user, b.milestone.id, 'complete')).json().data.goal.progress).toBe(66);

    const d = await addMilestone(user, goalId, 'd');
    expect(d.goal).toMatchObject({ progress: 50, milestones_total: 4 });
    expect((await toggle(user, b.milestone.id, 'uncomplete')).json().data.goal.progress).toBe(25);

    expect((await user.inject({ method: 'DELETE', url: `/api/goals/milestones/${d.milestone.id}` })).statusCode).toBe(
      204,
    );
    const after = await getGoal(user, goalId);
    expect(after).toMatchObject({ progress: 33, milestones_total: 3, milestones_completed: 1, status: 'active' });
    expect(after.milestones.map((m: { title: string }) => m.title)).toEqual(['a', 'b', 'c']);
  });

  it('is listed with the goal in GET /api/goals', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    const a = await addMilestone(user, goalId);
    await addMilestone(user, goalId);
    await toggle(user, a.milestone.id, 'complete');
    const [g] = (await user.inject({ method: 'GET', url: '/api/goals' })).json().data;
    expect(g).toMatchObject({ id: goalId, progress: 50, milestones_total: 2, milestones_completed: 1 });
  });
});

describe('POST /api/goals/milestones/:id/complete', () => {
  it('pays 10 XP once, even when the milestone is toggled', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    const m = (await addMilestone(user, goalId)).milestone;
    await addMilestone(user, goalId);

    const first = (await toggle(user, m.id, 'complete')).json().data;
    expect(first.milestone.completed_at).toBe(t.clock.now().toISOString());
    expect(first.reward).toMatchObject({ xp: 10, coins: 0, duplicate: false });

    const undone = (await toggle(user, m.id, 'uncomplete')).json().data;
    expect(undone.milestone.completed_at).toBeNull();
    expect(undone.reward).toBeNull();
    const again = (await toggle(user, m.id, 'complete')).json().data;
    expect(again.milestone.completed_at).not.toBeNull();
    expect(again.reward).toBeNull();
    expect(await paidTotal(user)).toEqual({ xp: 10, coins: 0, rows: 1 });
  });

  it('pays once when submitted twice at the same time, and a repeat changes nothing', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    const m = (await addMilestone(user, goalId)).milestone;
    await addMilestone(user, goalId);
    const [a, b] = await Promise.all([toggle(user, m.id, 'complete'), toggle(user, m.id, 'complete')]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().data.reward, b.json().data.reward].filter(Boolean)).toHaveLength(1);
    expect(a.json().data.milestone.completed_at).toBe(b.json().data.milestone.completed_at);
    expect(await paidTotal(user)).toEqual({ xp: 10, coins: 0, rows: 1 });
  });

  it('completes the goal with the last open milestone and pays both rewards in one response', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    const a = (await addMilestone(user, goalId)).milestone;
    const b = (await addMilestone(user, goalId)).milestone;
    expect((await toggle(user, a.id, 'complete')).json().data.goal.status).toBe('active');
    const last = (await toggle(user, b.id, 'complete')).json().data;
    expect(last.goal).toMatchObject({ status: 'completed', progress: 100, completed_at: t.clock.now().toISOString() });
    expect(last.reward).toMatchObject({ xp: 60, coins: 20, duplicate: false });
    expect(await paidTotal(user)).toEqual({ xp: 70, coins: 20, rows: 3 });
  });

  it('reopens the completed goal when a milestone is reopened, and pays the goal only once', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    const m = (await addMilestone(user, goalId)).milestone;
    expect((await toggle(user, m.id, 'complete')).json().data.reward).toMatchObject({ xp: 60, coins: 20 });
    const reopened = (await toggle(user, m.id, 'uncomplete')).json().data;
    expect(reopened.goal).toMatchObject({ status: 'active', completed_at: null, progress: 0 });
    const redone = (await toggle(user, m.id, 'complete')).json().data;
    expect(redone.goal).toMatchObject({ status: 'completed', progress: 100 });
    expect(redone.reward).toBeNull();
    expect(await paidTotal(user)).toEqual({ xp: 60, coins: 20, rows: 2 });
  });

  it('does not complete a paused or abandoned goal it would not complete', async () => {
    const user = await signUp(t);
    const abandoned = await newGoal(user);
    const m = (await addMilestone(user, abandoned)).milestone;
    await user.inject({ method: 'PATCH', url: `/api/goals/${abandoned}`, payload: { status: 'abandoned' } });
    const res = (await toggle(user, m.id, 'complete')).json().data;
    expect(res.goal).toMatchObject({ status: 'abandoned', progress: 100 });
    expect(res.reward).toMatchObject({ xp: 10, coins: 0 });

    const paused = await newGoal(user);
    const p = (await addMilestone(user, paused)).milestone;
    await user.inject({ method: 'PATCH', url: `/api/goals/${paused}`, payload: { status: 'paused' } });
    expect((await toggle(user, p.id, 'complete')).json().data.goal.status).toBe('completed');
  });
});

describe('POST /api/goals/:id/milestones', () => {
  it('appends open milestones and answers 409 past the limit of 100', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    const first = await addMilestone(user, goalId, 'first');
    expect(first.milestone).toMatchObject({ title: 'first', goal_id: goalId, sort_order: 0, completed_at: null });
    await t.database.db.insert(goal_milestones).values(
      Array.from({ length: 99 }, (_, i) => ({
        user_id: user.id,
        goal_id: goalId,
        title: `m${i}`,
        sort_order: i + 1,
      })),
    );
    const res = await user.inject({ method: 'POST', url: `/api/goals/${goalId}/milestones`, payload: { title: 'x' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
  });

  it('answers 422 for a bad body', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    for (const payload of [{}, { title: '' }, { title: 'x'.repeat(201) }, { title: 'ok', completed_at: null }]) {
      const res = await user.inject({ method: 'POST', url: `/api/goals/${goalId}/milestones`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
    }
  });
});

describe('PATCH /api/goals/milestones/:id', () => {
  it('edits the title and description, leaving completion alone', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    const m = (await addMilestone(user, goalId)).milestone;
    await toggle(user, m.id, 'complete');
    const res = await user.inject({
      method: 'PATCH',
      url: `/api/goals/milestones/${m.id}`,
      payload: { title: 'Renamed', description: 'why' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ id: m.id, title: 'Renamed', description: 'why' });
    expect(res.json().data.completed_at).not.toBeNull();
    const bad = await user.inject({ method: 'PATCH', url: `/api/goals/milestones/${m.id}`, payload: { done: true } });
    expect(bad.statusCode).toBe(422);
  });
});

describe('POST /api/goals/:id/milestones/reorder', () => {
  it('puts the milestones in the given order', async () => {
    const user = await signUp(t);
    const goalId = await newGoal(user);
    const ids = [];
    for (const title of ['a', 'b', 'c']) ids.push((await addMilestone(user, goalId, title)).milestone.id);
    const order = [ids[2], ids[0], ids[1]];
    const res = await user.inject({
      method: 'POST',
      url: `/api/goals/${goalId}/milestones/reorder`,
      payload: { ids: order },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((m: { id: string }) => m.id)).toEqual(order);
    expect((await getGoal(user, goalId)).milestones.map((m: { title: string }) => m.title)).toEqual(['c', 'a', 'b']);
  });

  it('rejects foreign, repeated and missing ids with 422, changing nothing', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const goalId = await newGoal(user);
    const a = (await addMilestone(user, goalId, 'a')).milestone.id;
    const b = (await addMilestone(user, goalId, 'b')).milestone.id;
    const otherGoal = await newGoal(user);
    const sibling = (await addMilestone(user, otherGoal)).milestone.id;
    const foreign = (await addMilestone(other, await newGoal(other))).milestone.id;
    const cases = [
      { ids: [b, a, foreign], path: 'body.ids.2' },
      { ids: [b, sibling, a], path: 'body.ids.1' },
      { ids: [b, a, b], path: 'body.ids.2' },
      { ids: [b], path: 'body.ids' },
      { ids: ['not-a-uuid'], path: 'body.ids.0' },
      { ids: [], path: 'body.ids' },
    ];
    for (const { ids, path } of cases) {
      const res = await user.inject({
        method: 'POST',
        url: `/api/goals/${goalId}/milestones/reorder`,
        payload: { ids },
      });
      expect(res.statusCode, JSON.stringify(ids)).toBe(422);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect((await getGoal(user, goalId)).milestones.map((m: { id: string }) => m.id)).toEqual([a, b]);
  });
});
