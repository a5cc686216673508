import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { blobs } from '../blobs/blobs.tables';
import { reference_tracks } from '../reference/reference.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An uploaded track of `user`, as the upload will leave it (blob row and track row). */
async function uploadedTrack(user: TestUser, title: string): Promise<string> {
  const key = `users/${user.id}/reference_track/${randomUUID()}`;
  await t.database.db
    .insert(blobs)
    .values({ user_id: user.id, key, size_bytes: 1000, content_type: 'audio/mpeg', purpose: 'reference_track' });
  const [row] = await t.database.db
    .insert(reference_tracks)
    .values({
      user_id: user.id,
      title,
      artist: 'Someone',
      blob_key: key,
      filename: `${title}.mp3`,
      mime_type: 'audio/mpeg',
      size_bytes: 1000,
      duration_seconds: 180,
    })
    .returning({ id: reference_tracks.id });
  return row?.id as string;
}

const create = (user: TestUser, payload: Record<string, unknown>) =>
  user.inject({ method: 'POST', url: '/api/focus/libraries', payload });
const addTrack = (user: TestUser, id: string, payload: Record<string, unknown>) =>
  user.inject({ method: 'POST', url: `/api/focus/libraries/${id}/tracks`, payload });

describe('/api/focus/libraries', () => {
  it('creates, reads, renames and deletes a library', async () => {
    const user = await signUp(t);
    const res = await create(user, { name: ' Rain ', description: 'Calm' });
    expect(res.statusCode).toBe(201);
    const lib = res.json().data;
    expect(lib).toMatchObject({ name: 'Rain', description: 'Calm', is_favorite: false, track_count: 0, tracks: [] });

    const got = await user.inject({ method: 'GET', url: `/api/focus/libraries/${lib.id}` });
    expect(got.json().data).toMatchObject({ id: lib.id, name: 'Rain' });

    const patched = await user.inject({
      method: 'PATCH',
      url: `/api/focus/libraries/${lib.id}`,
      payload: { name: 'Storm', description: null, is_favorite: true },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().data).toMatchObject({ name: 'Storm', description: null, is_favorite: true });

    const del = await user.inject({ method: 'DELETE', url: `/api/focus/libraries/${lib.id}` });
    expect(del.statusCode).toBe(204);
    expect((await user.inject({ method: 'GET', url: `/api/focus/libraries/${lib.id}` })).statusCode).toBe(404);
  });

  it('lists the libraries newest first with their track counts, page by page', async () => {
    const user = await signUp(t);
    const names = ['One', 'Two', 'Three'];
    const made: string[] = [];
    for (const name of names) {
      made.push((await create(user, { name })).json().data.id);
      t.clock.advance(1000);
    }
    await addTrack(user, made[0] as string, { track_id: await uploadedTrack(user, 'Waves') });
    const first = (await user.inject({ method: 'GET', url: '/api/focus/libraries?limit=2' })).json();
    expect(first.data.map((l: { name: string }) => l.name)).toEqual(['Three', 'Two']);
    const cursor = first.page.next_cursor;
    expect(cursor).toBeTruthy();
    const second = (await user.inject({ method: 'GET', url: `/api/focus/libraries?limit=2&cursor=${cursor}` })).json();
    expect(second.data).toMatchObject([{ name: 'One', track_count: 1 }]);
    expect(second.page.next_cursor).toBeNull();
  });

  it('adds the user’s tracks in order, refuses a duplicate, and takes one out again', async () => {
    const user = await signUp(t);
    const lib = (await create(user, { name: 'Focus mix' })).json().data;
    const [a, b] = [await uploadedTrack(user, 'Alpha'), await uploadedTrack(user, 'Beta')];
    expect((await addTrack(user, lib.id, { track_id: a })).statusCode).toBe(201);
    const added = await addTrack(user, lib.id, { track_id: b });
    expect(added.statusCode).toBe(201);
    expect(added.json().data).toMatchObject({
      track_count: 2,
      tracks: [
        { track_id: a, title: 'Alpha', artist: 'Someone', duration_seconds: 180, sort_order: 0 },
        { track_id: b, title: 'Beta', sort_order: 1 },
      ],
    });
    const again = await addTrack(user, lib.id, { track_id: a });
    expect(again.statusCode).toBe(409);

    const removed = await user.inject({ method: 'DELETE', url: `/api/focus/libraries/${lib.id}/tracks/${a}` });
    expect(removed.statusCode).toBe(204);
    const after = (await user.inject({ method: 'GET', url: `/api/focus/libraries/${lib.id}` })).json().data;
    expect(after.tracks.map((x: { track_id: string }) => x.track_id)).toEqual([b]);
    const gone = await user.inject({ method: 'DELETE', url: `/api/focus/libraries/${lib.id}/tracks/${a}` });
    expect(gone.statusCode).toBe(404);
  });

  it('answers 404 for a track that does not exist or belongs to someone else', async () => {
    const [user, other] = [await signUp(t), await signUp(t)];
    const lib = (await create(user, { name: 'Mine' })).json().data;
    const foreign = await uploadedTrack(other, 'Not yours');
    for (const track_id of [randomUUID(), foreign]) {
      const res = await addTrack(user, lib.id, { track_id });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await user.inject({ method: 'GET', url: `/api/focus/libraries/${lib.id}` })).json().data.tracks).toEqual(
      [],
    );
  });

  it('answers 404 for another user’s library on every id route', async () => {
    const [owner, other] = [await signUp(t), await signUp(t)];
    const lib = (await create(owner, { name: 'Private' })).json().data;
    const ownTrack = await uploadedTrack(owner, 'Owner track');
    await addTrack(owner, lib.id, { track_id: ownTrack });
    const otherTrack = await uploadedTrack(other, 'Other track');
    const attempts = [
      other.inject({ method: 'GET', url: `/api/focus/libraries/${lib.id}` }),
      other.inject({ method: 'PATCH', url: `/api/focus/libraries/${lib.id}`, payload: { name: 'Mine now' } }),
      other.inject({ method: 'DELETE', url: `/api/focus/libraries/${lib.id}` }),
      addTrack(other, lib.id, { track_id: otherTrack }),
      other.inject({ method: 'DELETE', url: `/api/focus/libraries/${lib.id}/tracks/${ownTrack}` }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const still = (await owner.inject({ method: 'GET', url: `/api/focus/libraries/${lib.id}` })).json().data;
    expect(still).toMatchObject({ name: 'Private', track_count: 1 });
    expect((await other.inject({ method: 'GET', url: '/api/focus/libraries' })).json().data).toEqual([]);
  });

  it('answers 422 for bad bodies and 400 for bad ids', async () => {
    const user = await signUp(t);
    for (const payload of [
      {},
      { name: '' },
      { name: 'x'.repeat(101) },
      { name: 'A', description: 'x'.repeat(2001) },
      { name: 'A', colour: 'red' },
    ]) {
      expect((await create(user, payload)).statusCode, JSON.stringify(payload)).toBe(422);
    }
    const lib = (await create(user, { name: 'Ok' })).json().data;
    for (const payload of [{}, { track_id: 'nope' }, { track_id: randomUUID(), sort_order: -1 }]) {
      expect((await addTrack(user, lib.id, payload)).statusCode, JSON.stringify(payload)).toBe(422);
    }
    expect((await user.inject({ method: 'GET', url: '/api/focus/libraries/nope' })).statusCode).toBe(400);
    expect(
      (await user.inject({ method: 'DELETE', url: `/api/focus/libraries/${lib.id}/tracks/nope` })).statusCode,
    ).toBe(400);
  });
});
