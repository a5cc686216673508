import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_TRACK, REGIONS_PER_TRACK, TRACK_TIME_MAX_MS } from '#common/contracts/annotations';
import type { ErrorEnvelope } from '#common/errors';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { blobs } from '../blobs/blobs.tables';
import { reference_tracks, track_annotations, track_regions } from './reference.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A track as the upload leaves it (a blob row and the track row); uploads are not routed here. */
async function track(user: TestUser, duration_seconds: number | null = 180): Promise<string> {
  const key = `users/${user.id}/reference_track/${randomUUID()}`;
  await t.database.db
    .insert(blobs)
    .values({ user_id: user.id, key, size_bytes: 1000, content_type: 'audio/mpeg', purpose: 'reference_track' });
  const [row] = await t.database.db
    .insert(reference_tracks)
    .values({
      user_id: user.id,
      title: 'Waves',
      blob_key: key,
      filename: 'waves.mp3',
      mime_type: 'audio/mpeg',
      size_bytes: 1000,
      duration_seconds,
    })
    .returning({ id: reference_tracks.id });
  return row?.id as string;
}

type Kind = 'annotations' | 'regions';
const base = (trackId: string, kind: Kind) => `/api/reference/tracks/${trackId}/${kind}`;

async function add(user: TestUser, trackId: string, kind: Kind, payload: object) {
  const res = await user.inject({ method: 'POST', url: base(trackId, kind), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}
const note = (user: TestUser, trackId: string, payload: object = {}) =>
  add(user, trackId, 'annotations', { start_ms: 1000, body: 'Kick too loud', ...payload });
const section = (user: TestUser, trackId: string, payload: object = {}) =>
  add(user, trackId, 'regions', { name: 'Drop', start_ms: 30_000, end_ms: 60_000, ...payload });

/** Expects 422 validation_error with a detail at `path`. */
function expectInvalid(res: LightMyRequestResponse, path: string) {
  expect(res.statusCode, res.body).toBe(422);
  const error: ErrorEnvelope['error'] = res.json().error;
  expect(error.code).toBe('validation_error');
  expect(error.details?.map((d) => d.path)).toContain(path);
}

describe('annotations', () => {
  it('adds a point annotation with the defaults, and a range with tags lower-cased and unique', async () => {
    const user = await signUp(t);
    const trackId = await track(user);
    const point = await note(user, trackId);
    expect(point).toMatchObject({
      track_id: trackId,
      start_ms: 1000,
      end_ms: null,
      type: 'note',
      body: 'Kick too loud',
      tags: [],
      is_private: true,
    });
    expect(point).not.toHaveProperty('user_id');
    const range = await note(user, trackId, {
      start_ms: 2000,
      end_ms: 4000,
      type: 'mix',
      body: '  **Pads** mask the vocal\n',
      tags: [' Mix ', 'mix', 'Vocal'],
      is_private: false,
    });
    expect(range).toMatchObject({ end_ms: 4000, type: 'mix', tags: ['mix', 'vocal'], is_private: false });
    expect(range.body).toBe('  **Pads** mask the vocal\n');
  });

  it('lists a track’s annotations by start time, filtered by type and tag, a page at a time', async () => {
    const user = await signUp(t);
    const trackId = await track(user);
    const other = await track(user);
    await note(user, other, { start_ms: 0 });
    const late = await note(user, trackId, { start_ms: 90_000, type: 'question', tags: ['drums'] });
    const early = await note(user, trackId, { start_ms: 500, tags: ['drums'] });
    const mid = await note(user, trackId, { start_ms: 40_000, end_ms: 50_000, type: 'mix' });
    const ids = async (query: string) => {
      const res = await user.inject({ method: 'GET', url: `${base(trackId, 'annotations')}${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data.map((a: { id: string }) => a.id);
    };
    expect(await ids('')).toEqual([early.id, mid.id, late.id]);
    expect(await ids('?type=question')).toEqual([late.id]);
    expect(await ids('?tag=Drums')).toEqual([early.id, late.id]);
    const first = await user.inject({ method: 'GET', url: `${base(trackId, 'annotations')}?limit=2` });
    expect(first.json().data.map((a: { id: string }) => a.id)).toEqual([early.id, mid.id]);
    const cursor = encodeURIComponent(first.json().page.next_cursor);
    expect(await ids(`?limit=2&cursor=${cursor}`)).toEqual([late.id]);
  });

  it('reads, edits (a range back to a point) and deletes one annotation', async () => {
    const user = await signUp(t);
    const trackId = await track(user);
    const a = await note(user, trackId, { end_ms: 3000, tags: ['mix'] });
    const url = `${base(trackId, 'annotations')}/${a.id}`;
    expect((await user.inject({ method: 'GET', url })).json().data).toEqual(a);
    const edited = await user.inject({
      method: 'PATCH',
      url,
      payload: { end_ms: null, body: 'Fixed in v2', type: 'mastering', tags: [] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().data).toMatchObject({ start_ms: 1000, end_ms: null, body: 'Fixed in v2', tags: [] });
    const unchanged = await user.inject({ method: 'PATCH', url, payload: {} });
    expect(unchanged.json().data.body).toBe('Fixed in v2');
    expect((await user.inject({ method: 'DELETE', url })).statusCode).toBe(204);
    expect((await user.inject({ method: 'GET', url })).statusCode).toBe(404);
    expect((await user.inject({ method: 'DELETE', url })).statusCode).toBe(404);
  });

  it('edits and deletes by id alone under /api/reference/annotations/:id', async () => {
    const user = await signUp(t);
    const a = await note(user, await track(user));
    const url = `/api/reference/annotations/${a.id}`;
    const res = await user.inject({ method: 'PATCH', url, payload: { is_private: false } });
    expect(res.json().data.is_private).toBe(false);
    expect((await user.inject({ method: 'DELETE', url })).statusCode).toBe(204);
    expect((await user.inject({ method: 'PATCH', url, payload: { is_private: true } })).statusCode).toBe(404);
  });

  it('answers 422 naming the field for bad times, types, text and fields, and stores nothing', async () => {
    const user = await signUp(t);
    const trackId = await track(user, 180);
    const cases: [object, string][] = [
      [{ start_ms: 5000, end_ms: 4000 }, 'body.end_ms'],
      [{ start_ms: 5000, end_ms: 5000 }, 'body.end_ms'],
      [{ start_ms: 180_001 }, 'body.start_ms'],
      [{ start_ms: 1000, end_ms: 200_000 }, 'body.end_ms'],
      [{ start_ms: -1 }, 'body.start_ms'],
      [{ start_ms: 1.5 }, 'body.start_ms'],
      [{ start_ms: TRACK_TIME_MAX_MS + 1 }, 'body.start_ms'],
      [{ type: 'rant' }, 'body.type'],
      [{ body: 'ok\u0000' }, 'body.body'],
      [{ body: 'bell\u0007' }, 'body.body'],
      [{ body: '  \n ' }, 'body.body'],
      [{ body: 'b'.repeat(10_001) }, 'body.body'],
      [{ tags: ['mix\u0001'] }, 'body.tags.0'],
      [{ tags: ['a\nb'] }, 'body.tags.0'],
      [{ tags: [''] }, 'body.tags.0'],
      [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'body.tags'],
      [{ colour: 'red' }, 'body'],
    ];
    for (const [change, path] of cases) {
      const res = await user.inject({
        method: 'POST',
        url: base(trackId, 'annotations'),
        payload: { start_ms: 1000, body: 'x', ...change },
      });
      expectInvalid(res, path);
    }
    expect(await t.database.db.select().from(track_annotations).where(eq(track_annotations.user_id, user.id))).toEqual(
      [],
    );
  });

  it('accepts any time up to 24 hours while the track’s length is unknown, and the very end when known', async () => {
    const user = await signUp(t);
    expect((await note(user, await track(user, null), { start_ms: TRACK_TIME_MAX_MS })).start_ms).toBe(
      TRACK_TIME_MAX_MS,
    );
    expect((await note(user, await track(user, 2.5), { start_ms: 0, end_ms: 2500 })).end_ms).toBe(2500);
  });

  it('refuses an edit that would end the range before its start or go beyond the track', async () => {
    const user = await signUp(t);
    const trackId = await track(user, 60);
    const a = await note(user, trackId, { start_ms: 1000, end_ms: 2000 });
    const url = `${base(trackId, 'annotations')}/${a.id}`;
    expectInvalid(await user.inject({ method: 'PATCH', url, payload: { start_ms: 3000 } }), 'body.start_ms');
    expectInvalid(await user.inject({ method: 'PATCH', url, payload: { end_ms: 500 } }), 'body.end_ms');
    expectInvalid(await user.inject({ method: 'PATCH', url, payload: { end_ms: 60_001 } }), 'body.end_ms');
    expectInvalid(await user.inject({ method: 'PATCH', url, payload: { body: '\u0000' } }), 'body.body');
    const moved = await user.inject({ method: 'PATCH', url, payload: { start_ms: 3000, end_ms: 60_000 } });
    expect(moved.json().data).toMatchObject({ start_ms: 3000, end_ms: 60_000 });
  });

  it(`answers 409 limit_reached beyond ${ANNOTATIONS_PER_TRACK} annotations on a track`, async () => {
    const user = await signUp(t);
    const trackId = await track(user);
    await t.database.db.insert(track_annotations).values(
      Array.from({ length: ANNOTATIONS_PER_TRACK }, (_, i) => ({
        user_id: user.id,
        track_id: trackId,
        start_ms: i,
        body: `n${i}`,
      })),
    );
    const res = await user.inject({
      method: 'POST',
      url: base(trackId, 'annotations'),
      payload: { start_ms: 0, body: 'x' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('limit_reached');
    await note(user, await track(user));
  });
});

describe('regions', () => {
  it('adds sections and loops with a colour, notes and favourite, listed by start time', async () => {
    const user = await signUp(t);
    const trackId = await track(user);
    const drop = await section(user, trackId);
    expect(drop).toMatchObject({ name: 'Drop', kind: 'section', color: null, notes: null, is_favorite: false });
    const loop = await section(user, trackId, {
      name: ' Snare roll ',
      kind: 'loop',
      start_ms: 10_000,
      end_ms: 12_000,
      color: '#FFAA00',
      notes: 'Practise this\nslowly',
      is_favorite: true,
    });
    expect(loop).toMatchObject({ name: 'Snare roll', kind: 'loop', color: '#ffaa00', is_favorite: true });
    const list = await user.inject({ method: 'GET', url: base(trackId, 'regions') });
    expect(list.json().data.map((r: { id: string }) => r.id)).toEqual([loop.id, drop.id]);
    expect(list.json().page).toEqual({ limit: 50, next_cursor: null });
  });

  it('reads, edits and deletes one region, also by id alone', async () => {
    const user = await signUp(t);
    const trackId = await track(user);
    const r = await section(user, trackId);
    const url = `${base(trackId, 'regions')}/${r.id}`;
    expect((await user.inject({ method: 'GET', url })).json().data).toEqual(r);
    const edited = await user.inject({
      method: 'PATCH',
      url,
      payload: { name: 'Drop 2', kind: 'loop', end_ms: 61_000, color: null, is_favorite: true },
    });
    expect(edited.json().data).toMatchObject({ name: 'Drop 2', kind: 'loop', start_ms: 30_000, end_ms: 61_000 });
    const flat = `/api/reference/regions/${r.id}`;
    expect((await user.inject({ method: 'PATCH', url: flat, payload: { notes: 'Big' } })).json().data.notes).toBe(
      'Big',
    );
    expect((await user.inject({ method: 'DELETE', url: flat })).statusCode).toBe(204);
    expect((await user.inject({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('answers 422 naming the field for bad ranges, kinds, colours and text', async () => {
    const user = await signUp(t);
    const trackId = await track(user, 120);
    const cases: [object, string][] = [
      [{ end_ms: 30_000 }, 'body.end_ms'],
      [{ end_ms: 120_001 }, 'body.end_ms'],
      [{ start_ms: 121_000, end_ms: 122_000 }, 'body.start_ms'],
      [{ end_ms: undefined }, 'body.end_ms'],
      [{ kind: 'verse' }, 'body.kind'],
      [{ color: 'red' }, 'body.color'],
      [{ color: '#fff' }, 'body.color'],
      [{ name: '' }, 'body.name'],
      [{ name: 'Drop\u0000' }, 'body.name'],
      [{ notes: 'a\u0007' }, 'body.notes'],
    ];
    for (const [change, path] of cases) {
      const res = await user.inject({
        method: 'POST',
        url: base(trackId, 'regions'),
        payload: { name: 'Drop', start_ms: 30_000, end_ms: 60_000, ...change },
      });
      expectInvalid(res, path);
    }
    const r = await section(user, trackId);
    const url = `${base(trackId, 'regions')}/${r.id}`;
    expectInvalid(await user.inject({ method: 'PATCH', url, payload: { start_ms: 60_000 } }), 'body.start_ms');
    expectInvalid(await user.inject({ method: 'PATCH', url, payload: { end_ms: null } }), 'body.end_ms');
    expect(await t.database.db.select().from(track_regions).where(eq(track_regions.user_id, user.id))).toHaveLength(1);
  });

  it(`answers 409 limit_reached beyond ${REGIONS_PER_TRACK} regions on a track`, async () => {
    const user = await signUp(t);
    const trackId = await track(user);
    await t.database.db.insert(track_regions).values(
      Array.from({ length: REGIONS_PER_TRACK }, (_, i) => ({
        user_id: user.id,
        track_id: trackId,
        name: `r${i}`,
        start_ms: i,
        end_ms: i + 1,
      })),
    );
    const res = await user.inject({
      method: 'POST',
      url: base(trackId, 'regions'),
      payload: { name: 'One more', start_ms: 0, end_ms: 1 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('limit_reached');
  });
});

describe('ownership', () => {
  for (const kind of ['annotations', 'regions'] as const) {
    const make = kind === 'annotations' ? note : section;

    it(`answers 404 for another user’s track, ${kind} and mixed ids, and changes nothing`, async () => {
      const me = await signUp(t);
      const them = await signUp(t);
      const mine = await track(me);
      const mine2 = await track(me);
      const theirs = await track(them);
      const myItem = await make(me, mine);
      const theirItem = await make(them, theirs);
      const payload = kind === 'annotations' ? { body: 'hijacked' } : { name: 'hijacked' };
      const notFound = [
        { method: 'GET', url: base(theirs, kind) },
        {
          method: 'POST',
          url: base(theirs, kind),
          payload: kind === 'annotations' ? { start_ms: 0, body: 'x' } : { name: 'x', start_ms: 0, end_ms: 1 },
        },
        { method: 'GET', url: base(randomUUID(), kind) },
        ...[
          `${base(theirs, kind)}/${theirItem.id}`,
          `${base(mine, kind)}/${theirItem.id}`,
          `${base(theirs, kind)}/${myItem.id}`,
          `${base(mine2, kind)}/${myItem.id}`,
          `/api/reference/${kind}/${theirItem.id}`,
        ].flatMap((url) => [
          { method: 'GET', url },
          { method: 'PATCH', url, payload },
          { method: 'DELETE', url },
        ]),
      ].filter((r) => !(r.method === 'GET' && r.url.startsWith(`/api/reference/${kind}/`)));
      for (const req of notFound) {
        const res = await me.inject(req as Parameters<TestUser['inject']>[0]);
        expect(res.statusCode, `${req.method} ${req.url}`).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
      const theirUrl = `${base(theirs, kind)}/${theirItem.id}`;
      expect((await them.inject({ method: 'GET', url: theirUrl })).json().data).toEqual(theirItem);
      expect((await me.inject({ method: 'GET', url: `${base(mine, kind)}/${myItem.id}` })).json().data).toEqual(myItem);
    });
  }

  it('removes a track’s annotations and regions with the track', async () => {
    const user = await signUp(t);
    const trackId = await track(user);
    const a = await note(user, trackId);
    await section(user, trackId);
    await t.database.db.delete(reference_tracks).where(eq(reference_tracks.id, trackId));
    expect(await t.database.db.select().from(track_annotations).where(eq(track_annotations.track_id, trackId))).toEqual(
      [],
    );
    expect(await t.database.db.select().from(track_regions).where(eq(track_regions.track_id, trackId))).toEqual([]);
    const flat = `/api/reference/annotations/${a.id}`;
    expect((await user.inject({ method: 'PATCH', url: flat, payload: { body: 'x' } })).statusCode).toBe(404);
    expect((await user.inject({ method: 'GET', url: base(trackId, 'annotations') })).statusCode).toBe(404);
  });
});
