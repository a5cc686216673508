import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UniversalQuestState } from '#common/contracts/gamification';
import { signUp } from '../../test/factories';
import { ctxFor, economy, ledgerRows, recordAs, reverseAs, setUserDay } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { claimUniversalQuest, listUniversalQuests } from '.';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function quests(userId: string) {
  return listUniversalQuests(await ctxFor(t, userId));
}
const byKey = (list: UniversalQuestState[], key: string) => {
  const q = list.find((x) => x.key === key);
  if (!q) throw new Error(`no quest ${key}`);
  return q;
};
const claim = async (userId: string, id: string) => claimUniversalQuest(await ctxFor(t, userId), id);
const focus = (userId: string, key: string, minutes: number) =>
  recordAs(t, userId, {
    type: 'focus_complete',
    idempotency_key: `focus_complete:${key}`,
    data: { mode: 'focus', focused_seconds: minutes * 60 },
  });

describe('universal quest progress', () => {
  it('lists every active quest with the period it is in and no progress for a new user', async () => {
    t.clock.set('2026-03-11T12:00:00Z'); // a Wednesday
    const user = await signUp(t);
    const list = await quests(user.id);
    expect(list.length).toBeGreaterThanOrEqual(19);
    expect(byKey(list, 'daily_focus')).toMatchObject({
      period: 'daily',
      period_key: '2026-03-11',
      target_type: 'focus_minutes',
      progress: 0,
      target: 25,
      completed: false,
      claimed: false,
      xp_reward: 50,
      coin_reward: 10,
    });
    expect(byKey(list, 'weekly_focus').period_key).toBe('2026-W11');
    expect(byKey(list, 'monthly_focus').period_key).toBe('2026-03');
    // Daily first, then weekly, then monthly.
    const order = list.map((q) => q.period);
    expect(order.indexOf('monthly')).toBeGreaterThan(order.lastIndexOf('daily'));
  });

  it('adds activity to the current periods and reports a quest completed once', async () => {
    t.clock.set('2026-03-11T12:00:00Z');
    const user = await signUp(t);
    const first = await focus(user.id, 'q1', 20);
    expect(first.quests_completed).toEqual([]);
    const second = await focus(user.id, 'q2', 10);
    expect(second.quests_completed.map((q) => q.key)).toEqual(['daily_focus']);
    const third = await focus(user.id, 'q3', 10);
    expect(third.quests_completed).toEqual([]);
    const list = await quests(user.id);
    expect(byKey(list, 'daily_focus')).toMatchObject({ progress: 40, completed: true, claimed: false });
    expect(byKey(list, 'weekly_focus')).toMatchObject({ progress: 40, completed: false });
    expect(byKey(list, 'monthly_focus')).toMatchObject({ progress: 40 });
  });

  it('starts afresh in a new period', async () => {
    t.clock.set('2026-03-11T12:00:00Z');
    const user = await signUp(t);
    await focus(user.id, 'p1', 30);
    t.clock.set('2026-03-12T12:00:00Z');
    const list = await quests(user.id);
    expect(byKey(list, 'daily_focus')).toMatchObject({ period_key: '2026-03-12', progress: 0, completed: false });
    expect(byKey(list, 'weekly_focus')).toMatchObject({ period_key: '2026-W11', progress: 30 });
    t.clock.set('2026-03-16T12:00:00Z'); // Monday
    expect(byKey(await quests(user.id), 'weekly_focus')).toMatchObject({ period_key: '2026-W12', progress: 0 });
  });

  it("keeps periods in the user's own day", async () => {
    t.clock.set('2026-03-15T20:00:00Z');
    const user = await signUp(t);
    await setUserDay(t, user.id, 'Asia/Tokyo', 4);
    // 05:00 Monday in Tokyo: a new week there, still Sunday in UTC.
    expect(byKey(await quests(user.id), 'weekly_focus').period_key).toBe('2026-W12');
    expect(byKey(await quests(user.id), 'daily_focus').period_key).toBe('2026-03-16');
  });

  it('follows the daily streak for streak quests and counts habits', async () => {
    t.clock.set('2026-03-09T12:00:00Z');
    const user = await signUp(t);
    for (let d = 0; d < 3; d++) {
      await recordAs(t, user.id, {
        type: 'habit_complete',
        idempotency_key: `habit_complete:${d}`,
        data: { streak: d + 1 },
      });
      t.clock.advance(24 * 3_600_000);
    }
    t.clock.advance(-24 * 3_600_000);
    const list = await quests(user.id);
    expect(byKey(list, 'weekly_streak')).toMatchObject({ progress: 3, target: 7 });
    expect(byKey(list, 'daily_habit_check')).toMatchObject({ progress: 1, completed: true });
  });

  it('takes a reversed event back out of its period', async () => {
    t.clock.set('2026-03-11T12:00:00Z');
    const user = await signUp(t);
    await focus(user.id, 'r1', 30);
    expect(byKey(await quests(user.id), 'daily_focus').completed).toBe(true);
    await reverseAs(t, user.id, 'focus_complete:r1');
    expect(byKey(await quests(user.id), 'daily_focus')).toMatchObject({ progress: 0, completed: false });
  });
});

