import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userBlobPrefix } from '../../platform/blob-store';
import { AppError } from '../../platform/errors';
import { signUp, type TestUser } from '../../test/factories';
import { ctxFor } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { reference_tracks } from '../reference/reference.tables';
import { deleteBlob, openBlob, storeBlob } from './blobs.service';
import { blobs } from './blobs.tables';

const KB = 1024;
const MB = 1024 * KB;
/** BLOB_QUOTA_MB=1 for this file. */
const QUOTA = MB;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { BLOB_QUOTA_MB: '1' } });
});
afterAll(() => t.close());

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** `size` bytes arriving in chunks over a few event-loop turns, as a slow upload would. */
function slowBody(size: number, opts: { failAfter?: number } = {}): Readable {
  async function* chunks() {
    const chunk = 16 * KB;
    for (let sent = 0; sent < size; sent += chunk) {
      if (opts.failAfter !== undefined && sent >= opts.failAfter) throw new Error('client went away');
      await new Promise((r) => setImmediate(r));
      yield Buffer.alloc(Math.min(chunk, size - sent), 7);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

async function store(
  user: TestUser,
  body: Readable | Buffer,
  extra: { maxBytes?: number; declaredBytes?: number } = {},
) {
  return storeBlob(await ctxFor(t, user.id), {
    purpose: 'attachment',
    contentType: 'application/octet-stream',
    body,
    maxBytes: extra.maxBytes ?? QUOTA,
    declaredBytes: extra.declaredBytes,
  });
}

const rowsOf = (user: TestUser) => t.database.db.select().from(blobs).where(eq(blobs.user_id, user.id));

async function objectsOf(user: TestUser): Promise<string[]> {
  const keys: string[] = [];
  for await (const b of t.app.deps.blobs.list(userBlobPrefix(user.id))) keys.push(b.key);
  return keys.sort();
}

async function usage(user: TestUser) {
  const res = await user.inject({ method: 'GET', url: '/api/blobs/usage' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

/** The AppError a promise rejects with (failing the test if it does not). */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('storing a file', () => {
  it('writes the object under the user’s key and a stored row with its size and SHA-256', async () => {
    const user = await signUp(t);
    const content = Buffer.from('RIFF....WAVEfmt ');
    const row = await store(user, Readable.from([content.subarray(0, 4), content.subarray(4)]));
    expect(row).toMatchObject({
      user_id: user.id,
      key: `users/${user.id}/attachment/${row.id}`,
      size_bytes: content.length,
      sha256: sha256(content),
      content_type: 'application/octet-stream',
      purpose: 'attachment',
      status: 'stored',
      created_at: t.clock.now(),
    });
    expect(await objectsOf(user)).toEqual([row.key]);
    expect(await usage(user)).toEqual({ used_bytes: content.length, quota_bytes: QUOTA, count: 1 });
  });

  it('leaves no object and no row when the body breaks off, and frees the reservation', async () => {
    const user = await signUp(t);
    await expect(store(user, slowBody(600 * KB, { failAfter: 300 * KB }))).rejects.toThrow('client went away');
    expect(await rowsOf(user)).toEqual([]);
    expect(await objectsOf(user)).toEqual([]);
    expect(await usage(user)).toEqual({ used_bytes: 0, quota_bytes: QUOTA, count: 0 });
    // The whole quota is free again.
    expect((await store(user, slowBody(QUOTA))).size_bytes).toBe(QUOTA);
  });

  it('answers 413 for a file over its kind’s limit, announced or found while streaming, and keeps nothing', async () => {
    const user = await signUp(t);
    const announced = await refusal(store(user, Buffer.alloc(10), { maxBytes: 100 * KB, declaredBytes: 200 * KB }));
    expect([announced.status, announced.code]).toEqual([413, 'payload_too_large']);
    const found = await refusal(store(user, slowBody(200 * KB), { maxBytes: 100 * KB }));
    expect([found.status, found.code]).toEqual([413, 'payload_too_large']);
    // A body longer than it announced is stopped at what it announced.
    const liar = await refusal(store(user, slowBody(200 * KB), { maxBytes: 500 * KB, declaredBytes: 100 * KB }));
    expect([liar.status, liar.code]).toEqual([413, 'payload_too_large']);
    expect(await rowsOf(user)).toEqual([]);
    expect(await objectsOf(user)).toEqual([]);
  });

  it('answers 409 quota_exceeded past the quota, announced or found while streaming, and keeps nothing', async () => {
    const user = await signUp(t);
    await store(user, Buffer.alloc(700 * KB));
    const announced = await refusal(store(user, Buffer.alloc(10), { declaredBytes: 400 * KB }));
    expect([announced.status, announced.code]).toEqual([409, 'quota_exceeded']);
    expect(announced.message).toMatch(/0\.3 MB of your 1 MB are free/);
    const found = await refusal(store(user, slowBody(400 * KB)));
    expect([found.status, found.code]).toEqual([409, 'quota_exceeded']);
    expect((await rowsOf(user)).map((r) => r.size_bytes)).toEqual([700 * KB]);
    expect(await objectsOf(user)).toHaveLength(1);
    // What is left still fits, to the byte; then nothing does.
    await store(user, Buffer.alloc(QUOTA - 700 * KB));
    const full = await refusal(store(user, Buffer.alloc(0)));
    expect(full.code).toBe('quota_exceeded');
    expect(await usage(user)).toEqual({ used_bytes: QUOTA, quota_bytes: QUOTA, count: 2 });
  });

  it('lets only one of two uploads racing for the last of the quota through', async () => {
    const user = await signUp(t);
    await store(user, Buffer.alloc(300 * KB));
    // Announced, then unannounced sizes: each file would fit alone, not both.
    for (const { size, declared } of [
      { size: 400 * KB, declared: true },
      { size: 200 * KB, declared: false },
    ]) {
      const results = await Promise.allSettled(
        [0, 1].map(() => store(user, slowBody(size), { declaredBytes: declared ? size : undefined })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: 'quota_exceeded' });
      const rows = await rowsOf(user);
      expect(rows.every((r) => r.status === 'stored')).toBe(true);
      expect(await objectsOf(user)).toEqual(rows.map((r) => r.key).sort());
    }
    expect((await usage(user)).used_bytes).toBeLessThanOrEqual(QUOTA);
  });

  it('never lets many simultaneous uploads together pass the quota', async () => {
    const user = await signUp(t);
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => store(user, slowBody(300 * KB))));
    const stored = results.filter((r) => r.status === 'fulfilled');
    expect(stored.length).toBeGreaterThanOrEqual(1);
    expect(stored.length).toBeLessThanOrEqual(3);
    const { used_bytes, count } = await usage(user);
    expect(used_bytes).toBe(stored.length * 300 * KB);
    expect(count).toBe(stored.length);
    expect(await objectsOf(user)).toHaveLength(stored.length);
    expect(await rowsOf(user)).toHaveLength(stored.length);
  });

  it('counts a write under way against the quota, but not in the usage shown', async () => {
    const user = await signUp(t);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    async function* held() {
      yield Buffer.alloc(10);
      await gate;
    }
    const pending = store(user, Readable.from(held(), { objectMode: false }), { declaredBytes: 800 * KB });
    for (let i = 0; i < 50 && (await rowsOf(user)).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await rowsOf(user)).map((r) => [r.status, r.size_bytes])).toEqual([['pending', 800 * KB]]);
    expect(await usage(user)).toEqual({ used_bytes: 0, quota_bytes: QUOTA, count: 0 });
    expect((await refusal(store(user, Buffer.alloc(300 * KB)))).code).toBe('quota_exceeded');
    release();
    expect((await pending).size_bytes).toBe(10);
    expect((await store(user, Buffer.alloc(300 * KB))).size_bytes).toBe(300 * KB);
  });
});

describe('reading a file', () => {
  it('opens the user’s own file whole or by range, and no one else’s', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const row = await store(user, Buffer.from('0123456789'));
    const ctx = await ctxFor(t, user.id);
    const whole = await openBlob(ctx, row.id);
    expect([await text(whole.body), whole.size, whole.range]).toEqual(['0123456789', 10, undefined]);
    const part = await openBlob(ctx, row.id, { start: 2, end: 4 });
    expect([await text(part.body), part.range]).toEqual(['234', { start: 2, end: 4 }]);
    const open = await openBlob(ctx, row.id, { start: 7 });
    expect([await text(open.body), open.range]).toEqual(['789', { start: 7, end: 9 }]);
    const tail = await openBlob(ctx, row.id, { suffix: 4 });
    expect([await text(tail.body), tail.range]).toEqual(['6789', { start: 6, end: 9 }]);
    const beyond = await openBlob(ctx, row.id, { start: 8, end: 100 });
    expect(await text(beyond.body)).toBe('89');
    for (const range of [{ start: 10 }, { start: 5, end: 4 }, { suffix: 0 }]) {
      const err = await refusal(openBlob(ctx, row.id, range));
      expect([err.status, err.code, err.headers]).toEqual([
        416,
        'range_not_satisfiable',
        { 'content-range': 'bytes */10' },
      ]);
    }
    expect((await refusal(openBlob(await ctxFor(t, other.id), row.id))).code).toBe('not_found');
    expect((await refusal(openBlob(ctx, '00000000-0000-4000-8000-000000000000'))).code).toBe('not_found');
  });
});

describe('deleting a file', () => {
  it('removes its row and object and frees its quota; another user’s is not found', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const row = await store(user, Buffer.alloc(900 * KB));
    expect((await refusal(deleteBlob(await ctxFor(t, other.id), row.id))).code).toBe('not_found');
    await deleteBlob(await ctxFor(t, user.id), row.id);
    expect(await rowsOf(user)).toEqual([]);
    expect(await objectsOf(user)).toEqual([]);
    expect((await refusal(deleteBlob(await ctxFor(t, user.id), row.id))).code).toBe('not_found');
    expect((await store(user, Buffer.alloc(900 * KB))).size_bytes).toBe(900 * KB);
  });

  it('refuses with 409 while a track still uses it, and keeps both', async () => {
    const user = await signUp(t);
    const row = await storeBlob(await ctxFor(t, user.id), {
      purpose: 'reference_track',
      contentType: 'audio/wav',
      body: Buffer.from('RIFF'),
      maxBytes: MB,
    });
    await t.database.db.insert(reference_tracks).values({
      user_id: user.id,
      title: 'Kept',
      blob_key: row.key,
      filename: 'kept.wav',
      mime_type: 'audio/wav',
      size_bytes: 4,
    });
    const err = await refusal(deleteBlob(await ctxFor(t, user.id), row.id));
    expect([err.status, err.code]).toEqual([409, 'blob_in_use']);
    expect(await rowsOf(user)).toHaveLength(1);
    expect(await objectsOf(user)).toEqual([row.key]);
  });
});

describe('GET /api/blobs/usage', () => {
  it('counts only the user’s own stored files, and needs a signed-in user', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    expect(await usage(user)).toEqual({ used_bytes: 0, quota_bytes: QUOTA, count: 0 });
    await store(user, Buffer.alloc(1000));
    await store(user, Buffer.alloc(24));
    await store(other, Buffer.alloc(5));
    expect(await usage(user)).toEqual({ used_bytes: 1024, quota_bytes: QUOTA, count: 2 });
    expect((await t.app.inject({ method: 'GET', url: '/api/blobs/usage' })).statusCode).toBe(401);
  });
});

describe('deleting the account', () => {
  it('removes the user’s stored files with their rows', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    await store(user, Buffer.from('mine'));
    const kept = await store(other, Buffer.from('theirs'));
    const res = await user.inject({ method: 'DELETE', url: '/api/user' });
    expect(res.statusCode, res.body).toBe(204);
    expect(await objectsOf(user)).toEqual([]);
    expect(await rowsOf(user)).toEqual([]);
    expect(await objectsOf(other)).toEqual([kept.key]);
  });
});
