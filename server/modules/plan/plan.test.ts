import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { setUserDay } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { points_ledger } from '../gamification/gamification.tables';
import { daily_plans } from './plan.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.clock.set('2026-01-15T12:00:00Z'));

type Item = {
  id: string;
  kind: string;
  ref_id: string | null;
  title: string;
  source: string;
  completed_at: string | null;
};

const getPlan = async (user: TestUser, query = '') => {
  const res = await user.inject({ method: 'GET', url: `/api/plan${query}` });
  expect(res.statusCode).toBe(200);
  return res.json().data;
};
const generate = async (user: TestUser, payload: Record<string, unknown> = {}) => {
  const res = await user.inject({ method: 'POST', url: '/api/plan/generate', payload });
  expect(res.statusCode).toBe(200);
  return res.json().data;
};
const addItem = async (user: TestUser, payload: Record<string, unknown>) => {
  const res = await user.inject({ method: 'POST', url: '/api/plan/items', payload });
  expect(res.statusCode).toBe(201);
  return res.json().data;
};
const complete = (user: TestUser, id: string) => user.inject({ method: 'POST', url: `/api/plan/items/${id}/complete` });

async function habit(user: TestUser, name: string): Promise<string> {
  const res = await user.inject({ method: 'POST', url: '/api/habits', payload: { name } });
  expect(res.statusCode).toBe(201);
  return res.json().data.id;
}
async function acceptedQuest(user: TestUser, title: string): Promise<string> {
  const res = await user.inject({ method: 'POST', url: '/api/quests', payload: { title } });
  expect(res.statusCode).toBe(201);
  const id = res.json().data.id;
  expect((await user.inject({ method: 'POST', url: `/api/quests/${id}/accept` })).statusCode).toBe(200);
  return id;
}
/** What plan items paid net (reversals carry the same event type). */
async function planXp(user: TestUser): Promise<number> {
  const rows = await t.database.db
    .select({ xp: points_ledger.xp })
    .from(points_ledger)
    .where(and(eq(points_ledger.user_id, user.id), eq(points_ledger.event_type, 'plan_item_complete')));
  return rows.reduce((s, r) => s + r.xp, 0);
}
const kinds = (items: Item[]) => items.map((i) => `${i.kind}:${i.title}`);

