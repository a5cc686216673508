import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userBlobPrefix } from '../../platform/blob-store';
import { fixture, formFrame, generated, multipartForm, rawUpload, uploadFile, wav } from '../../test/audio';
import { signUp, type TestUser } from '../../test/factories';
import { ctxFor } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { listen } from '../../test/sse';
import { storeBlob } from '../blobs';
import { blobs } from '../blobs/blobs.tables';
import { reference_tracks } from './reference.tables';

const KB = 1024;
const MB = 1024 * KB;

/** TRACK_MAX_MB=1 and BLOB_QUOTA_MB=4 here; a second app on the same database keeps the defaults. */
let t: TestApp;
let real: TestApp;
let base: string;
let realBase: string;
let origin: string;
beforeAll(async () => {
  t = await createTestApp({ env: { TRACK_MAX_MB: '1', BLOB_QUOTA_MB: '4', RATE_LIMIT_WRITE: '10000' } });
  real = await createTestApp({ database: t.database, env: { RATE_LIMIT_WRITE: '10000' } });
  base = await listen(t.app);
  realBase = await listen(real.app);
  origin = t.config.publicOrigin;
});
afterAll(async () => {
  await real.close();
  await t.close();
});

const rowsOf = async (user: TestUser) => ({
  blobs: await t.database.db.select().from(blobs).where(eq(blobs.user_id, user.id)),
  tracks: await t.database.db.select().from(reference_tracks).where(eq(reference_tracks.user_id, user.id)),
});
async function objectsOf(app: TestApp, user: TestUser): Promise<string[]> {
  const keys: string[] = [];
  for await (const b of app.app.deps.blobs.list(userBlobPrefix(user.id))) keys.push(b.key);
  return keys;
}
/** Nothing of an upload is left: no row, no object. */
async function expectNothingLeft(user: TestUser, app = t) {
  // A refused upload cleans up as it answers; a broken-off one as soon as the server notices.
  await expect.poll(async () => (await rowsOf(user)).blobs.length, { timeout: 5000 }).toBe(0);
  expect((await rowsOf(user)).tracks).toEqual([]);
  expect(await objectsOf(app, user)).toEqual([]);
}

