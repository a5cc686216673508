import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { createIdea } from '../ideas';
import { createInfobaseEntry } from '../infobase';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// The three sections share one implementation; each behaviour is checked on every one of them.
const sections = ['ideas', 'infobase', 'references'] as const;

async function write(user: TestUser, section: string, payload: Record<string, unknown>) {
  const res = await user.inject({ method: 'POST', url: `/api/${section}`, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}

const patch = (user: TestUser, section: string, id: string, payload: Record<string, unknown>) =>
  user.inject({ method: 'PATCH', url: `/api/${section}/${id}`, payload });

async function titles(user: TestUser, url: string): Promise<string[]> {
  const res = await user.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.map((n: { title: string }) => n.title);
}

describe.each(sections)('/api/%s', (section) => {
  it('writes a note with its markdown, category and tags, trimmed, lower-cased and without repeats', async () => {
    const user = await signUp(t);
    const created = await write(user, section, {
      title: '  Tape delay tricks ',
      body: '# Heading\n\n- one\n- two',
      category: 'music',
      tags: ['Mixing', 'mixing', ' fx '],
    });
    expect(created).toMatchObject({
      title: 'Tape delay tricks',
      body: '# Heading\n\n- one\n- two',
      category: 'music',
      tags: ['mixing', 'fx'],
      is_pinned: false,
      archived_at: null,
    });
    expect(created.search).toBeUndefined();
    const res = await user.inject({ method: 'GET', url: `/api/${section}/${created.id}` });
    expect(res.json().data).toEqual(created);
  });

  it('answers 422 with details for bad bodies and writes nothing', async () => {
    const user = await signUp(t);
    const bodies = [
      {},
      { title: '' },
      { title: 'x'.repeat(301) },
      { title: 'ok', body: 'b'.repeat(200_001) },
      { title: 'ok', category: 'c'.repeat(51) },
      { title: 'ok', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) },
      { title: 'ok', tags: ['t'.repeat(41)] },
      { title: 'ok', tags: ['<b>'] },
      { title: 'ok', tags: [''] },
      { title: 'ok', archived_at: null },
      { title: 'ok', colour: 'red' },
    ];
    for (const payload of bodies) {
      const res = await user.inject({ method: 'POST', url: `/api/${section}`, payload });
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
      expect(res.json().error.details.length).toBeGreaterThan(0);
    }
    expect(await titles(user, `/api/${section}`)).toEqual([]);
  });

  it('lists pinned notes first, then the most recently edited, a page at a time', async () => {
    const user = await signUp(t);
    const a = await write(user, section, { title: 'A' });
    await write(user, section, { title: 'B' });
    await write(user, section, { title: 'C', is_pinned: true });
    await write(user, section, { title: 'D' });
    await new Promise((r) => setTimeout(r, 5));
    expect((await patch(user, section, a.id, { body: 'edited' })).statusCode).toBe(200);

    expect(await titles(user, `/api/${section}`)).toEqual(['C', 'A', 'D', 'B']);
    const seen: string[] = [];
    let url = `/api/${section}?limit=1`;
    for (;;) {
      const res = await user.inject({ method: 'GET', url });
      const body = res.json();
      seen.push(...body.data.map((n: { title: string }) => n.title));
      if (!body.page.next_cursor) break;
      url = `/api/${section}?limit=1&cursor=${body.page.next_cursor}`;
    }
    expect(seen).toEqual(['C', 'A', 'D', 'B']);
  });

  it('filters by category and tag', async () => {
    const user = await signUp(t);
    await write(user, section, { title: 'Synth', category: 'music', tags: ['gear'] });
    await write(user, section, { title: 'Brush', category: 'art', tags: ['gear', 'paint'] });
    await write(user, section, { title: 'Scale', category: 'music' });
    expect((await titles(user, `/api/${section}?category=music`)).sort()).toEqual(['Scale', 'Synth']);
    expect((await titles(user, `/api/${section}?tag=Gear`)).sort()).toEqual(['Brush', 'Synth']);
    expect(await titles(user, `/api/${section}?category=music&tag=gear`)).toEqual(['Synth']);
  });

  it('archives a note out of the list into the archive and brings it back', async () => {
    const user = await signUp(t);
    const n = await write(user, section, { title: 'Old thought', is_pinned: true });
    await write(user, section, { title: 'Fresh' });
    const archived = (await patch(user, section, n.id, { archived: true })).json().data;
    expect(archived.archived_at).not.toBeNull();
    const again = (await patch(user, section, n.id, { archived: true, is_pinned: false })).json().data;
    expect(again.archived_at).toBe(archived.archived_at);
    expect(await titles(user, `/api/${section}`)).toEqual(['Fresh']);
    expect(await titles(user, `/api/${section}?archived=true`)).toEqual(['Old thought']);
    const back = (await patch(user, section, n.id, { archived: false })).json().data;
    expect(back).toMatchObject({ archived_at: null, is_pinned: false });
    expect((await titles(user, `/api/${section}`)).sort()).toEqual(['Fresh', 'Old thought']);
  });

  it('edits and deletes a note', async () => {
    const user = await signUp(t);
    const n = await write(user, section, { title: 'Draft', category: 'misc', tags: ['x'] });
    const edited = await patch(user, section, n.id, { title: 'Final', category: null, tags: [], is_pinned: true });
    expect(edited.json().data).toMatchObject({ title: 'Final', category: null, tags: [], is_pinned: true });
    expect((await patch(user, section, n.id, { title: '' })).statusCode).toBe(422);
    expect((await patch(user, section, n.id, { user_id: user.id })).statusCode).toBe(422);
    expect((await user.inject({ method: 'DELETE', url: `/api/${section}/${n.id}` })).statusCode).toBe(204);
    expect((await user.inject({ method: 'GET', url: `/api/${section}/${n.id}` })).statusCode).toBe(404);
    expect((await user.inject({ method: 'DELETE', url: `/api/${section}/${n.id}` })).statusCode).toBe(404);
  });

  it("answers 404 on every id route for another user's note and leaves it alone", async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const n = await write(owner, section, { title: 'Mine' });
    const url = `/api/${section}/${n.id}`;
    for (const req of [
      { method: 'GET' as const, url },
      { method: 'PATCH' as const, url, payload: { title: 'Stolen' } },
      { method: 'PATCH' as const, url, payload: { archived: true } },
      { method: 'DELETE' as const, url },
    ]) {
      const res = await other.inject(req);
      expect(res.statusCode, `${req.method}`).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect(await titles(other, `/api/${section}`)).toEqual([]);
    const mine = (await owner.inject({ method: 'GET', url })).json().data;
    expect(mine).toMatchObject({ title: 'Mine', archived_at: null });
  });

  it('pages through the archive, the most recently archived first', async () => {
    const user = await signUp(t);
    for (const title of ['One', 'Two', 'Three']) {
      const n = await write(user, section, { title, is_pinned: title === 'One' });
      await new Promise((r) => setTimeout(r, 3));
      expect((await patch(user, section, n.id, { archived: true })).statusCode).toBe(200);
    }
    const first = (await user.inject({ method: 'GET', url: `/api/${section}?archived=true&limit=2` })).json();
    expect(first.data.map((n: { title: string }) => n.title)).toEqual(['Three', 'Two']);
    const rest = await titles(user, `/api/${section}?archived=true&limit=2&cursor=${first.page.next_cursor}`);
    expect(rest).toEqual(['One']);
  });

  it('rejects a malformed cursor with 400', async () => {
    const user = await signUp(t);
    const res = await user.inject({ method: 'GET', url: `/api/${section}?cursor=nonsense` });
    expect(res.statusCode).toBe(400);
  });
});

describe('/api/references links', () => {
  it('keeps an http or https link and refuses any other scheme', async () => {
    const user = await signUp(t);
    const ref = await write(user, 'references', { title: 'Docs', url: 'https://example.com/a?b=c' });
    expect(ref.url).toBe('https://example.com/a?b=c');
    for (const url of ['javascript:alert(1)', 'ftp://example.com', 'not a url', `https://e.com/${'x'.repeat(2000)}`]) {
      const res = await user.inject({ method: 'POST', url: '/api/references', payload: { title: 'x', url } });
      expect(res.statusCode, url.slice(0, 40)).toBe(422);
    }
    const cleared = await patch(user, 'references', ref.id, { url: null });
    expect(cleared.json().data.url).toBeNull();
  });

  it('ideas and infobase entries have no link', async () => {
    const user = await signUp(t);
    const res = await user.inject({ method: 'POST', url: '/api/ideas', payload: { title: 'x', url: 'https://e.com' } });
    expect(res.statusCode).toBe(422);
    expect((await write(user, 'infobase', { title: 'y' })).url).toBeUndefined();
  });
});

describe('createIdea and createInfobaseEntry', () => {
  it("write a note inside the caller's transaction, and nothing when it rolls back", async () => {
    const user = await signUp(t);
    const idea = await t.database.db.transaction((tx) =>
      createIdea(tx, user.id, { title: 'From the inbox', body: 'Body', tags: ['Later'] }),
    );
    expect(idea).toMatchObject({ title: 'From the inbox', body: 'Body', tags: ['later'], is_pinned: false });
    await expect(
      t.database.db.transaction(async (tx) => {
        await createInfobaseEntry(tx, user.id, { title: 'Rolled back' });
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await titles(user, '/api/ideas')).toEqual(['From the inbox']);
    expect(await titles(user, '/api/infobase')).toEqual([]);
  });
});