describe('claiming a universal quest', () => {
  it('pays a completed quest once through the ledger', async () => {
    t.clock.set('2026-03-11T12:00:00Z');
    const user = await signUp(t);
    await focus(user.id, 'c1', 30);
    const quest = byKey(await quests(user.id), 'daily_focus');
    const before = await economy(t, user.id);
    const { quest: claimed, reward } = await claim(user.id, quest.id);
    expect(claimed).toMatchObject({ id: quest.id, completed: true, claimed: true, period_key: '2026-03-11' });
    expect(reward).toMatchObject({ xp: 50, coins: 10, duplicate: false });
    const after = await economy(t, user.id);
    expect(after.total_xp).toBe(after.ledger_xp);
    expect(after.coins - before.coins).toBe(10 + reward.achievements_unlocked.reduce((s, a) => s + a.reward_coins, 0));
    expect(await ledgerRows(t, user.id, `quest_claim:${quest.id}:2026-03-11`)).toHaveLength(1);
    expect(byKey(await quests(user.id), 'daily_focus').claimed).toBe(true);

    await expect(claim(user.id, quest.id)).rejects.toMatchObject({ status: 409, code: 'quest_already_claimed' });
    expect(await ledgerRows(t, user.id, `quest_claim:${quest.id}:2026-03-11`)).toHaveLength(1);
  });

  it('answers 409 for a quest not completed in this period', async () => {
    t.clock.set('2026-03-11T12:00:00Z');
    const user = await signUp(t);
    const quest = byKey(await quests(user.id), 'daily_focus');
    await expect(claim(user.id, quest.id)).rejects.toMatchObject({ status: 409, code: 'quest_not_completed' });
    await focus(user.id, 'n1', 10);
    await expect(claim(user.id, quest.id)).rejects.toMatchObject({ status: 409, code: 'quest_not_completed' });
    // Completed yesterday is not claimable today.
    await focus(user.id, 'n2', 30);
    t.clock.set('2026-03-12T12:00:00Z');
    await expect(claim(user.id, quest.id)).rejects.toMatchObject({ status: 409, code: 'quest_not_completed' });
  });

  it('answers 404 for an unknown quest', async () => {
    const user = await signUp(t);
    await expect(claim(user.id, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it("never pays one user's progress to another", async () => {
    t.clock.set('2026-03-11T12:00:00Z');
    const a = await signUp(t);
    const b = await signUp(t);
    await focus(a.id, 'o1', 30);
    const quest = byKey(await quests(a.id), 'daily_focus');
    expect(byKey(await quests(b.id), 'daily_focus')).toMatchObject({ progress: 0, completed: false });
    await expect(claim(b.id, quest.id)).rejects.toMatchObject({ status: 409 });
  });
});
