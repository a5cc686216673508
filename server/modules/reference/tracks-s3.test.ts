import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userBlobPrefix } from '../../platform/blob-store';
import { fixture, generated, rawUpload, uploadFile } from '../../test/audio';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { type S3TestServer, startS3rver } from '../../test/s3';
import { listen } from '../../test/sse';

/** The same upload and playback paths on the S3 store (s3rver on loopback). */
let s3: S3TestServer;
let t: TestApp;
let base: string;
beforeAll(async () => {
  s3 = await startS3rver();
  t = await createTestApp({ blobs: s3.store, env: { TRACK_MAX_MB: '1' } });
  base = await listen(t.app);
});
afterAll(async () => {
  await t.close();
  await s3.stop();
});

async function objectsOf(user: TestUser): Promise<string[]> {
  const keys: string[] = [];
  for await (const b of s3.store.list(userBlobPrefix(user.id))) keys.push(b.key);
  return keys;
}

describe('reference tracks on the S3 store', () => {
  it('stores an upload, reads its tags back from the bucket, serves a range and deletes it', async () => {
    const user = await signUp(t);
    const content = fixture('clip.flac');
    const res = await uploadFile(base, user, t.config.publicOrigin, content, 'clip.flac');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data).toMatchObject({ title: 'Sine Study', mime_type: 'audio/flac', sample_rate: 8000 });
    const id = res.body.data?.id as string;
    expect(await objectsOf(user)).toHaveLength(1);

    const ranged = await fetch(`${base}/api/reference/tracks/${id}/audio`, {
      headers: { cookie: user.cookie, range: 'bytes=-100' },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(
      `bytes ${content.length - 100}-${content.length - 1}/${content.length}`,
    );
    expect(Buffer.from(await ranged.arrayBuffer()).equals(content.subarray(-100))).toBe(true);

    expect((await user.inject({ method: 'DELETE', url: `/api/reference/tracks/${id}` })).statusCode).toBe(204);
    expect(await objectsOf(user)).toEqual([]);
  });

  it('keeps nothing in the bucket of a refused or broken-off upload', async () => {
    const user = await signUp(t);
    const video = await uploadFile(base, user, t.config.publicOrigin, fixture('with-video.mp4'), 'v.mp4');
    expect(video.status).toBe(415);
    const long = await rawUpload(base, user, t.config.publicOrigin, {
      filename: 'l.wav',
      chunks: generated(2 * 1024 * 1024),
    });
    expect(long).toMatchObject({ status: 413 });
    const gone = await rawUpload(base, user, t.config.publicOrigin, {
      filename: 'g.wav',
      contentLength: 900 * 1024,
      chunks: generated(800 * 1024),
      disconnectAfter: 200 * 1024,
    });
    expect(gone).toBe('disconnected');
    await expect.poll(() => objectsOf(user), { timeout: 5000 }).toEqual([]);
  });
});
