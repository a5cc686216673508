import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
// Thursday 2026-01-15 in UTC with the default 04:00 day start.
beforeEach(() => t.clock.set('2026-01-15T12:00:00Z'));

const create = (user: TestUser, payload: Record<string, unknown>) =>
  user.inject({ method: 'POST', url: '/api/habits', payload });

async function habitOf(user: TestUser, payload: Record<string, unknown> = {}): Promise<string> {
  const res = await create(user, { name: 'Stretch', ...payload });
  expect(res.statusCode).toBe(201);
  return res.json().data.id;
}

const list = async (user: TestUser, query = '') =>
  (await user.inject({ method: 'GET', url: `/api/habits${query}` })).json();
const names = async (user: TestUser, query = '') => (await list(user, query)).data.map((h: { name: string }) => h.name);

describe('POST /api/habits', () => {
  it('creates a daily habit with today’s state', async () => {
    const user = await signUp(t);
    const res = await create(user, { name: '  Read  ', description: 'Ten pages', icon: 'book', color: '#3366ff' });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({
      name: 'Read',
      description: 'Ten pages',
      icon: 'book',
      color: '#3366ff',
      schedule_type: 'daily',
      schedule_days: [],
      times_per_week: null,
      target_count: 1,
      archived_at: null,
      today: '2026-01-15',
      due_today: true,
      count_today: 0,
      completed_today: false,
      skipped_today: false,
      completed_this_week: 0,
      current_streak: 0,
      longest_streak: 0,
      streak_unit: 'days',
      strength: 0,
      created_at: '2026-01-15T12:00:00.000Z',
    });
  });

  it('creates weekday and weekly habits, weekdays sorted', async () => {
    const user = await signUp(t);
    const weekdays = (await create(user, { name: 'Gym', schedule_type: 'weekdays', schedule_days: [5, 1, 3] })).json()
      .data;
    expect(weekdays).toMatchObject({ schedule_days: [1, 3, 5], due_today: false, streak_unit: 'days' });
    const weekly = (await create(user, { name: 'Run', schedule_type: 'times_per_week', times_per_week: 3 })).json()
      .data;
    expect(weekly).toMatchObject({ times_per_week: 3, due_today: true, streak_unit: 'weeks' });
    const counted = (await create(user, { name: 'Water', target_count: 8 })).json().data;
    expect(counted.target_count).toBe(8);
  });

  it('puts new habits at the end of the list', async () => {
    const user = await signUp(t);
    for (const name of ['A', 'B', 'C']) await habitOf(user, { name });
    expect(await names(user)).toEqual(['A', 'B', 'C']);
  });

  it.each([
    [{ schedule_type: 'weekdays' }, 'body.schedule_days'],
    [{ schedule_type: 'weekdays', schedule_days: [] }, 'body.schedule_days'],
    [{ schedule_days: [1, 2] }, 'body.schedule_days'],
    [{ times_per_week: 3 }, 'body.times_per_week'],
    [{ schedule_type: 'times_per_week' }, 'body.times_per_week'],
    [{ schedule_type: 'times_per_week', times_per_week: 8 }, 'body.times_per_week'],
    [{ schedule_type: 'times_per_week', times_per_week: 0 }, 'body.times_per_week'],
    [{ schedule_type: 'weekdays', schedule_days: [0, 3] }, 'body.schedule_days.0'],
    [{ schedule_type: 'weekdays', schedule_days: [2, 2] }, 'body.schedule_days'],
    [{ schedule_type: 'monthly' }, 'body.schedule_type'],
    [{ target_count: 0 }, 'body.target_count'],
    [{ target_count: 101 }, 'body.target_count'],
  ])('refuses the bad schedule %j with 422', async (schedule, path) => {
    const user = await signUp(t);
    const res = await create(user, { name: 'Bad', ...schedule });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('validation_error');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('refuses a blank name, a long one and unknown fields with 422', async () => {
    const user = await signUp(t);
    expect((await create(user, { name: '   ' })).statusCode).toBe(422);
    expect((await create(user, { name: 'x'.repeat(201) })).statusCode).toBe(422);
    expect((await create(user, { name: 'Ok', streak: 99 })).statusCode).toBe(422);
  });
});

describe('GET /api/habits', () => {
  it('pages through the habits in order with a cursor', async () => {
    const user = await signUp(t);
    for (const name of ['A', 'B', 'C', 'D', 'E']) await habitOf(user, { name });
    const first = await list(user, '?limit=2');
    expect(first.data.map((h: { name: string }) => h.name)).toEqual(['A', 'B']);
    const second = await list(user, `?limit=2&cursor=${first.page.next_cursor}`);
    const third = await list(user, `?limit=2&cursor=${second.page.next_cursor}`);
    expect(second.data.map((h: { name: string }) => h.name)).toEqual(['C', 'D']);
    expect(third.data.map((h: { name: string }) => h.name)).toEqual(['E']);
    expect(third.page.next_cursor).toBeNull();
  });

  it('shows only the user’s own habits', async () => {
    const [user, other] = [await signUp(t), await signUp(t)];
    await habitOf(user, { name: 'Mine' });
    await habitOf(other, { name: 'Theirs' });
    expect(await names(user)).toEqual(['Mine']);
  });

  it('answers 400 for a bad cursor or filter', async () => {
    const user = await signUp(t);
    expect((await user.inject({ method: 'GET', url: '/api/habits?cursor=nope' })).statusCode).toBe(400);
    expect((await user.inject({ method: 'GET', url: '/api/habits?archived=maybe' })).statusCode).toBe(400);
  });
});

describe('PATCH /api/habits/:id', () => {
  it('changes fields and keeps the rest', async () => {
    const user = await signUp(t);
    const id = await habitOf(user, { name: 'Read', description: 'Pages' });
    const res = await user.inject({
      method: 'PATCH',
      url: `/api/habits/${id}`,
      payload: { name: 'Read more', icon: null },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ name: 'Read more', description: 'Pages', icon: null });
  });

  it('switches schedule type, clearing the other type’s fields', async () => {
    const user = await signUp(t);
    const id = await habitOf(user, { schedule_type: 'weekdays', schedule_days: [1, 2] });
    const patch = (payload: Record<string, unknown>) =>
      user.inject({ method: 'PATCH', url: `/api/habits/${id}`, payload });
    const weekly = await patch({ schedule_type: 'times_per_week', times_per_week: 2 });
    expect(weekly.json().data).toMatchObject({ schedule_type: 'times_per_week', schedule_days: [], times_per_week: 2 });
    const daily = await patch({ schedule_type: 'daily' });
    expect(daily.json().data).toMatchObject({ schedule_type: 'daily', schedule_days: [], times_per_week: null });
  });

  it('refuses a schedule that ends up inconsistent with 422 and changes nothing', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    const patch = (payload: Record<string, unknown>) =>
      user.inject({ method: 'PATCH', url: `/api/habits/${id}`, payload });
    for (const payload of [
      { schedule_type: 'weekdays' },
      { schedule_days: [1] },
      { times_per_week: 2 },
      { schedule_type: 'times_per_week' },
      { schedule_type: 'weekdays', schedule_days: [3, 3] },
    ]) {
      const res = await patch({ name: 'Changed', ...payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.details.length).toBeGreaterThan(0);
    }
    expect((await user.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data).toMatchObject({
      name: 'Stretch',
      schedule_type: 'daily',
    });
  });
});

describe('POST /api/habits/:id/archive', () => {
  it('archives and brings back with a body flag', async () => {
    const user = await signUp(t);
    const a = await habitOf(user, { name: 'A' });
    await habitOf(user, { name: 'B' });
    const archived = await user.inject({ method: 'POST', url: `/api/habits/${a}/archive` });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().data.archived_at).toBe('2026-01-15T12:00:00.000Z');
    expect(await names(user)).toEqual(['B']);
    expect(await names(user, '?archived=true')).toEqual(['A']);

    const again = await user.inject({ method: 'POST', url: `/api/habits/${a}/archive`, payload: { archived: true } });
    expect(again.json().data.archived_at).toBe('2026-01-15T12:00:00.000Z');

    const back = await user.inject({ method: 'POST', url: `/api/habits/${a}/archive`, payload: { archived: false } });
    expect(back.json().data.archived_at).toBeNull();
    expect(await names(user)).toEqual(['B', 'A']);
  });

  it('refuses to log an archived habit with 409', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    await user.inject({ method: 'POST', url: `/api/habits/${id}/archive` });
    for (const action of ['complete', 'skip']) {
      const res = await user.inject({ method: 'POST', url: `/api/habits/${id}/${action}`, payload: {} });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('habit_archived');
    }
  });
});

describe('DELETE /api/habits/:id', () => {
  it('deletes the habit and its days', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    await user.inject({ method: 'POST', url: `/api/habits/${id}/complete` });
    expect((await user.inject({ method: 'DELETE', url: `/api/habits/${id}` })).statusCode).toBe(204);
    expect((await user.inject({ method: 'GET', url: `/api/habits/${id}` })).statusCode).toBe(404);
    expect((await user.inject({ method: 'DELETE', url: `/api/habits/${id}` })).statusCode).toBe(404);
  });
});

