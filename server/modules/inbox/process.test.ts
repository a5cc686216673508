import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function capture(user: TestUser, payload: Record<string, unknown>) {
  const res = await user.inject({ method: 'POST', url: '/api/inbox', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as { id: string };
}

const processItem = (user: TestUser, id: string, payload: Record<string, unknown>) =>
  user.inject({ method: 'POST', url: `/api/inbox/${id}/process`, payload });

const itemOf = async (user: TestUser, id: string) =>
  (await user.inject({ method: 'GET', url: `/api/inbox/${id}` })).json().data;

const listOf = async (user: TestUser, path: string) =>
  (await user.inject({ method: 'GET', url: path })).json().data as { id: string }[];

describe('POST /api/inbox/:id/process', () => {
  const cases = [
    { target: 'goal', path: '/api/goals', expected: { title: 'Release the EP', description: 'Four tracks' } },
    { target: 'habit', path: '/api/habits', expected: { name: 'Release the EP', description: 'Four tracks' } },
    { target: 'quest', path: '/api/quests', expected: { title: 'Release the EP', description: 'Four tracks' } },
    { target: 'idea', path: '/api/ideas', expected: { title: 'Release the EP', body: 'Four tracks', tags: ['music'] } },
    {
      target: 'infobase',
      path: '/api/infobase',
      expected: { title: 'Release the EP', body: 'Four tracks', tags: ['music'] },
    },
  ] as const;

  for (const c of cases) {
    it(`makes a ${c.target} from the item and archives the item with what it became`, async () => {
      const user = await signUp(t);
      const item = await capture(user, { title: 'Release the EP', body: 'Four tracks', tags: ['Music'] });
      const res = await processItem(user, item.id, { target: c.target });
      expect(res.statusCode, res.body).toBe(200);
      const { created, item: after } = res.json().data;
      expect(created).toMatchObject({ type: c.target, title: 'Release the EP' });
      expect(after).toMatchObject({
        processed_into_type: c.target,
        processed_into_id: created.id,
        processed_at: t.clock.now().toISOString(),
        archived_at: t.clock.now().toISOString(),
        read_at: t.clock.now().toISOString(),
      });
      const made = await user.inject({ method: 'GET', url: `${c.path}/${created.id}` });
      expect(made.statusCode).toBe(200);
      expect(made.json().data).toMatchObject(c.expected);
      expect(await listOf(user, '/api/inbox')).toEqual([]);
      expect((await listOf(user, '/api/inbox?archived=true')).map((i) => i.id)).toEqual([item.id]);
    });
  }

  it('takes the target’s own fields beside the item’s text, checked as its POST checks them', async () => {
    const user = await signUp(t);
    const item = await capture(user, { title: 'Run a 10k' });
    const res = await processItem(user, item.id, {
      target: 'goal',
      fields: { title: 'Run a 10k in spring', priority: 'high', target_date: '2026-05-01', category: 'fitness' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const goal = await user.inject({ method: 'GET', url: `/api/goals/${res.json().data.created.id}` });
    expect(goal.json().data).toMatchObject({
      title: 'Run a 10k in spring',
      priority: 'high',
      target_date: '2026-05-01',
      category: 'fitness',
      status: 'active',
    });

    const habitItem = await capture(user, { title: 'Stretch' });
    const habit = await processItem(user, habitItem.id, {
      target: 'habit',
      fields: { schedule_type: 'weekdays', schedule_days: [1, 3, 5] },
    });
    expect(habit.statusCode, habit.body).toBe(200);
    const made = await user.inject({ method: 'GET', url: `/api/habits/${habit.json().data.created.id}` });
    expect(made.json().data).toMatchObject({ name: 'Stretch', schedule_type: 'weekdays', schedule_days: [1, 3, 5] });
  });

  it('answers 422 naming the field for fields the target refuses, and changes nothing', async () => {
    const user = await signUp(t);
    const item = await capture(user, { title: 'x'.repeat(300) });
    const bad = [
      { target: 'goal', fields: { priority: 'urgent' }, path: 'body.fields.priority' },
      { target: 'goal', fields: { colour: 'red' }, path: 'body.fields' },
      // The item's title is too long for a goal's; the user gives a shorter one.
      { target: 'goal', fields: {}, path: 'body.fields.title' },
      { target: 'habit', fields: { name: 'ok', schedule_type: 'weekdays' }, path: 'body.fields.schedule_days' },
      { target: 'quest', fields: { title: 'ok', difficulty: 'legendary' }, path: 'body.fields.difficulty' },
    ];
    for (const { path, ...payload } of bad) {
      const res = await processItem(user, item.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    for (const payload of [{}, { target: 'note' }, { target: 'goal', fields: 'x' }, { target: 'goal', extra: 1 }]) {
      const res = await processItem(user, item.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
    }
    expect(await itemOf(user, item.id)).toMatchObject({ archived_at: null, processed_at: null, read_at: null });
    expect(await listOf(user, '/api/goals')).toEqual([]);
    expect(await listOf(user, '/api/habits')).toEqual([]);
    expect(await listOf(user, '/api/quests')).toEqual([]);

    const fixed = await processItem(user, item.id, { target: 'goal', fields: { title: 'A shorter title' } });
    expect(fixed.statusCode).toBe(200);
  });

  it('makes a calendar event at the time given, and names the start or end when they are missing or wrong', async () => {
    const user = await signUp(t);
    const item = await capture(user, { title: 'Rehearsal', body: 'Bring the pedals' });
    const missing = await processItem(user, item.id, { target: 'calendar_event' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details.map((d: { path: string }) => d.path)).toContain('body.fields.start_time');
    const backwards = await processItem(user, item.id, {
      target: 'calendar_event',
      fields: { start_time: '2026-02-01T18:00:00Z', end_time: '2026-02-01T17:00:00Z' },
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.details.map((d: { path: string }) => d.path)).toContain('body.fields.end_time');
    expect(await itemOf(user, item.id)).toMatchObject({ archived_at: null, processed_at: null });

    const res = await processItem(user, item.id, {
      target: 'calendar_event',
      fields: { start_time: '2026-02-01T18:00:00Z', end_time: '2026-02-01T20:00:00Z', location: 'Studio B' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const event = await user.inject({ method: 'GET', url: `/api/calendar/${res.json().data.created.id}` });
    expect(event.statusCode).toBe(200);
    expect(event.json().data).toMatchObject({
      title: 'Rehearsal',
      description: 'Bring the pedals',
      start_time: '2026-02-01T18:00:00.000Z',
      location: 'Studio B',
    });
    expect(res.json().data.item.processed_into_type).toBe('calendar_event');
  });

  it('answers 409 for an item already processed, and makes nothing more', async () => {
    const user = await signUp(t);
    const item = await capture(user, { title: 'Once' });
    expect((await processItem(user, item.id, { target: 'quest' })).statusCode).toBe(200);
    const again = await processItem(user, item.id, { target: 'goal' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('inbox_item_processed');
    // Brought back to the inbox, it still cannot be processed twice.
    await user.inject({ method: 'PATCH', url: `/api/inbox/${item.id}`, payload: { archived: false } });
    expect((await processItem(user, item.id, { target: 'goal' })).statusCode).toBe(409);
    expect(await listOf(user, '/api/goals')).toEqual([]);
    expect(await listOf(user, '/api/quests')).toHaveLength(1);
  });

  it('makes one target when the same item is processed twice at once', async () => {
    const user = await signUp(t);
    const item = await capture(user, { title: 'Twice' });
    const answers = await Promise.all([
      processItem(user, item.id, { target: 'goal' }),
      processItem(user, item.id, { target: 'goal' }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await listOf(user, '/api/goals')).toHaveLength(1);
  });

  it('leaves the item as it was and makes no target when the item cannot be archived', async () => {
    const user = await signUp(t);
    const item = await capture(user, { title: 'Atomic' });
    // The item's own write fails after the goal was made: the goal must go with it.
    await t.database.db.execute(
      sql.raw(`create function inbox_refuse() returns trigger language plpgsql as $$
        begin
          if new.user_id = '${user.id}' and new.processed_at is not null then
            raise exception 'refused' using errcode = 'check_violation';
          end if;
          return new;
        end $$`),
    );
    await t.database.db.execute(
      sql.raw('create trigger inbox_refuse before update on inbox_items for each row execute function inbox_refuse()'),
    );
    try {
      const res = await processItem(user, item.id, { target: 'goal' });
      expect(res.statusCode).toBe(400);
    } finally {
      await t.database.db.execute(sql.raw('drop trigger inbox_refuse on inbox_items'));
      await t.database.db.execute(sql.raw('drop function inbox_refuse()'));
    }
    expect(await listOf(user, '/api/goals')).toEqual([]);
    expect(await itemOf(user, item.id)).toMatchObject({ archived_at: null, processed_at: null });
  });
});
