import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realtime_events } from '../../platform/events.tables';
import { readFact } from '../../platform/facts';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { unreadInboxFact } from '.';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Item = { id: string; title: string; read_at: string | null; archived_at: string | null; kind: string };

async function capture(user: TestUser, payload: Record<string, unknown> = { title: 'Call the mastering engineer' }) {
  const res = await user.inject({ method: 'POST', url: '/api/inbox', payload });
  expect(res.statusCode, res.body).toBe(201);
  // Each capture a moment later, so "newest first" is visible.
  t.clock.advance(1000);
  return res.json().data as Item;
}

const patch = (user: TestUser, id: string, payload: Record<string, unknown>) =>
  user.inject({ method: 'PATCH', url: `/api/inbox/${id}`, payload });

async function listOf(user: TestUser, query = '') {
  const res = await user.inject({ method: 'GET', url: `/api/inbox${query ? `?${query}` : ''}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { data: Item[]; page: { next_cursor: string | null }; unread_count: number };
}

describe('POST /api/inbox', () => {
  it('captures an unread item with its text and tags (trimmed, each tag once)', async () => {
    const user = await signUp(t);
    const item = await capture(user, {
      title: '  Idea for a bassline ',
      body: 'Try a 7th',
      tags: ['music', 'music', 'bass'],
    });
    expect(item).toMatchObject({
      kind: 'capture',
      title: 'Idea for a bassline',
      body: 'Try a 7th',
      tags: ['music', 'bass'],
      data: {},
      read_at: null,
      archived_at: null,
      processed_at: null,
      processed_into_type: null,
      processed_into_id: null,
    });
    const got = await user.inject({ method: 'GET', url: `/api/inbox/${item.id}` });
    expect(got.json().data).toEqual(item);
  });

  it('announces the new item on the event stream', async () => {
    const user = await signUp(t);
    const item = await capture(user);
    const events = await t.database.db
      .select()
      .from(realtime_events)
      .where(and(eq(realtime_events.user_id, user.id), eq(realtime_events.type, 'inbox_item')));
    expect(events.map((e) => e.data)).toEqual([{ item_id: item.id, action: 'created' }]);
  });

  it('answers 422 with details for a bad body, and captures nothing', async () => {
    const user = await signUp(t);
    const bodies = [
      {},
      { title: '' },
      { title: '   ' },
      { title: 'x'.repeat(501) },
      { title: 'ok', body: 'b'.repeat(20_001) },
      { title: 'ok', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      { title: 'ok', tags: [''] },
      { title: 'ok', kind: 'system' },
    ];
    for (const payload of bodies) {
      const res = await user.inject({ method: 'POST', url: '/api/inbox', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
      expect(res.json().error.details.length).toBeGreaterThan(0);
    }
    expect((await listOf(user)).data).toEqual([]);
  });
});

describe('GET /api/inbox', () => {
  it('lists the inbox newest first, a page at a time, with the unread count', async () => {
    const user = await signUp(t);
    const ids: string[] = [];
    for (const title of ['a', 'b', 'c', 'd', 'e']) ids.push((await capture(user, { title })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const body = await listOf(user, `limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.data.length).toBeLessThanOrEqual(2);
      expect(body.unread_count).toBe(5);
      seen.push(...body.data.map((i) => i.id));
      cursor = body.page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(ids.reverse());
  });

  it('filters by unread, archived and kind, and keeps other users’ items out', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    await capture(other, { title: 'not mine' });
    const kept = await capture(user, { title: 'kept' });
    const read = await capture(user, { title: 'read' });
    const archived = await capture(user, { title: 'archived' });
    await patch(user, read.id, { read: true });
    await patch(user, archived.id, { archived: true });

    const ids = (items: Item[]) => items.map((i) => i.id);
    const inbox = await listOf(user);
    expect(ids(inbox.data)).toEqual([read.id, kept.id]);
    expect(inbox.unread_count).toBe(1);
    expect(ids((await listOf(user, 'unread=true')).data)).toEqual([kept.id]);
    expect(ids((await listOf(user, 'unread=false')).data)).toEqual([read.id]);
    expect(ids((await listOf(user, 'archived=true')).data)).toEqual([archived.id]);
    expect(ids((await listOf(user, 'kind=capture')).data)).toEqual([read.id, kept.id]);
    expect((await listOf(user, 'kind=system')).data).toEqual([]);
  });

  it('answers 400 for a bad filter or cursor', async () => {
    const user = await signUp(t);
    for (const q of ['archived=maybe', 'unread=1', 'kind=note', 'limit=0', 'limit=201', 'cursor=nope']) {
      const res = await user.inject({ method: 'GET', url: `/api/inbox?${q}` });
      expect(res.statusCode, q).toBe(400);
    }
  });

  it('counts unread inbox items for other modules with unreadInboxFact', async () => {
    const user = await signUp(t);
    const a = await capture(user);
    await capture(user);
    const b = await capture(user);
    await patch(user, a.id, { read: true });
    await patch(user, b.id, { archived: true });
    expect(await readFact(t.database.db, unreadInboxFact, { user: user.id }, null)).toBe(1);
  });
});

