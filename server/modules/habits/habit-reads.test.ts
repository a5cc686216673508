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

const DAY = 86_400_000;

async function habitOf(user: TestUser, payload: Record<string, unknown> = {}): Promise<string> {
  const res = await user.inject({ method: 'POST', url: '/api/habits', payload: { name: 'Stretch', ...payload } });
  expect(res.statusCode).toBe(201);
  return res.json().data.id;
}

describe('GET /api/habits/:id/history', () => {
  it('returns every day of the range for the heat-map and the logs, newest first', async () => {
    const user = await signUp(t);
    const id = await habitOf(user, { schedule_type: 'weekdays', schedule_days: [3, 4] });
    await user.inject({ method: 'POST', url: `/api/habits/${id}/complete`, payload: { note: 'Good one' } });
    await user.inject({ method: 'POST', url: `/api/habits/${id}/skip`, payload: { date: '2026-01-14' } });
    const res = await user.inject({ method: 'GET', url: `/api/habits/${id}/history?days=4` });
    expect(res.statusCode).toBe(200);
    const history = res.json().data;
    expect(history).toMatchObject({ habit_id: id, from: '2026-01-12', to: '2026-01-15' });
    expect(history.days).toEqual([
      { date: '2026-01-12', count: 0, target: 1, completed: false, skipped: false, scheduled: false },
      { date: '2026-01-13', count: 0, target: 1, completed: false, skipped: false, scheduled: false },
      { date: '2026-01-14', count: 0, target: 1, completed: false, skipped: true, scheduled: true },
      { date: '2026-01-15', count: 1, target: 1, completed: true, skipped: false, scheduled: true },
    ]);
    expect(history.logs.map((l: { log_date: string; note: string | null }) => [l.log_date, l.note])).toEqual([
      ['2026-01-15', 'Good one'],
      ['2026-01-14', null],
    ]);
  });

  it('covers a year by default and at most 366 days', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    const year = (await user.inject({ method: 'GET', url: `/api/habits/${id}/history` })).json().data;
    expect(year.days).toHaveLength(365);
    expect(year.from).toBe('2025-01-16');
    expect((await user.inject({ method: 'GET', url: `/api/habits/${id}/history?days=367` })).statusCode).toBe(400);
    expect((await user.inject({ method: 'GET', url: `/api/habits/${id}/history?days=0` })).statusCode).toBe(400);
  });
});

describe('streaks and strength as they read', () => {
  it('reads a broken streak as 0 and keeps the longest', async () => {
    const user = await signUp(t);
    const id = await habitOf(user);
    for (let i = 0; i < 3; i++) {
      await user.inject({ method: 'POST', url: `/api/habits/${id}/complete` });
      t.clock.advance(DAY);
    }
    const alive = (await user.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data;
    expect(alive).toMatchObject({ current_streak: 3, longest_streak: 3, completed_today: false });
    t.clock.advance(DAY);
    const broken = (await user.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data;
    expect(broken).toMatchObject({ current_streak: 0, longest_streak: 3, last_completed_date: '2026-01-17' });
    expect(broken.strength).toBeGreaterThan(0);
    expect(broken.strength).toBeLessThan(alive.strength);
  });

  it('does not break a weekdays habit on its unscheduled days', async () => {
    const user = await signUp(t);
    // Thursday and Monday.
    const id = await habitOf(user, { schedule_type: 'weekdays', schedule_days: [1, 4] });
    await user.inject({ method: 'POST', url: `/api/habits/${id}/complete` });
    t.clock.advance(4 * DAY);
    expect((await user.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data).toMatchObject({
      today: '2026-01-19',
      due_today: true,
      current_streak: 1,
    });
    await user.inject({ method: 'POST', url: `/api/habits/${id}/complete` });
    expect((await user.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data.current_streak).toBe(2);
  });

  it('counts the weeks that met a weekly quota', async () => {
    const user = await signUp(t);
    t.clock.set('2026-01-12T12:00:00Z');
    const id = await habitOf(user, { schedule_type: 'times_per_week', times_per_week: 2 });
    const complete = () => user.inject({ method: 'POST', url: `/api/habits/${id}/complete` });
    await complete();
    t.clock.advance(DAY);
    const met = (await complete()).json().data.habit;
    expect(met).toMatchObject({ current_streak: 1, completed_this_week: 2, due_today: true, streak_unit: 'weeks' });
    t.clock.advance(DAY);
    expect((await user.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data.due_today).toBe(false);
    t.clock.set('2026-01-25T12:00:00Z');
    expect((await user.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data.current_streak).toBe(1);
    t.clock.set('2026-01-26T12:00:00Z');
    expect((await user.inject({ method: 'GET', url: `/api/habits/${id}` })).json().data.current_streak).toBe(0);
  });
});
