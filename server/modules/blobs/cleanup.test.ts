import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BlobStore, blobKey, userBlobPrefix } from '../../platform/blob-store';
import { signUp } from '../../test/factories';
import { ctxFor } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { type S3TestServer, startS3rver } from '../../test/s3';
import { reference_tracks } from '../reference/reference.tables';
import { users } from '../user/user.tables';
import { CLEANUP_LOCK } from './blobs.repo';
import { storeBlob } from './blobs.service';
import { blobs } from './blobs.tables';
import { CLEANUP_GRACE_MS, cleanupBlobs } from './cleanup';

let t: TestApp;
let s3: S3TestServer;
beforeAll(async () => {
  t = await createTestApp();
  s3 = await startS3rver();
});
afterAll(async () => {
  await s3?.stop();
  await t.close();
});

async function keysUnder(store: BlobStore, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const b of store.list(prefix)) keys.push(b.key);
  return keys.sort();
}

const stores = [
  { name: 'the file system', store: () => t.app.deps.blobs },
  { name: 'S3 (s3rver)', store: () => s3.store },
];

describe.each(stores)('the orphan cleanup on $name', ({ store: storeOf }) => {
  it('removes objects without rows, rows without objects and unfinished writes, once past the grace period', async () => {
    const store = storeOf();
    // Object timestamps are the real time: run the clock from now.
    t.clock.set(new Date());
    const deps = { database: t.database, blobs: store, clock: t.clock };
    const ctx = { ...(await ctxFor(t, (await signUp(t)).id)), blobs: store };
    const user = ctx.userId;
    const other = await signUp(t);

    const kept = await storeBlob(ctx, {
      purpose: 'attachment',
      contentType: 'text/plain',
      body: Buffer.from('kept'),
      maxBytes: 100,
    });
    const orphan = blobKey(user, 'attachment', randomUUID());
    await store.put(orphan, Buffer.from('no row'));
    // A deleted account's files that its deletion did not reach.
    const goneUser = randomUUID();
    await store.put(blobKey(goneUser, 'avatar', randomUUID()), Buffer.from('gone'));
    // A stored row whose object was lost, and one a track still references.
    const lost = await storeBlob(ctx, {
      purpose: 'attachment',
      contentType: 'text/plain',
      body: Buffer.from('lost'),
      maxBytes: 100,
    });
    await store.delete(lost.key);
    const used = await storeBlob(ctx, {
      purpose: 'reference_track',
      contentType: 'audio/wav',
      body: Buffer.from('RIFF'),
      maxBytes: 100,
    });
    await store.delete(used.key);
    await t.database.db.insert(reference_tracks).values({
      user_id: user,
      title: 'Lost audio',
      blob_key: used.key,
      filename: 'lost.wav',
      mime_type: 'audio/wav',
      size_bytes: 4,
    });
    // A write that died with its process: a pending row and part of its object.
    const stale = randomUUID();
    const staleKey = blobKey(user, 'attachment', stale);
    await t.database.db.insert(blobs).values({
      id: stale,
      user_id: user,
      key: staleKey,
      size_bytes: 100,
      content_type: 'text/plain',
      purpose: 'attachment',
      status: 'pending',
      created_at: t.clock.now(),
    });
    await store.put(staleKey, Buffer.from('half'));
    const otherKept = await storeBlob(
      { ...(await ctxFor(t, other.id)), blobs: store },
      {
        purpose: 'attachment',
        contentType: 'text/plain',
        body: Buffer.from('theirs'),
        maxBytes: 100,
      },
    );

    // Within the grace period nothing is touched.
    expect(await cleanupBlobs(deps)).toEqual({
      orphanObjects: 0,
      missingObjects: 0,
      rowsInUse: 0,
      stalePending: 0,
      unfinishedWrites: 0,
    });
    expect(await keysUnder(store, userBlobPrefix(user))).toEqual([kept.key, orphan, staleKey].sort());

    t.clock.advance(CLEANUP_GRACE_MS + 60_000);
    const report = await cleanupBlobs(deps);
    expect(report).toMatchObject({ orphanObjects: 2, missingObjects: 1, rowsInUse: 1, stalePending: 1 });
    expect(await keysUnder(store, userBlobPrefix(user))).toEqual([kept.key]);
    expect(await keysUnder(store, userBlobPrefix(goneUser))).toEqual([]);
    expect(await keysUnder(store, userBlobPrefix(other.id))).toEqual([otherKept.key]);
    const rows = await t.database.db.select({ key: blobs.key }).from(blobs).where(eq(blobs.user_id, user));
    expect(rows.map((r) => r.key).sort()).toEqual([kept.key, used.key].sort());

    // The next store's run shares this database: leave it no rows of this one's objects.
    await t.database.db.delete(users).where(inArray(users.id, [user, other.id]));
    await store.deletePrefix('users');
  });
});

describe('running the cleanup', () => {
  it('runs once at a time in a process', async () => {
    const deps = { database: t.database, blobs: t.app.deps.blobs, clock: t.clock };
    const [a, b] = await Promise.all([cleanupBlobs(deps), cleanupBlobs(deps)]);
    expect([a === null, b === null].sort()).toEqual([false, true]);
  });

  it.skipIf(!inject('databaseUrl'))('skips while another instance holds the lock (PostgreSQL server)', async () => {
    const deps = { database: t.database, blobs: t.app.deps.blobs, clock: t.clock };
    let release: () => void = () => {};
    let held: () => void = () => {};
    const holding = new Promise<void>((r) => {
      held = r;
    });
    // Another instance, as far as PostgreSQL can tell: a session of its own holding the lock.
    const other = t.database.withConnection(async (conn) => {
      await conn.execute(sql`select pg_advisory_lock(${CLEANUP_LOCK})`);
      held();
      await new Promise<void>((r) => {
        release = r;
      });
      await conn.execute(sql`select pg_advisory_unlock(${CLEANUP_LOCK})`);
    });
    await holding;
    expect(await cleanupBlobs(deps)).toBeNull();
    release();
    await other;
    expect(await cleanupBlobs(deps)).not.toBeNull();
  });
});