describe('POST /api/reference/tracks', () => {
  it('stores a WAV with its format, titled from the file name', async () => {
    const user = await signUp(t);
    const content = wav({ seconds: 1, sampleRate: 8000, channels: 2, kind: 'noise' });
    const res = await uploadFile(base, user, origin, content, 'Kick Study.v2.wav', 'text/plain');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data).toMatchObject({
      title: 'Kick Study.v2',
      artist: null,
      filename: 'Kick Study.v2.wav',
      mime_type: 'audio/wav',
      size_bytes: content.length,
      duration_seconds: 1,
      sample_rate: 8000,
      channels: 2,
      tags: [],
      is_favorite: false,
    });
    const { blobs: stored } = await rowsOf(user);
    expect(stored).toMatchObject([{ purpose: 'reference_track', status: 'stored', content_type: 'audio/wav' }]);
    expect(await objectsOf(t, user)).toEqual([stored[0]?.key]);
  });

  it.each([
    ['clip.mp3', 'audio/mpeg', 22050, 1],
    ['clip.flac', 'audio/flac', 8000, 1],
    ['clip.ogg', 'audio/ogg', 22050, 1],
    ['clip.opus', 'audio/ogg; codecs=opus', 48000, 1],
    ['clip.m4a', 'audio/mp4', 22050, 2],
    ['audio-only.mp4', 'audio/mp4', 22050, 2],
  ])('accepts %s as %s and reads its tags and format', async (name, mime, sampleRate, channels) => {
    const user = await signUp(t);
    // Named and declared as something else: only the content counts.
    const res = await uploadFile(base, user, origin, fixture(name), 'renamed.txt', 'text/plain');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data).toMatchObject({
      title: 'Sine Study',
      artist: 'Test Tone',
      album: 'Fixtures',
      mime_type: mime,
      sample_rate: sampleRate,
      channels,
    });
    expect(res.body.data?.duration_seconds).toBeCloseTo(1.5, 0);
  });

  it('accepts raw AAC (ADTS), titled from the file name', async () => {
    const user = await signUp(t);
    const res = await uploadFile(base, user, origin, fixture('clip.aac'), 'loop.aac');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data).toMatchObject({ title: 'loop', mime_type: 'audio/aac', sample_rate: 22050, channels: 1 });
  });

  it('refuses a text file named like audio with 415, by its content', async () => {
    const user = await signUp(t);
    const res = await uploadFile(
      base,
      user,
      origin,
      Buffer.from('just some notes\n'.repeat(100)),
      'song.mp3',
      'audio/mpeg',
    );
    expect(res.status).toBe(415);
    expect(res.body.error?.code).toBe('unsupported_media_type');
    await expectNothingLeft(user);
  });

  it('refuses an MP4 with a video track with 415 once it has read it, and keeps nothing', async () => {
    const user = await signUp(t);
    const res = await uploadFile(base, user, origin, fixture('with-video.mp4'), 'clip.m4a', 'audio/mp4');
    expect(res.status).toBe(415);
    expect(res.body.error?.code).toBe('unsupported_media_type');
    await expectNothingLeft(user);
  });

  it('refuses an empty file, a form without a file and a body that is not a form', async () => {
    const user = await signUp(t);
    expect((await uploadFile(base, user, origin, Buffer.alloc(0), 'empty.wav')).status).toBe(415);
    const fields = new FormData();
    fields.append('title', 'no file');
    const noFile = await fetch(`${base}/api/reference/tracks`, {
      method: 'POST',
      body: fields,
      headers: { cookie: user.cookie, origin },
    });
    expect(noFile.status).toBe(422);
    const json = await user.inject({ method: 'POST', url: '/api/reference/tracks', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    const broken = multipartForm('a.wav', wav({ seconds: 0.1 }));
    const truncated = await user.inject({
      method: 'POST',
      url: '/api/reference/tracks',
      payload: broken.payload.subarray(0, broken.payload.length - 30),
      headers: { 'content-type': broken.contentType },
    });
    expect(truncated.statusCode).toBe(400);
    const noBoundary = await user.inject({
      method: 'POST',
      url: '/api/reference/tracks',
      payload: broken.payload,
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect(noBoundary.statusCode).toBe(400);
    await expectNothingLeft(user);
  });

  it('refuses a stream over the limit with 413 as it passes the limit, keeping nothing', async () => {
    const user = await signUp(t);
    // Sent chunked, so nothing announces its size: the limit (TRACK_MAX_MB=1 here) stops it.
    const res = await rawUpload(base, user, origin, { filename: 'long.wav', chunks: generated(3 * MB) });
    expect(res).toMatchObject({ status: 413 });
    expect(JSON.parse((res as { body: string }).body).error.code).toBe('payload_too_large');
    await expectNothingLeft(user);
  });

  it('refuses a form announced over 200 MB with 413 before reading it (the default limit)', async () => {
    const user = await signUp(real);
    const res = await rawUpload(realBase, user, origin, {
      filename: 'huge.wav',
      contentLength: 201 * MB,
      chunks: generated(201 * MB),
    });
    expect(res).toMatchObject({ status: 413 });
    await expectNothingLeft(user, real);
  });

  it('refuses a stream that grows past 200 MB with 413, never holding it (the default limit)', async () => {
    const user = await signUp(real);
    const used = process.memoryUsage().rss;
    const res = await rawUpload(realBase, user, origin, { filename: 'huge.wav', chunks: generated(200 * MB + 1) });
    expect(res).toMatchObject({ status: 413 });
    expect(JSON.parse((res as { body: string }).body).error.message).toContain('200 MB');
    // The stream went to the store as it came: the process did not grow by anything like its size.
    expect(process.memoryUsage().rss - used).toBeLessThan(150 * MB);
    await expectNothingLeft(user, real);
  }, 60_000);

  it('refuses an upload that runs out of quota mid-way, keeping nothing of it', async () => {
    const user = await signUp(t);
    await fill(user, 3.2 * MB);
    const res = await rawUpload(base, user, origin, { filename: 'big.wav', chunks: generated(0.95 * MB) });
    expect(res).toMatchObject({ status: 409 });
    expect(JSON.parse((res as { body: string }).body).error.code).toBe('quota_exceeded');
    const { blobs: left, tracks } = await rowsOf(user);
    expect(left.map((b) => b.purpose)).toEqual(['attachment']);
    expect(tracks).toEqual([]);
    expect(await objectsOf(t, user)).toHaveLength(1);
  });

  it('lets only one of two uploads racing for the last of the quota succeed', async () => {
    const user = await signUp(t);
    await fill(user, 3.2 * MB);
    const content = wav({ seconds: 37, sampleRate: 8000 }); // about 0.6 MB: one fits, two do not
    const results = await Promise.all([
      uploadFile(base, user, origin, content, 'a.wav'),
      uploadFile(base, user, origin, content, 'b.wav'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const { blobs: left, tracks } = await rowsOf(user);
    expect(tracks).toHaveLength(1);
    expect(left.map((b) => b.status)).toEqual(['stored', 'stored']);
    expect(await objectsOf(t, user)).toHaveLength(2);
  });

  it('keeps nothing of an upload whose client goes away half-way', async () => {
    const user = await signUp(t);
    const size = 900 * KB;
    const res = await rawUpload(base, user, origin, {
      filename: 'gone.wav',
      contentLength: formFrame('gone.wav').before.length + size + formFrame('gone.wav').after.length,
      chunks: generated(size),
      disconnectAfter: 300 * KB,
    });
    expect(res).toBe('disconnected');
    await expectNothingLeft(user);
    // The server is still there for the next one.
    expect((await uploadFile(base, user, origin, wav({ seconds: 0.2 }), 'next.wav')).status).toBe(201);
  });
});

/** Takes `bytes` of the user's quota with another file. */
async function fill(user: TestUser, bytes: number) {
  await storeBlob(await ctxFor(t, user.id), {
    purpose: 'attachment',
    contentType: 'application/octet-stream',
    body: Buffer.alloc(Math.round(bytes)),
    maxBytes: 4 * MB,
  });
}
