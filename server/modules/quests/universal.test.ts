import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger } from '../gamification/gamification.tables';
import { universal_quests } from '../gamification/quest-progress.tables';

let t: TestApp;
/** A daily quest any rewarded activity completes: it follows the daily streak. */
let showUp: string;

beforeAll(async () => {
  t = await createTestApp();
  const [row] = await t.database.db
    .insert(universal_quests)
    .values({
      key: 'test_show_up',
      title: 'Show up',
      description: 'Do anything rewarded today.',
      period: 'daily',
      target_type: 'streak_days',
      target: 1,
      xp_reward: 30,
      coin_reward: 7,
    })
    .returning({ id: universal_quests.id });
  showUp = row?.id as string;
});
afterAll(() => t.close());
beforeEach(() => t.clock.set('2026-01-15T12:00:00Z'));

interface QuestState {
  id: string;
  key: string;
  period: string;
  period_key: string;
  progress: number;
  target: number;
  completed: boolean;
  claimed: boolean;
}

async function universal(user: TestUser): Promise<Map<string, QuestState>> {
  const res = await user.inject({ method: 'GET', url: '/api/quests/universal' });
  expect(res.statusCode).toBe(200);
  expect(res.json().page.next_cursor).toBeNull();
  return new Map(res.json().data.map((q: QuestState) => [q.key, q]));
}

const claim = (user: TestUser, id: string) => user.inject({ method: 'POST', url: `/api/quests/universal/${id}/claim` });

/** Completes a goal milestone: a rewarded activity for the day. */
async function completeMilestone(user: TestUser) {
  const goal = (await user.inject({ method: 'POST', url: '/api/goals', payload: { title: 'Goal' } })).json().data;
  const m = (
    await user.inject({ method: 'POST', url: `/api/goals/${goal.id}/milestones`, payload: { title: 'Step' } })
  ).json().data.milestone;
  expect((await user.inject({ method: 'POST', url: `/api/goals/milestones/${m.id}/complete` })).statusCode).toBe(200);
}

async function claims(user: TestUser) {
  return t.database.db
    .select({ key: points_ledger.idempotency_key, xp: points_ledger.xp, coins: points_ledger.coins })
    .from(points_ledger)
    .where(and(eq(points_ledger.user_id, user.id), like(points_ledger.idempotency_key, 'quest_claim:%')));
}

describe('GET /api/quests/universal', () => {
  it('lists every active universal quest with no progress for a new user', async () => {
    const user = await signUp(t);
    const quests = await universal(user);
    expect(quests.size).toBeGreaterThanOrEqual(10);
    expect(quests.get('test_show_up')).toMatchObject({ period_key: '2026-01-15', progress: 0, completed: false });
    expect(quests.get('weekly_streak')).toMatchObject({ period_key: '2026-W03', progress: 0 });
    expect(quests.get('monthly_focus')).toMatchObject({ period_key: '2026-01', progress: 0 });
  });

  it('shows progress after a goal milestone, for that user only', async () => {
    const user = await signUp(t);
    const bystander = await signUp(t);
    await completeMilestone(user);
    const quests = await universal(user);
    expect(quests.get('test_show_up')).toMatchObject({ progress: 1, completed: true, claimed: false });
    expect(quests.get('weekly_streak')).toMatchObject({ progress: 1, target: 7, completed: false });
    expect((await universal(bystander)).get('test_show_up')).toMatchObject({ progress: 0, completed: false });
  });

  it('shows progress after a personal quest is completed', async () => {
    const user = await signUp(t);
    const q = (await user.inject({ method: 'POST', url: '/api/quests', payload: { title: 'Q' } })).json().data;
    await user.inject({ method: 'POST', url: `/api/quests/${q.id}/accept` });
    await user.inject({ method: 'POST', url: `/api/quests/${q.id}/complete` });
    expect((await universal(user)).get('test_show_up')).toMatchObject({ progress: 1, completed: true });
  });

  it('starts each period afresh', async () => {
    const user = await signUp(t);
    await completeMilestone(user);
    t.clock.set('2026-01-16T12:00:00Z');
    const quests = await universal(user);
    expect(quests.get('test_show_up')).toMatchObject({ period_key: '2026-01-16', progress: 0, completed: false });
    expect(quests.get('weekly_streak')).toMatchObject({ progress: 1 });
  });
});

describe('POST /api/quests/universal/:id/claim', () => {
  it('answers 409 before the quest is completed', async () => {
    const user = await signUp(t);
    const res = await claim(user, showUp);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('quest_not_completed');
    expect(await claims(user)).toEqual([]);
  });

  it('pays a completed quest once; a second claim answers 409', async () => {
    const user = await signUp(t);
    await completeMilestone(user);
    const res = await claim(user, showUp);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.quest).toMatchObject({ id: showUp, completed: true, claimed: true });
    expect(res.json().data.reward).toMatchObject({ xp: 30, coins: 7, duplicate: false });

    const again = await claim(user, showUp);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('quest_already_claimed');
    expect((await universal(user)).get('test_show_up')).toMatchObject({ claimed: true });
    expect(await claims(user)).toEqual([{ key: `quest_claim:${showUp}:2026-01-15`, xp: 30, coins: 7 }]);
  });

  it('pays once when claimed twice at the same time', async () => {
    const user = await signUp(t);
    await completeMilestone(user);
    const results = await Promise.all([claim(user, showUp), claim(user, showUp)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await claims(user)).toHaveLength(1);
  });

  it('answers 404 for an unknown quest and 400 for a malformed id', async () => {
    const user = await signUp(t);
    expect((await claim(user, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await claim(user, 'nope')).statusCode).toBe(400);
  });
});
