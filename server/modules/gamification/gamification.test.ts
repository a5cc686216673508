import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { giveBoost, recordAs, setUserDay } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const get = async (user: TestUser, url: string) => {
  const res = await user.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(200);
  return res.json().data;
};
let n = 0;
const habit = (user: TestUser, at?: Date) =>
  recordAs(t, user.id, {
    type: 'habit_complete',
    idempotency_key: `habit_complete:${++n}`,
    occurred_at: at,
    data: { streak: 1 },
  });

describe('GET /api/gamification/summary', () => {
  it('reads a new user as level 1 with nothing earned', async () => {
    const user = await signUp(t);
    expect(await get(user, '/api/gamification/summary')).toEqual({
      total_xp: 0,
      level: 1,
      xp_into_level: 0,
      xp_for_next_level: 100,
      progress_percent: 0,
      coins: 0,
      total_earned: 0,
      total_spent: 0,
      total_skill_stars: 0,
      skills: expect.arrayContaining([{ key: 'focus', stars: 0, level: 0 }]),
      daily_streak: 0,
      longest_daily_streak: 0,
      streak_shields: 0,
      active_boost: null,
    });
  });

  it('reports a level-up and the level figures after it', async () => {
    const user = await signUp(t);
    const outcome = await recordAs(t, user.id, {
      type: 'lesson_complete',
      idempotency_key: 'lesson_complete:big',
      reward: { xp: 150, coins: 3 },
    });
    expect(outcome).toMatchObject({ xp: 150, coins: 3, leveled_up: true, new_level: 2 });
    const s = await get(user, '/api/gamification/summary');
    // 150 XP plus the first-lesson achievement's reward.
    expect(s.level).toBe(2);
    expect(s.xp_into_level).toBe(s.total_xp - 100);
    expect(s.xp_for_next_level).toBe(282);
    expect(s.skills.find((k: { key: string }) => k.key === 'knowledge').stars).toBe(1);
  });

  it('keeps each user to their own figures', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await habit(a);
    expect((await get(b, '/api/gamification/summary')).total_xp).toBe(0);
    expect((await get(b, '/api/gamification/ledger')).length).toBe(0);
  });
});

describe('XP boosts', () => {
  it('multiply the XP of activity, not its coins, while they run', async () => {
    const user = await signUp(t);
    const now = t.clock.now();
    await giveBoost(t, user.id, new Date(now.getTime() - HOUR), new Date(now.getTime() + HOUR));
    const boosted = await recordAs(t, user.id, {
      type: 'focus_complete',
      idempotency_key: 'focus_complete:boost',
      data: { mode: 'focus', focused_seconds: 25 * 60 },
    });
    expect(boosted).toMatchObject({ xp: 38, coins: 5 });
    expect((await get(user, '/api/gamification/summary')).active_boost).toMatchObject({ multiplier: 1.5 });
  });

  it('stop once expired', async () => {
    const user = await signUp(t);
    const now = t.clock.now();
    await giveBoost(t, user.id, new Date(now.getTime() - 2 * HOUR), new Date(now.getTime() - HOUR));
    const plain = await recordAs(t, user.id, {
      type: 'focus_complete',
      idempotency_key: 'focus_complete:late',
      data: { mode: 'focus', focused_seconds: 25 * 60 },
    });
    expect(plain).toMatchObject({ xp: 25, coins: 5 });
    expect((await get(user, '/api/gamification/summary')).active_boost).toBeNull();
  });
});

describe('GET /api/gamification/achievements and /teaser', () => {
  it('lists every active achievement with progress, hiding secret ones until earned', async () => {
    t.clock.set('2026-05-01T12:00:00Z');
    const user = await signUp(t);
    await recordAs(t, user.id, {
      type: 'focus_complete',
      idempotency_key: 'focus_complete:a1',
      data: { mode: 'focus', focused_seconds: 30 * 60 },
    });
    const list = await get(user, '/api/gamification/achievements');
    expect(list.length).toBeGreaterThanOrEqual(40);
    const first = list.find((a: { key: string }) => a.key === 'first_focus');
    expect(first).toMatchObject({ earned: true, earned_at: t.clock.now().toISOString(), progress: 1, target: 1 });
    expect(list.find((a: { key: string }) => a.key === 'focus_10')).toMatchObject({
      earned: false,
      earned_at: null,
      progress: 1,
      target: 10,
    });
    const secret = list.find((a: { key: string }) => a.key === 'marathon_focus');
    expect(secret).toMatchObject({ is_hidden: true, name: '???', description: '???', earned: false });
  });

  it('unlocks an achievement once and pays it once', async () => {
    const user = await signUp(t);
    const first = await habit(user);
    const second = await habit(user);
    expect(first.achievements_unlocked.map((a) => a.key)).toEqual(['first_habit']);
    expect(first.achievements_unlocked[0]).toMatchObject({ reward_xp: expect.any(Number), name: expect.any(String) });
    expect(second.achievements_unlocked).toEqual([]);
    const ledger = await get(user, '/api/gamification/ledger');
    expect(
      ledger.filter((r: { idempotency_key: string }) => r.idempotency_key === 'achievement:first_habit'),
    ).toHaveLength(1);
  });

  it('unlocks duration, total and level achievements, and reveals a secret one once earned', async () => {
    const user = await signUp(t);
    const focusFor = (key: string, minutes: number) =>
      recordAs(t, user.id, {
        type: 'focus_complete',
        idempotency_key: `focus_complete:${key}`,
        data: { mode: 'focus', focused_seconds: minutes * 60 },
      });
    const short = await focusFor('d1', 59);
    expect(short.achievements_unlocked.map((a) => a.key)).toEqual(['first_focus']);
    const long = await focusFor('d2', 1000);
    const keys = long.achievements_unlocked.map((a) => a.key);
    // One hour and two hours in one session, a thousand minutes in all, and the levels they bring.
    expect(keys).toEqual(expect.arrayContaining(['deep_work', 'marathon_focus', 'focus_minutes_1000', 'level_5']));
    expect(long.new_level).toBeGreaterThanOrEqual(5);
    expect(long.leveled_up).toBe(true);
    const list = await get(user, '/api/gamification/achievements');
    const secret = list.find((a: { key: string }) => a.key === 'marathon_focus');
    expect(secret).toMatchObject({ earned: true, name: 'Marathon Mind' });
    const s = await get(user, '/api/gamification/summary');
    expect(s.level).toBe(long.new_level);
  });

  it('teases the nearest unearned visible achievement with an n/m label', async () => {
    const user = await signUp(t);
    const before = await get(user, '/api/gamification/teaser');
    expect(before.achievement.earned).toBe(false);
    expect(before.achievement.is_hidden).toBe(false);
    expect(before.label).toMatch(/^0\/1 /);
    for (let i = 0; i < 9; i++) {
      await recordAs(t, user.id, {
        type: 'focus_complete',
        idempotency_key: `focus_complete:t${i}`,
        data: { mode: 'focus', focused_seconds: 10 * 60 },
      });
    }
    const after = await get(user, '/api/gamification/teaser');
    expect(after).toMatchObject({
      achievement: { key: 'focus_10', progress: 9, target: 10 },
      label: '9/10 focus sessions',
    });
  });
});

