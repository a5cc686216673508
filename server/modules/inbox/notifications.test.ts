import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RewardOutcome } from '#common/contracts/gamification';
import { realtime_events } from '../../platform/events.tables';
import { signUp, type TestUser } from '../../test/factories';
import { ctxFor, recordAs } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { record } from '../gamification';
import { inbox_items } from './inbox.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Item = { id: string; kind: string; title: string; data: Record<string, unknown> };

async function notifications(user: TestUser): Promise<Item[]> {
  const res = await user.inject({ method: 'GET', url: '/api/inbox?kind=system&limit=200' });
  expect(res.statusCode).toBe(200);
  return res.json().data;
}

async function summary(user: TestUser): Promise<{ level: number; xp_into_level: number; xp_for_next_level: number }> {
  return (await user.inject({ method: 'GET', url: '/api/gamification/summary' })).json().data;
}

/** Pays the user XP until they are exactly 1 XP short of the next level (rewards of unlocks included). */
async function oneXpShortOfLevel(user: TestUser): Promise<number> {
  for (let i = 0; i < 8; i++) {
    const s = await summary(user);
    const gap = s.xp_for_next_level - s.xp_into_level;
    if (gap === 1) return s.level;
    await recordAs(t, user.id, {
      type: 'plan_item_complete',
      idempotency_key: `top-up:${i}`,
      reward: { xp: gap - 1, coins: 0 },
    });
  }
  throw new Error('could not bring the user to one XP short of a level');
}

async function habitDone(user: TestUser) {
  const habit = await user.inject({ method: 'POST', url: '/api/habits', payload: { name: 'Practice scales' } });
  expect(habit.statusCode).toBe(201);
  const id = habit.json().data.id as string;
  const done = await user.inject({ method: 'POST', url: `/api/habits/${id}/complete`, payload: {} });
  expect(done.statusCode, done.body).toBe(200);
  const body = done.json().data as {
    reward: RewardOutcome | null;
    perfect_day: RewardOutcome | null;
    log: { log_date: string };
  };
  return { id, ...body };
}

const keys = (items: Item[]) => items.map((i) => i.data.key as string).sort();

