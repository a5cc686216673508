import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questDifficulties } from '#common/enums';
import { REWARDS } from '#common/rules/rewards';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger } from '../gamification/gamification.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Action = 'accept' | 'complete' | 'abandon';

async function newQuest(user: TestUser, payload: Record<string, unknown> = { title: 'Write a hook' }) {
  const res = await user.inject({ method: 'POST', url: '/api/quests', payload });
  expect(res.statusCode).toBe(201);
  return res.json().data;
}

const act = (user: TestUser, id: string, action: Action) =>
  user.inject({ method: 'POST', url: `/api/quests/${id}/${action}` });

/** A quest brought to `status` through the API. */
async function questIn(user: TestUser, status: 'active' | 'accepted' | 'completed' | 'abandoned') {
  const q = await newQuest(user);
  if (status === 'accepted' || status === 'completed') expect((await act(user, q.id, 'accept')).statusCode).toBe(200);
  if (status === 'completed') expect((await act(user, q.id, 'complete')).statusCode).toBe(200);
  if (status === 'abandoned') expect((await act(user, q.id, 'abandon')).statusCode).toBe(200);
  return q.id as string;
}

async function questLedger(user: TestUser) {
  return t.database.db
    .select({ key: points_ledger.idempotency_key, xp: points_ledger.xp, coins: points_ledger.coins })
    .from(points_ledger)
    .where(and(eq(points_ledger.user_id, user.id), like(points_ledger.idempotency_key, 'quest_complete:%')));
}

