import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { giveShield, purchaseStatus, recordAs, setUserDay } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async (user: TestUser, url: string) => {
  const res = await user.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(200);
  return res.json().data;
};
const streak = async (user: TestUser, type: string) =>
  (await get(user, '/api/gamification/streaks')).find((s: { type: string }) => s.type === type);

let n = 0;
const habit = (user: TestUser, at?: Date) =>
  recordAs(t, user.id, {
    type: 'habit_complete',
    idempotency_key: `habit_complete:${++n}`,
    occurred_at: at,
    data: { streak: 1 },
  });

describe('GET /api/gamification/streaks', () => {
  it("counts the user's days: time zone and day-start hour decide where a day ends", async () => {
    t.clock.set('2026-01-15T03:00:00Z');
    const user = await signUp(t);
    await setUserDay(t, user.id, 'America/New_York', 4);
    // 22:00 on 14 January in New York (UTC−5)…
    expect((await habit(user)).streak).toEqual({ type: 'habit', current: 1 });
    // …and 02:30 the next night is still the 14th (the day starts at 04:00).
    t.clock.set('2026-01-15T07:30:00Z');
    expect((await habit(user)).streak).toEqual({ type: 'habit', current: 1 });
    // 05:00 local is the 15th.
    t.clock.set('2026-01-15T10:00:00Z');
    expect((await habit(user)).streak).toEqual({ type: 'habit', current: 2 });
    const daily = await streak(user, 'daily');
    expect(daily).toMatchObject({ current: 2, longest: 2, last_active_date: '2026-01-15' });
  });

  it('unlocks streak achievements on the day the streak reaches them', async () => {
    t.clock.set('2026-07-01T12:00:00Z');
    const user = await signUp(t);
    const unlocked: string[][] = [];
    for (let d = 0; d < 3; d++) {
      unlocked.push((await habit(user)).achievements_unlocked.map((a) => a.key));
      t.clock.advance(86_400_000);
    }
    expect(unlocked[1]).not.toContain('streak_3');
    expect(unlocked[2]).toContain('streak_3');
  });

  it('reads a streak as 0 once its last active day is before yesterday, keeping the longest', async () => {
    t.clock.set('2026-02-01T12:00:00Z');
    const user = await signUp(t);
    await habit(user);
    t.clock.set('2026-02-02T12:00:00Z');
    await habit(user);
    t.clock.set('2026-02-03T12:00:00Z');
    expect(await streak(user, 'habit')).toMatchObject({ current: 2, longest: 2 });
    t.clock.set('2026-02-04T12:00:00Z');
    expect(await streak(user, 'habit')).toMatchObject({ current: 0, longest: 2, last_active_date: '2026-02-02' });
    expect(await streak(user, 'daily')).toMatchObject({ current: 0, longest: 2 });
    expect((await get(user, '/api/gamification/summary')).daily_streak).toBe(0);
    // The next activity starts over.
    expect((await habit(user)).streak).toEqual({ type: 'habit', current: 1 });
  });

  it('bridges one missed day with a held shield, and consumes it', async () => {
    t.clock.set('2026-03-01T12:00:00Z');
    const user = await signUp(t);
    const shield = await giveShield(t, user.id);
    await habit(user);
    t.clock.set('2026-03-02T12:00:00Z');
    await habit(user);
    // 3 March missed. On the 4th the held shield keeps the streak alive…
    t.clock.set('2026-03-04T09:00:00Z');
    expect(await streak(user, 'daily')).toMatchObject({ current: 2 });
    expect(await purchaseStatus(t, shield)).toMatchObject({ status: 'purchased' });
    // …and is used up by the first activity of the day.
    const outcome = await habit(user);
    expect(outcome.streak).toEqual({ type: 'habit', current: 3 });
    expect(await purchaseStatus(t, shield)).toMatchObject({ status: 'consumed', consumed_at: t.clock.now() });
    expect(await streak(user, 'daily')).toMatchObject({ current: 3, shields_used: 1 });
    expect(await streak(user, 'habit')).toMatchObject({ current: 3, shields_used: 1 });
    expect((await get(user, '/api/gamification/summary')).streak_shields).toBe(0);
    // A second missed day without a shield breaks the streak.
    t.clock.set('2026-03-06T12:00:00Z');
    expect((await habit(user)).streak).toEqual({ type: 'habit', current: 1 });
  });

  it('does not spend a shield on two missed days, nor on a day the user was active', async () => {
    t.clock.set('2026-04-01T12:00:00Z');
    const user = await signUp(t);
    const shield = await giveShield(t, user.id);
    await habit(user);
    t.clock.set('2026-04-04T12:00:00Z');
    expect((await habit(user)).streak).toEqual({ type: 'habit', current: 1 });
    expect(await purchaseStatus(t, shield)).toMatchObject({ status: 'purchased' });
    // Active on the 5th (a goal), no habit: the habit streak breaks on the 6th, shield untouched.
    t.clock.set('2026-04-05T12:00:00Z');
    await recordAs(t, user.id, { type: 'goal_milestone_complete', idempotency_key: `m:${user.id}` });
    t.clock.set('2026-04-06T12:00:00Z');
    expect((await habit(user)).streak).toEqual({ type: 'habit', current: 1 });
    expect(await streak(user, 'daily')).toMatchObject({ current: 3 });
    expect(await purchaseStatus(t, shield)).toMatchObject({ status: 'purchased' });
  });
});
