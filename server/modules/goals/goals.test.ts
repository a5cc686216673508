import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger } from '../gamification/gamification.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function newGoal(user: TestUser, payload: Record<string, unknown> = { title: 'Finish the EP' }) {
  const res = await user.inject({ method: 'POST', url: '/api/goals', payload });
  expect(res.statusCode).toBe(201);
  return res.json().data;
}

const patch = (user: TestUser, id: string, payload: Record<string, unknown>) =>
  user.inject({ method: 'PATCH', url: `/api/goals/${id}`, payload });

/** What the ledger paid the user for goals and milestones, by key (achievements left out). */
async function paid(user: TestUser): Promise<Record<string, { xp: number; coins: number }>> {
  const rows = await t.database.db
    .select({ key: points_ledger.idempotency_key, xp: points_ledger.xp, coins: points_ledger.coins })
    .from(points_ledger)
    .where(eq(points_ledger.user_id, user.id));
  return Object.fromEntries(
    rows.filter((r) => r.key.startsWith('goal')).map((r) => [r.key, { xp: r.xp, coins: r.coins }]),
  );
}

describe('POST /api/goals', () => {
  it('creates an active goal at the end of the list, without milestones or progress', async () => {
    const user = await signUp(t);
    const first = await newGoal(user, { title: 'First' });
    const second = await newGoal(user, {
      title: '  Release an album  ',
      description: 'Ten tracks',
      category: 'music',
      target_date: '2026-12-31',
      priority: 'high',
    });
    expect(first).toMatchObject({ status: 'active', priority: 'medium', progress: 0, milestones: [], sort_order: 0 });
    expect(second).toMatchObject({
      title: 'Release an album',
      description: 'Ten tracks',
      category: 'music',
      target_date: '2026-12-31',
      priority: 'high',
      status: 'active',
      completed_at: null,
      milestones_total: 0,
      milestones_completed: 0,
      sort_order: 1,
    });
  });

  it('answers 422 with details for a bad body', async () => {
    const user = await signUp(t);
    const bodies = [
      {},
      { title: '' },
      { title: 'x'.repeat(201) },
      { title: 'ok', priority: 'urgent' },
      { title: 'ok', target_date: '2026-02-30' },
      { title: 'ok', target_date: '0001-01-01' },
      { title: 'ok', target_date: '9999-12-31' },
      { title: 'ok', target_date: '2200-01-01' },
      { title: 'ok', status: 'completed' },
      { title: 'ok', progress: 100 },
      { title: 'ok', category: 'c'.repeat(51) },
    ];
    for (const payload of bodies) {
      const res = await user.inject({ method: 'POST', url: '/api/goals', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
      expect(res.json().error.details.length).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/goals', () => {
  it('lists the user’s goals in order, a page at a time', async () => {
    const user = await signUp(t);
    const ids = [];
    for (const title of ['a', 'b', 'c', 'd', 'e']) ids.push((await newGoal(user, { title })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/goals?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await user.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((g: { id: string }) => g.id));
      cursor = body.page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });

  it('filters by status and category, and keeps other users’ goals out', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    await newGoal(other, { title: 'not mine', category: 'music' });
    const music = await newGoal(user, { title: 'Mix', category: 'music' });
    const fit = await newGoal(user, { title: 'Run', category: 'fitness' });
    await patch(user, fit.id, { status: 'paused' });
    const all = (await user.inject({ method: 'GET', url: '/api/goals' })).json().data;
    expect(all.map((g: { id: string }) => g.id)).toEqual([music.id, fit.id]);
    const paused = (await user.inject({ method: 'GET', url: '/api/goals?status=paused' })).json().data;
    expect(paused.map((g: { id: string }) => g.id)).toEqual([fit.id]);
    const byCategory = (await user.inject({ method: 'GET', url: '/api/goals?category=music' })).json().data;
    expect(byCategory.map((g: { id: string }) => g.id)).toEqual([music.id]);
  });

  it('answers 400 for a bad filter or cursor', async () => {
    const user = await signUp(t);
    for (const q of ['status=done', 'limit=0', 'limit=201', 'cursor=nope']) {
      const res = await user.inject({ method: 'GET', url: `/api/goals?${q}` });
      expect(res.statusCode, q).toBe(400);
    }
  });
});

describe('PATCH /api/goals/:id', () => {
  it('edits fields and clears the optional ones with null', async () => {
    const user = await signUp(t);
    const g = await newGoal(user, { title: 'Old', description: 'd', category: 'c', target_date: '2026-05-01' });
    const res = await patch(user, g.id, { title: 'New', description: null, target_date: null, priority: 'low' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.goal).toMatchObject({
      title: 'New',
      description: null,
      category: 'c',
      target_date: null,
      priority: 'low',
    });
    expect(res.json().data.reward).toBeNull();
  });

  it('pays 50 XP and 20 coins when the goal completes, once, even when reopened and completed again', async () => {
    const user = await signUp(t);
    const g = await newGoal(user);
    const done = await patch(user, g.id, { status: 'completed' });
    expect(done.statusCode).toBe(200);
    expect(done.json().data.goal).toMatchObject({ status: 'completed', completed_at: t.clock.now().toISOString() });
    expect(done.json().data.reward).toMatchObject({ xp: 50, coins: 20, duplicate: false });

    const reopened = (await patch(user, g.id, { status: 'active' })).json().data;
    expect(reopened.goal).toMatchObject({ status: 'active', completed_at: null });
    const again = (await patch(user, g.id, { status: 'completed' })).json().data;
    expect(again.goal.status).toBe('completed');
    expect(again.reward).toBeNull();
    expect(await paid(user)).toEqual({ [`goal_complete:${g.id}`]: { xp: 50, coins: 20 } });
  });

  it('pays once when completion is submitted twice at the same time', async () => {
    const user = await signUp(t);
    const g = await newGoal(user);
    const [a, b] = await Promise.all([
      patch(user, g.id, { status: 'completed' }),
      patch(user, g.id, { status: 'completed' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().data.reward, b.json().data.reward].filter(Boolean)).toHaveLength(1);
    expect(await paid(user)).toEqual({ [`goal_complete:${g.id}`]: { xp: 50, coins: 20 } });
  });

  it('answers 422 for a bad body', async () => {
    const user = await signUp(t);
    const g = await newGoal(user);
    for (const payload of [
      { status: 'done' },
      { title: '' },
      { progress: 50 },
      { sort_order: -1 },
      { id: g.id },
      { target_date: '0001-01-01' },
      { target_date: '9999-12-31' },
    ]) {
      expect((await patch(user, g.id, payload)).statusCode, JSON.stringify(payload)).toBe(422);
    }
  });
});

describe('DELETE /api/goals/:id', () => {
  it('deletes the goal with its milestones; what it paid stays paid', async () => {
    const user = await signUp(t);
    const g = await newGoal(user);
    const m = (
      await user.inject({ method: 'POST', url: `/api/goals/${g.id}/milestones`, payload: { title: 'a' } })
    ).json().data.milestone;
    await user.inject({ method: 'POST', url: `/api/goals/milestones/${m.id}/complete` });
    const res = await user.inject({ method: 'DELETE', url: `/api/goals/${g.id}` });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await user.inject({ method: 'GET', url: `/api/goals/${g.id}` })).statusCode).toBe(404);
    expect(
      (await user.inject({ method: 'PATCH', url: `/api/goals/milestones/${m.id}`, payload: { title: 'b' } }))
        .statusCode,
    ).toBe(404);
    expect(Object.keys(await paid(user)).sort()).toEqual([`goal_complete:${g.id}`, `goal_milestone_complete:${m.id}`]);
  });
});

describe('goals of another user', () => {
  it('answers 404 on every goal and milestone route', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const g = await newGoal(owner);
    const m = (
      await owner.inject({ method: 'POST', url: `/api/goals/${g.id}/milestones`, payload: { title: 'a' } })
    ).json().data.milestone;
    const calls = [
      { method: 'GET', url: `/api/goals/${g.id}` },
      { method: 'PATCH', url: `/api/goals/${g.id}`, payload: { title: 'mine now' } },
      { method: 'DELETE', url: `/api/goals/${g.id}` },
      { method: 'POST', url: `/api/goals/${g.id}/milestones`, payload: { title: 'sneaky' } },
      { method: 'POST', url: `/api/goals/${g.id}/milestones/reorder`, payload: { ids: [m.id] } },
      { method: 'PATCH', url: `/api/goals/milestones/${m.id}`, payload: { title: 'x' } },
      { method: 'DELETE', url: `/api/goals/milestones/${m.id}` },
      { method: 'POST', url: `/api/goals/milestones/${m.id}/complete` },
      { method: 'POST', url: `/api/goals/milestones/${m.id}/uncomplete` },
    ] as const;
    for (const call of calls) {
      const res = await other.inject(call);
      expect(res.statusCode, `${call.method} ${call.url}`).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const still = (await owner.inject({ method: 'GET', url: `/api/goals/${g.id}` })).json().data;
    expect(still).toMatchObject({ title: 'Finish the EP', progress: 0 });
    expect(still.milestones).toEqual([expect.objectContaining({ id: m.id, title: 'a', completed_at: null })]);
    expect(await paid(other)).toEqual({});
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const user = await signUp(t);
    expect((await user.inject({ method: 'GET', url: '/api/goals/not-a-uuid' })).statusCode).toBe(400);
    expect((await user.inject({ method: 'POST', url: '/api/goals/milestones/123/complete' })).statusCode).toBe(400);
  });
});