describe('POST /api/quests', () => {
  it('creates an active one-off quest whose reward is fixed from its difficulty', async () => {
    const user = await signUp(t);
    for (const difficulty of questDifficulties) {
      const q = await newQuest(user, { title: `A ${difficulty} quest`, difficulty });
      expect(q).toMatchObject({
        status: 'active',
        difficulty,
        xp_reward: REWARDS.quest[difficulty].xp,
        coin_reward: REWARDS.quest[difficulty].coins,
        progress: 0,
        target: 1,
        is_repeatable: false,
        repeat_period: null,
        period_key: null,
        streak_count: 0,
      });
    }
    expect(await newQuest(user)).toMatchObject({ difficulty: 'starter', xp_reward: 10, coin_reward: 5 });
  });

  it('answers 422 for a bad body', async () => {
    const user = await signUp(t);
    const bodies = [
      {},
      { title: '   ' },
      { title: 'ok', difficulty: 'legendary' },
      { title: 'ok', repeat_period: 'hourly' },
      { title: 'ok', target: 0 },
      { title: 'ok', xp_reward: 1_000_000 },
      { title: 'ok', status: 'completed' },
      { title: 'ok', is_repeatable: true },
      { title: 'ok', due_date: 'tomorrow' },
    ];
    for (const payload of bodies) {
      const res = await user.inject({ method: 'POST', url: '/api/quests', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
    }
  });
});

describe('personal quest state machine', () => {
  const cases: [status: 'active' | 'accepted' | 'completed' | 'abandoned', action: Action, to: string | null][] = [
    ['active', 'accept', 'accepted'],
    ['active', 'complete', null],
    ['active', 'abandon', 'abandoned'],
    ['accepted', 'accept', null],
    ['accepted', 'complete', 'completed'],
    ['accepted', 'abandon', 'abandoned'],
    ['completed', 'accept', null],
    ['completed', 'complete', null],
    ['completed', 'abandon', null],
    ['abandoned', 'accept', null],
    ['abandoned', 'complete', null],
    ['abandoned', 'abandon', null],
  ];

  for (const [from, action, to] of cases) {
    it(`${action} on a ${from} quest ${to ? `makes it ${to}` : 'answers 409 and changes nothing'}`, async () => {
      const user = await signUp(t);
      const id = await questIn(user, from);
      const res = await act(user, id, action);
      const now = t.clock.now().toISOString();
      if (to) {
        expect(res.statusCode).toBe(200);
        const quest = action === 'complete' ? res.json().data.quest : res.json().data;
        expect(quest.status).toBe(to);
        if (to === 'accepted') expect(quest.accepted_at).toBe(now);
        if (to === 'abandoned') expect(quest.abandoned_at).toBe(now);
        if (to === 'completed') expect(quest).toMatchObject({ completed_at: now, progress: quest.target });
      } else {
        expect(res.statusCode).toBe(409);
        expect(res.json().error.code).toBe('conflict');
        const after = (await user.inject({ method: 'GET', url: `/api/quests/${id}` })).json().data;
        expect(after.status).toBe(from);
      }
    });
  }
});

describe('POST /api/quests/:id/complete', () => {
  it('pays the difficulty reward through the game layer', async () => {
    const user = await signUp(t);
    const q = await newQuest(user, { title: 'Finish a track', difficulty: 'hard' });
    await act(user, q.id, 'accept');
    const res = await act(user, q.id, 'complete');
    expect(res.statusCode).toBe(200);
    expect(res.json().data.reward).toMatchObject({ xp: 100, coins: 50, duplicate: false });
    expect(await questLedger(user)).toEqual([{ key: `quest_complete:${q.id}:once`, xp: 100, coins: 50 }]);
  });

  it('pays once when submitted twice at the same time; the second answers 409', async () => {
    const user = await signUp(t);
    const q = await newQuest(user, { title: 'Epic', difficulty: 'epic' });
    await act(user, q.id, 'accept');
    const results = await Promise.all([act(user, q.id, 'complete'), act(user, q.id, 'complete')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await questLedger(user)).toEqual([{ key: `quest_complete:${q.id}:once`, xp: 250, coins: 100 }]);
  });
});

describe('GET /api/quests', () => {
  it('lists newest first, a page at a time, filtered by status', async () => {
    const user = await signUp(t);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        await questIn(user, (['active', 'accepted', 'completed', 'abandoned', 'active'] as const)[i] ?? 'active'),
      );
      t.clock.advance(1000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/quests?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const body = (await user.inject({ method: 'GET', url })).json();
      seen.push(...body.data.map((q: { id: string }) => q.id));
      cursor = body.page.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());

    const ofStatus = async (status: string) =>
      (await user.inject({ method: 'GET', url: `/api/quests?status=${status}` }))
        .json()
        .data.map((q: { id: string }) => q.id);
    expect(await ofStatus('open')).toEqual([ids[4], ids[1], ids[0]]);
    expect(await ofStatus('completed')).toEqual([ids[2]]);
    expect(await ofStatus('abandoned')).toEqual([ids[3]]);
    expect((await user.inject({ method: 'GET', url: '/api/quests?status=done' })).statusCode).toBe(400);
  });
});

describe('PATCH /api/quests/:id', () => {
  it('edits text, target and progress of an open quest', async () => {
    const user = await signUp(t);
    const q = await newQuest(user, { title: 'Sketch', target: 3 });
    const res = await user.inject({
      method: 'PATCH',
      url: `/api/quests/${q.id}`,
      payload: {
        title: 'Sketch ten ideas',
        description: 'small ones',
        target: 10,
        progress: 4,
        due_date: '2026-02-01',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      title: 'Sketch ten ideas',
      target: 10,
      progress: 4,
      due_date: '2026-02-01',
    });
  });

  it('answers 422 when progress would pass the target, or for fields fixed at creation', async () => {
    const user = await signUp(t);
    const q = await newQuest(user, { title: 'Sketch', target: 3 });
    for (const payload of [{ progress: 4 }, { difficulty: 'epic' }, { repeat_period: 'daily' }, { xp_reward: 5 }]) {
      const res = await user.inject({ method: 'PATCH', url: `/api/quests/${q.id}`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
    }
    expect((await user.inject({ method: 'GET', url: `/api/quests/${q.id}` })).json().data).toMatchObject({
      difficulty: 'starter',
      progress: 0,
    });
  });

  it('answers 409 for progress on a closed quest but still edits its text', async () => {
    const user = await signUp(t);
    const id = await questIn(user, 'completed');
    const progress = await user.inject({ method: 'PATCH', url: `/api/quests/${id}`, payload: { progress: 0 } });
    expect(progress.statusCode).toBe(409);
    const title = await user.inject({ method: 'PATCH', url: `/api/quests/${id}`, payload: { title: 'Renamed' } });
    expect(title.statusCode).toBe(200);
    expect(title.json().data).toMatchObject({ title: 'Renamed', status: 'completed' });
  });
});

describe('personal quests of another user', () => {
  it('answer 404 on every id route', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const id = await questIn(owner, 'accepted');
    const calls = [
      { method: 'GET', url: `/api/quests/${id}` },
      { method: 'PATCH', url: `/api/quests/${id}`, payload: { title: 'mine' } },
      { method: 'DELETE', url: `/api/quests/${id}` },
      { method: 'POST', url: `/api/quests/${id}/accept` },
      { method: 'POST', url: `/api/quests/${id}/complete` },
      { method: 'POST', url: `/api/quests/${id}/abandon` },
    ] as const;
    for (const call of calls) {
      const res = await other.inject(call);
      expect(res.statusCode, `${call.method} ${call.url}`).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await owner.inject({ method: 'GET', url: `/api/quests/${id}` })).json().data).toMatchObject({
      status: 'accepted',
      title: 'Write a hook',
    });
    expect(await questLedger(other)).toEqual([]);
  });
});

describe('DELETE /api/quests/:id', () => {
  it('deletes the quest; a second delete answers 404', async () => {
    const user = await signUp(t);
    const id = await questIn(user, 'completed');
    expect((await user.inject({ method: 'DELETE', url: `/api/quests/${id}` })).statusCode).toBe(204);
    expect((await user.inject({ method: 'DELETE', url: `/api/quests/${id}` })).statusCode).toBe(404);
    expect((await user.inject({ method: 'GET', url: `/api/quests/${id}` })).statusCode).toBe(404);
    expect(await questLedger(user)).toHaveLength(1);
  });
});
