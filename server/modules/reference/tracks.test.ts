import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userBlobPrefix } from '../../platform/blob-store';
import { uploadFile, wav } from '../../test/audio';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { listen } from '../../test/sse';
import { blobs } from '../blobs/blobs.tables';
import { findOwnedTrack } from '.';
import { reference_tracks, track_analyses, track_annotations, track_regions } from './reference.tables';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '10000' } });
  base = await listen(t.app);
});
afterAll(() => t.close());

interface Uploaded {
  id: string;
  content: Buffer;
}
async function upload(user: TestUser, filename = 'take.wav', content = wav({ seconds: 0.5 })): Promise<Uploaded> {
  const res = await uploadFile(base, user, t.config.publicOrigin, content, filename);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.data?.id as string, content };
}
const audio = (user: TestUser, id: string, range?: string) =>
  fetch(`${base}/api/reference/tracks/${id}/audio`, {
    headers: { cookie: user.cookie, ...(range ? { range } : {}) },
  });
async function objectsOf(user: TestUser): Promise<string[]> {
  const keys: string[] = [];
  for await (const b of t.app.deps.blobs.list(userBlobPrefix(user.id))) keys.push(b.key);
  return keys;
}

describe('GET /api/reference/tracks', () => {
  it('lists the user’s tracks newest first, a page at a time', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const a = await upload(user, 'first.wav');
    const b = await upload(user, 'second.wav');
    await upload(other, 'not mine.wav');
    const first = await user.inject({ method: 'GET', url: '/api/reference/tracks?limit=1' });
    expect(first.json().data.map((x: { id: string }) => x.id)).toEqual([b.id]);
    const cursor = first.json().page.next_cursor;
    const second = await user.inject({
      method: 'GET',
      url: `/api/reference/tracks?limit=1&cursor=${encodeURIComponent(cursor)}`,
    });
    expect(second.json()).toMatchObject({ data: [{ id: a.id, title: 'first' }], page: { next_cursor: null } });
    expect((await user.inject({ method: 'GET', url: '/api/reference/tracks?cursor=nonsense' })).statusCode).toBe(400);
  });

  it('finds tracks by words of the title or the artist, and by tag', async () => {
    const user = await signUp(t);
    const kick = await upload(user, 'Kick drum study.wav');
    const pad = await upload(user, 'Warm pad.wav');
    const odd = await upload(user, '100%_proof.wav');
    await user.inject({ method: 'PATCH', url: `/api/reference/tracks/${pad.id}`, payload: { artist: 'The Kickers' } });
    await user.inject({
      method: 'PATCH',
      url: `/api/reference/tracks/${kick.id}`,
      payload: { tags: ['Drums', 'mix'] },
    });
    const ids = async (query: string) =>
      (await user.inject({ method: 'GET', url: `/api/reference/tracks?${query}` }))
        .json()
        .data.map((x: { id: string }) => x.id);
    expect(await ids('q=kick')).toEqual([pad.id, kick.id]);
    expect(await ids('q=PAD')).toEqual([pad.id]);
    // What the user types is text, not a pattern.
    expect(await ids('q=%25_')).toEqual([odd.id]);
    expect(await ids('q=_')).toEqual([odd.id]);
    expect(await ids('tag=drums')).toEqual([kick.id]);
    expect(await ids('tag=mix&q=study')).toEqual([kick.id]);
    expect(await ids('tag=none')).toEqual([]);
  });
});

