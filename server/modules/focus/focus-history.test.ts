import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MIN = 60_000;

/** Starts a session at `at` and, after `minutes`, completes or abandons it. */
async function session(
  user: TestUser,
  at: string,
  opts: { mode?: string; seconds?: number; end: 'complete' | 'abandon'; after?: number },
): Promise<string> {
  t.clock.set(at);
  const res = await user.inject({
    method: 'POST',
    url: '/api/focus',
    payload: { mode: opts.mode ?? 'focus', duration_seconds: opts.seconds ?? 1500 },
  });
  expect(res.statusCode).toBe(201);
  const id = res.json().data.id;
  t.clock.advance(opts.after ?? (opts.seconds ?? 1500) * 1000);
  const closed = await user.inject({ method: 'POST', url: `/api/focus/${id}/${opts.end}` });
  expect(closed.statusCode).toBe(200);
  return id;
}

const get = (user: TestUser, url: string) => user.inject({ method: 'GET', url });
const ids = (res: { json(): { data: { id: string }[] } }) => res.json().data.map((s) => s.id);

describe('GET /api/focus', () => {
  let user: TestUser;
  let s: Record<'d1' | 'd2' | 'd2late' | 'brk', string>;
  beforeAll(async () => {
    t.clock.set('2026-04-01T08:00:00Z');
    user = await signUp(t); // UTC, the day starts at 04:00
    s = {
      d1: await session(user, '2026-04-01T10:00:00Z', { end: 'complete' }),
      d2: await session(user, '2026-04-02T10:00:00Z', { end: 'abandon', after: 5 * MIN }),
      brk: await session(user, '2026-04-02T11:00:00Z', { mode: 'short_break', seconds: 300, end: 'complete' }),
      // 02:00 on the 3rd is still the 2nd's user-day.
      d2late: await session(user, '2026-04-03T02:00:00Z', { end: 'complete' }),
    };
  });

  it('lists the user’s sessions newest first', async () => {
    const res = await get(user, '/api/focus');
    expect(res.statusCode).toBe(200);
    expect(ids(res)).toEqual([s.d2late, s.brk, s.d2, s.d1]);
    expect(res.json().page).toEqual({ limit: 50, next_cursor: null });
  });

  it('filters by mode, status and the user-days the sessions started in', async () => {
    expect(ids(await get(user, '/api/focus?mode=short_break'))).toEqual([s.brk]);
    expect(ids(await get(user, '/api/focus?status=abandoned'))).toEqual([s.d2]);
    expect(ids(await get(user, '/api/focus?mode=focus&status=completed'))).toEqual([s.d2late, s.d1]);
    expect(ids(await get(user, '/api/focus?from=2026-04-02&to=2026-04-02'))).toEqual([s.d2late, s.brk, s.d2]);
    expect(ids(await get(user, '/api/focus?to=2026-04-01'))).toEqual([s.d1]);
    expect(ids(await get(user, '/api/focus?from=2026-04-03'))).toEqual([]);
  });

  it('walks every session once, page by page', async () => {
    const seen: string[] = [];
    let url = '/api/focus?limit=3';
    for (let guard = 0; guard < 5; guard++) {
      const res = await get(user, url);
      seen.push(...ids(res));
      const next = res.json().page.next_cursor;
      if (!next) break;
      url = `/api/focus?limit=3&cursor=${next}`;
    }
    expect(seen).toEqual([s.d2late, s.brk, s.d2, s.d1]);
  });

  it('answers 400 for bad filters and cursors', async () => {
    for (const query of [
      'mode=nap',
      'status=done',
      'from=2026-13-01',
      'from=2026-04-03&to=2026-04-01',
      'to=9999-12-31',
      'from=0000-01-01',
      'limit=0',
      'limit=201',
      'cursor=%25%25',
    ]) {
      const res = await get(user, `/api/focus?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
    }
  });

  it('shows nothing of another user’s history', async () => {
    const other = await signUp(t);
    expect(ids(await get(other, '/api/focus'))).toEqual([]);
  });
});

describe('GET /api/focus/stats', () => {
  let user: TestUser;
  beforeAll(async () => {
    t.clock.set('2026-02-10T09:00:00Z');
    user = await signUp(t);
    const patch = { timezone: 'America/New_York', day_start_hour: 6 };
    expect((await user.inject({ method: 'PATCH', url: '/api/user', payload: patch })).statusCode).toBe(200);
    // 05:30–05:55 in New York: still the 9th's user-day with the day starting at 06:00.
    await session(user, '2026-02-10T10:30:00Z', { end: 'complete' });
    await session(user, '2026-02-10T11:00:00Z', { end: 'complete' });
    await session(user, '2026-02-10T12:00:00Z', { end: 'abandon', after: 10 * MIN });
    await session(user, '2026-02-10T13:00:00Z', { mode: 'short_break', seconds: 300, end: 'complete' });
    t.clock.set('2026-02-10T15:00:00Z');
  });

  it('sums the current user-day and a per-day series in the user’s time zone and day start', async () => {
    const res = await get(user, '/api/focus/stats?period=day&days=3');
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data).toMatchObject({
      period: 'day',
      mode: 'focus',
      key: '2026-02-10',
      today: '2026-02-10',
      start: '2026-02-10T11:00:00.000Z',
      end: '2026-02-11T11:00:00.000Z',
      summary: { minutes: 25, focused_seconds: 1500, sessions: 1, abandoned: 1, completion_rate: 0.5 },
    });
    expect(
      data.days.map((d: { date: string; minutes: number; sessions: number }) => [d.date, d.minutes, d.sessions]),
    ).toEqual([
      ['2026-02-08', 0, 0],
      ['2026-02-09', 25, 1],
      ['2026-02-10', 25, 1],
    ]);
    expect(data.days[0].completion_rate).toBeNull();
  });

  it('moves a session to another day when the day-start hour changes', async () => {
    await user.inject({ method: 'PATCH', url: '/api/user', payload: { day_start_hour: 4 } });
    try {
      const data = (await get(user, '/api/focus/stats?days=2')).json().data;
      expect(data.summary).toMatchObject({ minutes: 50, sessions: 2, abandoned: 1 });
      expect(data.days.map((d: { minutes: number }) => d.minutes)).toEqual([0, 50]);
    } finally {
      await user.inject({ method: 'PATCH', url: '/api/user', payload: { day_start_hour: 6 } });
    }
  });

  it('sums the ISO week and the month', async () => {
    const week = (await get(user, '/api/focus/stats?period=week')).json().data;
    expect(week).toMatchObject({
      key: '2026-W07',
      start: '2026-02-09T11:00:00.000Z',
      summary: { minutes: 50, sessions: 2, abandoned: 1, completion_rate: 2 / 3 },
    });
    expect(week.days).toHaveLength(14);
    const month = (await get(user, '/api/focus/stats?period=month')).json().data;
    expect(month).toMatchObject({ key: '2026-02', summary: { minutes: 50, sessions: 2 } });
  });

  it('reports breaks on their own', async () => {
    const data = (await get(user, '/api/focus/stats?mode=short_break')).json().data;
    expect(data.summary).toMatchObject({ minutes: 5, sessions: 1, abandoned: 0, completion_rate: 1 });
  });

  it('answers 400 for a bad period, length or mode', async () => {
    for (const query of ['period=year', 'days=0', 'days=367', 'days=x', 'mode=nap']) {
      expect((await get(user, `/api/focus/stats?${query}`)).statusCode, query).toBe(400);
    }
  });
});