describe('GET /api/plan', () => {
  it('reads an absent plan as empty and creates nothing', async () => {
    const user = await signUp(t);
    const plan = await getPlan(user);
    expect(plan).toMatchObject({ id: null, date: '2026-01-15', items: [], total: 0, completed: 0, notes: null });
    const rows = await t.database.db.select().from(daily_plans).where(eq(daily_plans.user_id, user.id));
    expect(rows).toEqual([]);
  });

  it('rejects a malformed date with 400', async () => {
    const user = await signUp(t);
    const res = await user.inject({ method: 'GET', url: '/api/plan?date=2026-13-40' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });
});

describe('POST /api/plan/generate', () => {
  it('builds a focus block, habits due and not done, and quests in progress', async () => {
    const user = await signUp(t);
    await habit(user, 'Stretch');
    const done = await habit(user, 'Read');
    await user.inject({ method: 'POST', url: `/api/habits/${done}/complete`, payload: {} });
    await acceptedQuest(user, 'Mix the single');
    await user.inject({ method: 'POST', url: '/api/quests', payload: { title: 'Only offered' } });

    const plan = await generate(user);
    expect(kinds(plan.items)).toEqual(['focus:Focus block', 'habit:Stretch', 'quest:Mix the single']);
    expect(plan.items.every((i: Item) => i.source === 'generated')).toBe(true);
    expect(plan.items[0]).toMatchObject({ duration_minutes: 25, href: '/focus?start=25' });
    expect(plan.generated_at).not.toBeNull();
  });

  it('adds the book being read, linked to its page', async () => {
    const user = await signUp(t);
    const res = await user.inject({
      method: 'POST',
      url: '/api/books',
      payload: { title: 'Middlemarch', total_pages: 800, status: 'reading' },
    });
    expect(res.statusCode).toBe(201);
    const book = res.json().data.book;
    const plan = await generate(user);
    expect(kinds(plan.items)).toEqual(['focus:Focus block', 'reading:Read Middlemarch']);
    expect(plan.items[1]).toMatchObject({ ref_id: book.id, details: 'Page 0 of 800', href: `/books/${book.id}` });
  });

  it('keeps completed and hand-added items and duplicates nothing when generated again', async () => {
    const user = await signUp(t);
    const stretch = await habit(user, 'Stretch');
    await habit(user, 'Journal');
    const first = await generate(user);
    const focus = first.items.find((i: Item) => i.kind === 'focus');
    expect((await complete(user, focus.id)).statusCode).toBe(200);
    await addItem(user, { title: 'Call the mastering studio' });
    // The habit is archived: its open generated item goes; a new habit comes in.
    await user.inject({ method: 'POST', url: `/api/habits/${stretch}/archive`, payload: { archived: true } });
    await habit(user, 'Practice scales');

    const again = await generate(user);
    expect(kinds(again.items)).toEqual([
      'focus:Focus block',
      'habit:Journal',
      'custom:Call the mastering studio',
      'habit:Practice scales',
    ]);
    expect(again.items[0].completed_at).not.toBeNull();
    expect(again.items[2].source).toBe('manual');
    const third = await generate(user);
    expect(kinds(third.items)).toEqual(kinds(again.items));
  });

  it('ticks an open habit item once the habit is done, without paying for the item', async () => {
    const user = await signUp(t);
    const id = await habit(user, 'Stretch');
    await generate(user);
    await user.inject({ method: 'POST', url: `/api/habits/${id}/complete`, payload: {} });
    const plan = await generate(user);
    const item = plan.items.find((i: Item) => i.ref_id === id);
    expect(item.completed_at).not.toBeNull();
    expect(await planXp(user)).toBe(0);
  });

  it('takes the day’s calendar events in start order', async () => {
    const user = await signUp(t);
    const event = (title: string, start_time: string, event_type = 'meeting') =>
      user.inject({ method: 'POST', url: '/api/calendar', payload: { title, start_time, event_type } });
    expect((await event('Band rehearsal', '2026-01-15T18:00:00Z')).statusCode).toBe(201);
    await event('Gym', '2026-01-15T08:00:00Z', 'workout');
    await event('Tomorrow', '2026-01-16T10:00:00Z');
    const plan = await generate(user);
    expect(kinds(plan.items)).toEqual(['focus:Focus block', 'workout:Gym', 'event:Band rehearsal']);
    expect(plan.items[1].scheduled_at).toBe('2026-01-15T08:00:00.000Z');
  });

  it('plans another day when asked and rejects unknown fields with 422', async () => {
    const user = await signUp(t);
    expect((await generate(user, { date: '2026-01-20' })).date).toBe('2026-01-20');
    expect((await getPlan(user)).total).toBe(0);
    const res = await user.inject({ method: 'POST', url: '/api/plan/generate', payload: { day: 'x' } });
    expect(res.statusCode).toBe(422);
  });
});

describe('the user’s day', () => {
  it('follows the time zone and the day-start hour', async () => {
    const user = await signUp(t);
    await setUserDay(t, user.id, 'America/New_York', 4);
    // 07:30 UTC is 02:30 in New York: before the day starts at 04:00, still the 14th.
    t.clock.set('2026-01-15T07:30:00Z');
    expect((await addItem(user, { title: 'Late night' })).date).toBe('2026-01-14');
    t.clock.set('2026-01-15T09:30:00Z');
    expect((await getPlan(user)).date).toBe('2026-01-15');
    expect((await getPlan(user, '?date=2026-01-14')).items).toHaveLength(1);
  });
});

describe('plan items', () => {
  it('adds items by hand at the end, edits and deletes them', async () => {
    const user = await signUp(t);
    await addItem(user, { title: 'One' });
    const plan = await addItem(user, { title: 'Deep work', kind: 'focus', duration_minutes: 50 });
    expect(plan.items.map((i: Item) => i.title)).toEqual(['One', 'Deep work']);
    expect(plan.items[1]).toMatchObject({ kind: 'focus', source: 'manual', href: '/focus?start=50' });
    const [one] = plan.items;
    const edited = await user.inject({
      method: 'PATCH',
      url: `/api/plan/items/${one.id}`,
      payload: { title: 'First', details: 'before lunch' },
    });
    expect(edited.json().data.items[0]).toMatchObject({ title: 'First', details: 'before lunch' });
    expect((await user.inject({ method: 'DELETE', url: `/api/plan/items/${one.id}` })).statusCode).toBe(204);
    expect((await getPlan(user)).items.map((i: Item) => i.title)).toEqual(['Deep work']);
  });

  it('rejects a hand-added item with a reference kind or an empty title with 422', async () => {
    const user = await signUp(t);
    for (const payload of [
      { title: 'x', kind: 'habit' },
      { title: '  ' },
      { title: 'x', ref_id: crypto.randomUUID() },
    ]) {
      const res = await user.inject({ method: 'POST', url: '/api/plan/items', payload });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
    }
    expect((await getPlan(user)).id).toBeNull();
  });

  it('completing pays 2 XP once, however often it is sent', async () => {
    const user = await signUp(t);
    const [item] = (await addItem(user, { title: 'Tidy the desk' })).items;
    const [a, b] = await Promise.all([complete(user, item.id), complete(user, item.id)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const rewards = [a.json().data.reward, b.json().data.reward];
    expect(rewards.filter((r) => r !== null)).toHaveLength(1);
    expect(rewards.find((r) => r)?.xp).toBe(2);
    expect((await complete(user, item.id)).json().data.reward).toBeNull();
    expect(await planXp(user)).toBe(2);
    expect((await getPlan(user)).completed).toBe(1);
  });

  it('reopening takes the 2 XP back, so completing again pays once net', async () => {
    const user = await signUp(t);
    const [item] = (await addItem(user, { title: 'Tidy the desk' })).items;
    await complete(user, item.id);
    const reopened = await user.inject({
      method: 'PATCH',
      url: `/api/plan/items/${item.id}`,
      payload: { completed: false },
    });
    expect(reopened.json().data.items[0].completed_at).toBeNull();
    expect(await planXp(user)).toBe(0);
    expect((await complete(user, item.id)).json().data.reward.xp).toBe(2);
    expect(await planXp(user)).toBe(2);
  });

  it('reorders the day’s items; a missing, repeated or foreign id is 422 and changes nothing', async () => {
    const user = await signUp(t);
    await addItem(user, { title: 'a' });
    await addItem(user, { title: 'b' });
    const ids = (await addItem(user, { title: 'c' })).items.map((i: Item) => i.id);
    const res = await user.inject({
      method: 'POST',
      url: '/api/plan/reorder',
      payload: { ids: [ids[2], ids[0], ids[1]] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.items.map((i: Item) => i.title)).toEqual(['c', 'a', 'b']);
    for (const bad of [
      [ids[0], ids[1]],
      [ids[0], ids[0], ids[1]],
      [ids[0], ids[1], crypto.randomUUID()],
    ]) {
      const r = await user.inject({ method: 'POST', url: '/api/plan/reorder', payload: { ids: bad } });
      expect(r.statusCode).toBe(422);
    }
    expect((await getPlan(user)).items.map((i: Item) => i.title)).toEqual(['c', 'a', 'b']);
  });
});

describe('PATCH /api/plan (notes)', () => {
  it('sets and clears the day’s notes, creating the plan if absent', async () => {
    const user = await signUp(t);
    const set = await user.inject({ method: 'PATCH', url: '/api/plan', payload: { notes: 'Slow morning.' } });
    expect(set.statusCode).toBe(200);
    expect(set.json().data).toMatchObject({ notes: 'Slow morning.', date: '2026-01-15' });
    expect(set.json().data.id).not.toBeNull();
    const cleared = await user.inject({ method: 'PATCH', url: '/api/plan', payload: { notes: '   ' } });
    expect(cleared.json().data.notes).toBeNull();
    const long = await user.inject({ method: 'PATCH', url: '/api/plan', payload: { notes: 'x'.repeat(10_001) } });
    expect(long.statusCode).toBe(422);
  });
});

describe('ownership', () => {
  it('answers 404 for another user’s item on every id route', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const [item] = (await addItem(owner, { title: 'Mine' })).items;
    const attempts = [
      other.inject({ method: 'PATCH', url: `/api/plan/items/${item.id}`, payload: { title: 'Theirs' } }),
      other.inject({ method: 'DELETE', url: `/api/plan/items/${item.id}` }),
      other.inject({ method: 'POST', url: `/api/plan/items/${item.id}/complete` }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const reorder = await other.inject({ method: 'POST', url: '/api/plan/reorder', payload: { ids: [item.id] } });
    expect(reorder.statusCode).toBe(422);
    expect((await getPlan(owner)).items[0]).toMatchObject({ title: 'Mine', completed_at: null });
    expect((await getPlan(other)).items).toEqual([]);
  });
});