describe('PATCH /api/inbox/:id', () => {
  it('marks read and unread, archives and brings back, keeping the first time it was marked', async () => {
    const user = await signUp(t);
    const item = await capture(user);
    const read = (await patch(user, item.id, { read: true })).json().data;
    expect(read.read_at).toBe(t.clock.now().toISOString());
    t.clock.advance(60_000);
    expect((await patch(user, item.id, { read: true })).json().data.read_at).toBe(read.read_at);
    expect((await patch(user, item.id, { read: false })).json().data.read_at).toBeNull();
    const archived = (await patch(user, item.id, { archived: true })).json().data;
    expect(archived.archived_at).toBe(t.clock.now().toISOString());
    expect((await listOf(user)).data).toEqual([]);
    expect((await patch(user, item.id, { archived: false })).json().data.archived_at).toBeNull();
    expect((await listOf(user)).data.map((i) => i.id)).toEqual([item.id]);
  });

  it('edits the title, body and tags, and clears the body with null', async () => {
    const user = await signUp(t);
    const item = await capture(user, { title: 'Old', body: 'text', tags: ['a'] });
    const res = await patch(user, item.id, { title: 'New', body: null, tags: ['b', 'c'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ title: 'New', body: null, tags: ['b', 'c'] });
  });

  it('answers 422 for a bad change and leaves the item as it was', async () => {
    const user = await signUp(t);
    const item = await capture(user, { title: 'Stays' });
    for (const payload of [{ title: '' }, { read: 'yes' }, { processed_at: null }, { tags: 'a' }]) {
      const res = await patch(user, item.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
    }
    expect((await user.inject({ method: 'GET', url: `/api/inbox/${item.id}` })).json().data).toEqual(item);
  });
});

describe('POST /api/inbox/read-all', () => {
  it('marks every unread item in the inbox read and leaves the archive alone', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const theirs = await capture(other);
    await capture(user);
    await capture(user);
    const archived = await capture(user);
    await patch(user, archived.id, { archived: true });
    const res = await user.inject({ method: 'POST', url: '/api/inbox/read-all' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({ updated: 2, unread_count: 0 });
    expect((await listOf(user, 'unread=true')).data).toEqual([]);
    const stillArchived = (await user.inject({ method: 'GET', url: `/api/inbox/${archived.id}` })).json().data;
    expect(stillArchived.read_at).toBeNull();
    const theirsNow = (await other.inject({ method: 'GET', url: `/api/inbox/${theirs.id}` })).json().data;
    expect(theirsNow.read_at).toBeNull();
    const again = await user.inject({ method: 'POST', url: '/api/inbox/read-all' });
    expect(again.json().data).toEqual({ updated: 0, unread_count: 0 });
  });
});

describe('DELETE /api/inbox/:id', () => {
  it('deletes the item', async () => {
    const user = await signUp(t);
    const item = await capture(user);
    expect((await user.inject({ method: 'DELETE', url: `/api/inbox/${item.id}` })).statusCode).toBe(204);
    expect((await user.inject({ method: 'GET', url: `/api/inbox/${item.id}` })).statusCode).toBe(404);
    expect((await user.inject({ method: 'DELETE', url: `/api/inbox/${item.id}` })).statusCode).toBe(404);
  });
});

describe('ownership', () => {
  it('answers 404 on every id route for another user’s item, and changes nothing', async () => {
    const owner = await signUp(t);
    const stranger = await signUp(t);
    const item = await capture(owner);
    const routes = [
      { method: 'GET', url: `/api/inbox/${item.id}` },
      { method: 'PATCH', url: `/api/inbox/${item.id}`, payload: { read: true, title: 'mine now' } },
      { method: 'DELETE', url: `/api/inbox/${item.id}` },
      { method: 'POST', url: `/api/inbox/${item.id}/process`, payload: { target: 'goal' } },
    ] as const;
    for (const route of routes) {
      const res = await stranger.inject(route);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const goals = await stranger.inject({ method: 'GET', url: '/api/goals' });
    expect(goals.json().data).toEqual([]);
    expect((await owner.inject({ method: 'GET', url: `/api/inbox/${item.id}` })).json().data).toEqual(item);
  });

  it('answers 404 for an id that does not exist and 400 for one that is not a UUID', async () => {
    const user = await signUp(t);
    expect((await user.inject({ method: 'GET', url: `/api/inbox/${randomUUID()}` })).statusCode).toBe(404);
    expect((await user.inject({ method: 'GET', url: '/api/inbox/not-a-uuid' })).statusCode).toBe(400);
  });
});
