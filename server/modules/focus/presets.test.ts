import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOCUS_PRESETS_LIMIT } from '#common/contracts/focus';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const create = (user: TestUser, payload: Record<string, unknown>) =>
  user.inject({ method: 'POST', url: '/api/focus/presets', payload });
const list = async (user: TestUser) => (await user.inject({ method: 'GET', url: '/api/focus/presets' })).json();

describe('POST /api/focus/presets', () => {
  it('creates a preset with the usual lengths where none are given, placed last', async () => {
    const user = await signUp(t);
    const first = await create(user, { name: '  Pomodoro ' });
    expect(first.statusCode).toBe(201);
    expect(first.json().data).toMatchObject({
      name: 'Pomodoro',
      focus_minutes: 25,
      short_break_minutes: 5,
      long_break_minutes: 15,
      sessions_before_long_break: 4,
      is_default: false,
      sort_order: 0,
    });
    const second = await create(user, {
      name: 'Deep work',
      focus_minutes: 90,
      short_break_minutes: 15,
      long_break_minutes: 30,
      sessions_before_long_break: 2,
    });
    expect(second.json().data).toMatchObject({ focus_minutes: 90, sessions_before_long_break: 2, sort_order: 1 });
    const all = await list(user);
    expect(all.data.map((p: { name: string }) => p.name)).toEqual(['Pomodoro', 'Deep work']);
    expect(all.page).toEqual({ limit: FOCUS_PRESETS_LIMIT, next_cursor: null });
  });

  it('keeps one default: a new default takes the mark from the old one', async () => {
    const user = await signUp(t);
    const a = (await create(user, { name: 'A', is_default: true })).json().data;
    const b = (await create(user, { name: 'B', is_default: true })).json().data;
    const defaults = (await list(user)).data.filter((p: { is_default: boolean }) => p.is_default);
    expect(defaults.map((p: { id: string }) => p.id)).toEqual([b.id]);
    await user.inject({ method: 'PATCH', url: `/api/focus/presets/${a.id}`, payload: { is_default: true } });
    const after = (await list(user)).data.filter((p: { is_default: boolean }) => p.is_default);
    expect(after.map((p: { id: string }) => p.id)).toEqual([a.id]);
  });

  it('answers 422 with details for out-of-range lengths, a missing name or unknown fields', async () => {
    const user = await signUp(t);
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'body.name'],
      [{ name: '   ' }, 'body.name'],
      [{ name: 'x'.repeat(101) }, 'body.name'],
      [{ name: 'A', focus_minutes: 0 }, 'body.focus_minutes'],
      [{ name: 'A', focus_minutes: 241 }, 'body.focus_minutes'],
      [{ name: 'A', short_break_minutes: 61 }, 'body.short_break_minutes'],
      [{ name: 'A', long_break_minutes: 121 }, 'body.long_break_minutes'],
      [{ name: 'A', sessions_before_long_break: 13 }, 'body.sessions_before_long_break'],
      [{ name: 'A', focus_minutes: '25' }, 'body.focus_minutes'],
      [{ name: 'A', user_id: user.id }, 'body'],
    ];
    for (const [payload, path] of cases) {
      const res = await create(user, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(
        res
          .json()
          .error.details.map((d: { path: string }) => d.path)
          .join(' '),
      ).toContain(path);
    }
    expect((await list(user)).data).toEqual([]);
  });

  it(`refuses more than ${FOCUS_PRESETS_LIMIT} presets with 409`, async () => {
    const user = await signUp(t);
    for (let i = 0; i < FOCUS_PRESETS_LIMIT; i++) {
      expect((await create(user, { name: `P${i}` })).statusCode).toBe(201);
    }
    const res = await create(user, { name: 'One too many' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
  });
});

describe('PATCH/DELETE /api/focus/presets/:id', () => {
  it('changes some fields and keeps the rest', async () => {
    const user = await signUp(t);
    const p = (await create(user, { name: 'Pomodoro' })).json().data;
    const res = await user.inject({
      method: 'PATCH',
      url: `/api/focus/presets/${p.id}`,
      payload: { name: 'Long pomodoro', focus_minutes: 45 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      id: p.id,
      name: 'Long pomodoro',
      focus_minutes: 45,
      short_break_minutes: 5,
    });
    const empty = await user.inject({ method: 'PATCH', url: `/api/focus/presets/${p.id}`, payload: {} });
    expect(empty.json().data.name).toBe('Long pomodoro');
    const bad = await user.inject({
      method: 'PATCH',
      url: `/api/focus/presets/${p.id}`,
      payload: { focus_minutes: -1 },
    });
    expect(bad.statusCode).toBe(422);
  });

  it('deletes a preset', async () => {
    const user = await signUp(t);
    const p = (await create(user, { name: 'Gone soon' })).json().data;
    const res = await user.inject({ method: 'DELETE', url: `/api/focus/presets/${p.id}` });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await list(user)).data).toEqual([]);
    expect((await user.inject({ method: 'DELETE', url: `/api/focus/presets/${p.id}` })).statusCode).toBe(404);
  });

  it('answers 404 for another user’s preset and leaves it alone', async () => {
    const [owner, other] = [await signUp(t), await signUp(t)];
    const p = (await create(owner, { name: 'Mine', is_default: true })).json().data;
    const patch = await other.inject({
      method: 'PATCH',
      url: `/api/focus/presets/${p.id}`,
      payload: { name: 'Theirs', is_default: true },
    });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe('not_found');
    expect((await other.inject({ method: 'DELETE', url: `/api/focus/presets/${p.id}` })).statusCode).toBe(404);
    expect((await list(other)).data).toEqual([]);
    expect((await list(owner)).data).toMatchObject([{ id: p.id, name: 'Mine', is_default: true }]);
  });
});