describe('PATCH /api/reference/tracks/:id', () => {
  it('edits what was read from the file and what the user adds', async () => {
    const user = await signUp(t);
    const { id } = await upload(user, 'raw.wav');
    const res = await user.inject({
      method: 'PATCH',
      url: `/api/reference/tracks/${id}`,
      payload: {
        title: '  Final master ',
        artist: 'Me',
        album: 'Demos',
        genre: 'House',
        notes: 'Bass too loud\nat 1:20',
        tags: ['Mix', 'mix', 'reference'],
        is_favorite: true,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({
      title: 'Final master',
      artist: 'Me',
      album: 'Demos',
      genre: 'House',
      notes: 'Bass too loud\nat 1:20',
      tags: ['mix', 'reference'],
      is_favorite: true,
    });
    const cleared = await user.inject({
      method: 'PATCH',
      url: `/api/reference/tracks/${id}`,
      payload: { artist: null },
    });
    expect(cleared.json().data).toMatchObject({ artist: null, title: 'Final master' });
    const got = await user.inject({ method: 'GET', url: `/api/reference/tracks/${id}` });
    expect(got.json().data).toEqual(cleared.json().data);
  });

  it('refuses an empty title, control characters and unknown fields with 422', async () => {
    const user = await signUp(t);
    const { id } = await upload(user);
    for (const payload of [{ title: ' ' }, { title: 'a\u0000b' }, { artist: 'x'.repeat(201) }, { blob_key: 'x' }]) {
      const res = await user.inject({ method: 'PATCH', url: `/api/reference/tracks/${id}`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
    }
  });
});

describe('GET /api/reference/tracks/:id/audio', () => {
  it('serves the whole file with its type, ranges accepted and a private cache lifetime', async () => {
    const user = await signUp(t);
    const { id, content } = await upload(user);
    const res = await audio(user, id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-length')).toBe(String(content.length));
    expect(res.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(Buffer.from(await res.arrayBuffer()).equals(content)).toBe(true);
  });

  it.each([
    ['the first byte', 'bytes=0-0', 0, 0],
    ['a middle range', 'bytes=100-199', 100, 199],
    ['the last byte', 'bytes=-1', -1, -1],
    ['a suffix range', 'bytes=-500', -500, -1],
    ['an open-ended range', 'bytes=7000-', 7000, -1],
    ['a range past the end, cut to the file', 'bytes=7990-999999', 7990, -1],
  ])('answers %s with 206 and its Content-Range', async (_name, range, from, to) => {
    const user = await signUp(t);
    const { id, content } = await upload(user, 'r.wav', wav({ seconds: 0.5 })); // 8044 bytes
    const size = content.length;
    const start = from < 0 ? size + from : from;
    const end = to < 0 ? size + to : to;
    const res = await audio(user, id, range);
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${size}`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(Buffer.from(await res.arrayBuffer()).equals(content.subarray(start, end + 1))).toBe(true);
  });

  it('answers a range outside the file with 416 and the file’s size', async () => {
    const user = await signUp(t);
    const { id, content } = await upload(user);
    for (const range of [`bytes=${content.length}-`, 'bytes=-0', 'bytes=50-10']) {
      const res = await audio(user, id, range);
      expect(res.status, range).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${content.length}`);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('range_not_satisfiable');
    }
  });

  it('serves the whole file for a Range it does not take (several ranges, other units)', async () => {
    const user = await signUp(t);
    const { id, content } = await upload(user);
    for (const range of ['bytes=0-1,5-9', 'items=0-1', 'bytes=abc']) {
      const res = await audio(user, id, range);
      expect(res.status, range).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBe(content.length);
    }
  });
});

describe('DELETE /api/reference/tracks/:id', () => {
  it('removes the track, its file, and its analyses, annotations and regions', async () => {
    const user = await signUp(t);
    const { id } = await upload(user);
    const kept = await upload(user, 'kept.wav');
    const db = t.database.db;
    // The upload queued its analysis.
    expect(await db.select().from(track_analyses).where(eq(track_analyses.track_id, id))).toHaveLength(1);
    await db.insert(track_annotations).values({ user_id: user.id, track_id: id, start_ms: 0, body: 'intro' });
    await db.insert(track_regions).values({ user_id: user.id, track_id: id, name: 'Drop', start_ms: 0, end_ms: 100 });
    const res = await user.inject({ method: 'DELETE', url: `/api/reference/tracks/${id}` });
    expect(res.statusCode, res.body).toBe(204);
    expect(await db.select().from(track_analyses).where(eq(track_analyses.track_id, id))).toEqual([]);
    expect(await db.select().from(track_annotations).where(eq(track_annotations.track_id, id))).toEqual([]);
    expect(await db.select().from(track_regions).where(eq(track_regions.track_id, id))).toEqual([]);
    const left = await db.select().from(blobs).where(eq(blobs.user_id, user.id));
    expect(left).toHaveLength(1);
    expect(await objectsOf(user)).toEqual([left[0]?.key]);
    expect((await user.inject({ method: 'GET', url: `/api/reference/tracks/${kept.id}` })).statusCode).toBe(200);
    expect((await user.inject({ method: 'GET', url: `/api/reference/tracks/${id}` })).statusCode).toBe(404);
    expect((await user.inject({ method: 'DELETE', url: `/api/reference/tracks/${id}` })).statusCode).toBe(404);
  });
});

describe('another user’s track', () => {
  it('is 404 on every route that names it, and stays as it was', async () => {
    const owner = await signUp(t);
    const stranger = await signUp(t);
    const { id } = await upload(owner, 'mine.wav');
    const url = `/api/reference/tracks/${id}`;
    for (const req of [
      { method: 'GET' as const, url },
      { method: 'PATCH' as const, url, payload: { title: 'taken' } },
      { method: 'DELETE' as const, url },
      { method: 'GET' as const, url: `${url}/audio` },
    ]) {
      const res = await stranger.inject(req);
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await audio(stranger, id, 'bytes=0-0')).status).toBe(404);
    expect(await findOwnedTrack(t.database.db, stranger.id, id)).toBeNull();
    expect(await findOwnedTrack(t.database.db, owner.id, id)).toEqual({ id, duration_seconds: 0.5 });
    const mine = await owner.inject({ method: 'GET', url });
    expect(mine.json().data.title).toBe('mine');
  });
});

describe('deleting the account', () => {
  it('removes the user’s tracks and their files', async () => {
    const user = await signUp(t);
    await upload(user, 'one.wav');
    await upload(user, 'two.wav');
    expect(await objectsOf(user)).toHaveLength(2);
    const res = await user.inject({ method: 'DELETE', url: '/api/user' });
    expect(res.statusCode, res.body).toBe(204);
    expect(await t.database.db.select().from(reference_tracks).where(eq(reference_tracks.user_id, user.id))).toEqual(
      [],
    );
    expect(await objectsOf(user)).toEqual([]);
  });
});