describe('POST /api/habits/reorder', () => {
  const reorder = (user: TestUser, ids: string[]) =>
    user.inject({ method: 'POST', url: '/api/habits/reorder', payload: { ids } });

  it('puts the named habits first in the given order, the others after in their order', async () => {
    const user = await signUp(t);
    const [a, b, c, d] = [
      await habitOf(user, { name: 'A' }),
      await habitOf(user, { name: 'B' }),
      await habitOf(user, { name: 'C' }),
      await habitOf(user, { name: 'D' }),
    ];
    const res = await reorder(user, [d as string, b as string]);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((h: { name: string }) => h.name)).toEqual(['D', 'B', 'A', 'C']);
    expect(await names(user)).toEqual(['D', 'B', 'A', 'C']);
    await reorder(user, [a as string, b as string, c as string, d as string]);
    expect(await names(user)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('rejects another user’s habit with 404 and changes nothing', async () => {
    const [user, other] = [await signUp(t), await signUp(t)];
    const a = await habitOf(user, { name: 'A' });
    const b = await habitOf(user, { name: 'B' });
    const foreign = await habitOf(other, { name: 'X' });
    const res = await reorder(user, [b, foreign, a]);
    expect(res.statusCode).toBe(404);
    expect(await names(user)).toEqual(['A', 'B']);
    expect(await names(other)).toEqual(['X']);
  });

  it('rejects repeated ids and an empty list with 422', async () => {
    const user = await signUp(t);
    const a = await habitOf(user);
    expect((await reorder(user, [a, a])).statusCode).toBe(422);
    expect((await reorder(user, [])).statusCode).toBe(422);
  });
});

describe('every habit id route', () => {
  it('answers 404 for another user’s habit and leaves it alone', async () => {
    const [owner, other] = [await signUp(t), await signUp(t)];
    const id = await habitOf(owner, { name: 'Private' });
    await owner.inject({ method: 'POST', url: `/api/habits/${id}/complete` });
    const attempts = [
      { method: 'GET', url: `/api/habits/${id}` },
      { method: 'PATCH', url: `/api/habits/${id}`, payload: { name: 'Mine now' } },
      { method: 'DELETE', url: `/api/habits/${id}` },
      { method: 'POST', url: `/api/habits/${id}/archive`, payload: {} },
      { method: 'POST', url: `/api/habits/${id}/complete`, payload: {} },
      { method: 'POST', url: `/api/habits/${id}/skip`, payload: { date: '2026-01-14' } },
      { method: 'DELETE', url: `/api/habits/${id}/logs/2026-01-15` },
      { method: 'GET', url: `/api/habits/${id}/history` },
    ] as const;
    for (const attempt of attempts) {
      const res = await other.inject(attempt);
      expect(res.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const habit = (await owner.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data;
    expect(habit).toMatchObject({ name: 'Private', archived_at: null, count_today: 1, completed_today: true });
  });

  it('answers 400 for an id or date that is not well formed', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    expect((await user.inject({ method: 'GET', url: '/api/habits/not-a-uuid' })).statusCode).toBe(400);
    expect((await user.inject({ method: 'DELETE', url: `/api/habits/${id}/logs/2026-02-30` })).statusCode).toBe(400);
    expect((await user.inject({ method: 'DELETE', url: `/api/habits/${id}/logs/yesterday` })).statusCode).toBe(400);
  });
});