describe('GET /api/gamification/ledger', () => {
  it('pages newest first with a cursor', async () => {
    const user = await signUp(t);
    for (let i = 0; i < 3; i++) {
      t.clock.advance(60_000);
      await recordAs(t, user.id, { type: 'plan_item_complete', idempotency_key: `plan_item_complete:${i}` });
    }
    const page1 = await user.inject({ method: 'GET', url: '/api/gamification/ledger?limit=2' });
    expect(page1.statusCode).toBe(200);
    const body = page1.json();
    expect(body.data).toHaveLength(2);
    expect(body.data[0].idempotency_key).toBe('plan_item_complete:2');
    const page2 = await user.inject({
      method: 'GET',
      url: `/api/gamification/ledger?limit=2&cursor=${body.page.next_cursor}`,
    });
    const rest = page2.json().data.map((r: { idempotency_key: string }) => r.idempotency_key);
    expect(rest).toContain('plan_item_complete:0');
    expect(rest).not.toContain('plan_item_complete:2');
  });

  it('answers 400 for a malformed cursor or limit', async () => {
    const user = await signUp(t);
    expect((await user.inject({ method: 'GET', url: '/api/gamification/ledger?cursor=nope' })).statusCode).toBe(400);
    expect((await user.inject({ method: 'GET', url: '/api/gamification/ledger?limit=0' })).statusCode).toBe(400);
  });

  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/gamification/summary' })).statusCode).toBe(401);
  });
});

describe('GET /api/gamification/history', () => {
  it('sums XP and coins per user-day, oldest first, with empty days at 0', async () => {
    t.clock.set('2026-06-10T10:00:00Z');
    const user = await signUp(t);
    await setUserDay(t, user.id, 'Europe/Berlin', 4);
    await recordAs(t, user.id, { type: 'plan_item_complete', idempotency_key: 'p:1' });
    // 03:00 Berlin on the 12th still counts for the 11th.
    t.clock.set('2026-06-12T01:00:00Z');
    await recordAs(t, user.id, { type: 'review_session', idempotency_key: 'r:1' });
    t.clock.set('2026-06-12T12:00:00Z');
    const days = await get(user, '/api/gamification/history?days=7');
    expect(days.map((d: { date: string }) => d.date)).toEqual([
      '2026-06-06',
      '2026-06-07',
      '2026-06-08',
      '2026-06-09',
      '2026-06-10',
      '2026-06-11',
      '2026-06-12',
    ]);
    expect(days[4].xp).toBeGreaterThanOrEqual(2);
    expect(days[5].xp).toBeGreaterThanOrEqual(15);
    expect(days[6]).toEqual({ date: '2026-06-12', xp: 0, coins: 0 });
    expect((await get(user, '/api/gamification/history')).length).toBe(30);
  });

  it('answers 400 outside 7 to 365 days', async () => {
    const user = await signUp(t);
    for (const days of ['6', '366', 'x']) {
      expect((await user.inject({ method: 'GET', url: `/api/gamification/history?days=${days}` })).statusCode).toBe(
        400,
      );
    }
  });
});

describe('GET /api/gamification/skills', () => {
  it('lists the six skills with stars and level', async () => {
    const user = await signUp(t);
    await recordAs(t, user.id, { type: 'workout_complete', idempotency_key: 'w:1', data: { minutes: 30, sets: 10 } });
    const skills = await get(user, '/api/gamification/skills');
    expect(skills.map((s: { key: string }) => s.key).sort()).toEqual(
      ['creativity', 'discipline', 'endurance', 'focus', 'knowledge', 'strength'].sort(),
    );
    expect(skills.find((s: { key: string }) => s.key === 'strength')).toMatchObject({
      stars: 1,
      level: 0,
      stars_into_level: 1,
      stars_per_level: 10,
      max_level: 100,
    });
  });
});