describe('system notifications', () => {
  it('a habit completion that levels up, unlocks an achievement and completes a universal quest leaves one item for each', async () => {
    const user = await signUp(t);
    const level = await oneXpShortOfLevel(user);
    const before = keys(await notifications(user));

    const done = await habitDone(user);
    const outcomes = [done.reward, done.perfect_day].filter((o): o is RewardOutcome => o !== null);
    const achievements = outcomes.flatMap((o) => o.achievements_unlocked.map((a) => a.key));
    const quests = outcomes.flatMap((o) => o.quests_completed);
    expect(done.reward?.leveled_up).toBe(true);
    expect(achievements).toContain('first_habit');
    expect(quests.map((q) => q.key)).toContain('daily_habit_check');

    const after = await notifications(user);
    const added = after.filter((i) => !before.includes(i.data.key as string));
    expect(added.filter((i) => i.data.event === 'level_up').map((i) => i.data.level)).toEqual([level + 1]);
    expect(
      added
        .filter((i) => i.data.event === 'achievement')
        .map((i) => i.data.achievement_key)
        .sort(),
    ).toEqual([...achievements].sort());
    expect(
      added
        .filter((i) => i.data.event === 'quest_claimable')
        .map((i) => i.data.quest_id)
        .sort(),
    ).toEqual(quests.map((q) => q.id).sort());
    expect(added).toHaveLength(1 + achievements.length + quests.length);

    const firstHabit = added.find((i) => i.data.achievement_key === 'first_habit');
    expect(firstHabit).toMatchObject({ kind: 'system', data: { event: 'achievement', link: '/progress' } });
    expect(firstHabit?.title).toMatch(/^Achievement unlocked: /);
    const questItem = added.find((i) => i.data.event === 'quest_claimable');
    expect(questItem?.data).toMatchObject({ link: '/quests' });
    const unread = (await user.inject({ method: 'GET', url: '/api/inbox' })).json().unread_count;
    expect(unread).toBe(after.length);

    const events = await t.database.db
      .select()
      .from(realtime_events)
      .where(and(eq(realtime_events.user_id, user.id), eq(realtime_events.type, 'inbox_item')));
    for (const item of added) expect(events.map((e) => e.data)).toContainEqual({ item_id: item.id, action: 'created' });
  });

  it('tells nothing again for a repeat: a completion past the target, or an undo and a new completion', async () => {
    const user = await signUp(t);
    await oneXpShortOfLevel(user);
    const done = await habitDone(user);
    const told = keys(await notifications(user));
    expect(told.length).toBeGreaterThan(0);

    const again = await user.inject({ method: 'POST', url: `/api/habits/${done.id}/complete`, payload: {} });
    // A repeat pays nothing: it answers the first reward again, marked `duplicate`.
    expect(again.json().data.reward?.duplicate).toBe(true);
    const undo = await user.inject({ method: 'DELETE', url: `/api/habits/${done.id}/logs/${done.log.log_date}` });
    expect(undo.statusCode, undo.body).toBe(204);
    const redo = await user.inject({ method: 'POST', url: `/api/habits/${done.id}/complete`, payload: {} });
    // The game layer completes the quest again (the undo took its progress back); the inbox told it already.
    expect(redo.json().data.reward.quests_completed.map((q: { key: string }) => q.key)).toContain('daily_habit_check');

    expect(keys(await notifications(user))).toEqual(told);
  });

  it('tells a level reached by claiming a universal quest', async () => {
    const user = await signUp(t);
    const done = await habitDone(user);
    const quest = done.reward?.quests_completed.find((q) => q.key === 'daily_habit_check');
    expect(quest).toBeDefined();
    const level = await oneXpShortOfLevel(user);
    const claim = await user.inject({ method: 'POST', url: `/api/quests/universal/${quest?.id}/claim` });
    expect(claim.statusCode, claim.body).toBe(200);
    expect(claim.json().data.reward.leveled_up).toBe(true);
    const levels = (await notifications(user)).filter((i) => i.data.event === 'level_up').map((i) => i.data.level);
    expect(levels).toContain(level + 1);
    expect(new Set(levels).size).toBe(levels.length);
  });

  it('writes nothing for a reward whose transaction rolls back', async () => {
    const user = await signUp(t);
    const ctx = await ctxFor(t, user.id);
    await expect(
      t.database.db.transaction(async (tx) => {
        const outcome = await record(tx, ctx, {
          type: 'habit_complete',
          idempotency_key: 'rolled-back',
          reward: { xp: 1000, coins: 0 },
        });
        expect(outcome.leveled_up).toBe(true);
        throw new Error('the domain write failed');
      }),
    ).rejects.toThrow('the domain write failed');
    const rows = await t.database.db.select().from(inbox_items).where(eq(inbox_items.user_id, user.id));
    expect(rows).toEqual([]);
    const events = await t.database.db.select().from(realtime_events).where(eq(realtime_events.user_id, user.id));
    expect(events).toEqual([]);
  });

  it('keeps the listeners of each app instance apart', async () => {
    const other = await createTestApp({ database: t.database, clock: t.clock });
    try {
      expect(other.app.deps.rewardListeners).not.toBe(t.app.deps.rewardListeners);
      const user = await signUp(other);
      await habitDone(user);
      const items = await notifications(user);
      // Each achievement once, though two apps registered the inbox's listener.
      const achievementKeys = items.filter((i) => i.data.event === 'achievement').map((i) => i.data.key);
      expect(new Set(achievementKeys).size).toBe(achievementKeys.length);
      expect(achievementKeys).toContain('achievement:first_habit');
    } finally {
      await other.close();
    }
  });
});
