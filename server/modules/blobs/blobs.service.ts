import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { BlobUsage } from '#common/contracts/blobs';
import type { BlobPurpose } from '#common/enums';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { BlobTooLargeError, blobKey, userBlobPrefix } from '../../platform/blob-store';
import { AppError, conflict, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { frameStorageBytes } from '../frames';
import * as repo from './blobs.repo';

export type { BlobRow } from './blobs.repo';

const MB = 1024 * 1024;
const inMb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

const quotaExceeded = (quota: number, held: number) =>
  conflict(
    `This file does not fit in your storage: ${inMb(Math.max(0, quota - held))} of your ${inMb(quota)} are free.`,
    'quota_exceeded',
  );

const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', `Files here can be at most ${inMb(maxBytes)}.`);

export interface StoreBlobInput {
  purpose: BlobPurpose;
  contentType: string;
  body: Readable | Buffer;
  /** The most bytes this kind of file may have (413 beyond). */
  maxBytes: number;
  /** The size the client announced (Content-Length), when it did: reserved instead of `maxBytes`. */
  declaredBytes?: number;
}

/**
 * Stores a file for the user under their quota, and answers its row.
 *
 * 1. One transaction, under the user's lock, checks the quota against every byte their rows
 *    hold and writes a `pending` row reserving the declared size, or else `maxBytes` (at most
 *    what is free): two writes racing for the last of the quota cannot both get it.
 * 2. The body streams to the store, which stops it past the reservation.
 * 3. The row becomes `stored` with the real size and SHA-256, freeing the rest of the reservation.
 *
 * A write that fails (the body breaks off, is too large, the store fails) removes its object
 * and its row, and so its reservation. If the process dies mid-write, the pending row and any
 * unfinished object are left for the orphan cleanup.
 */
export async function storeBlob(ctx: Ctx, input: StoreBlobInput): Promise<repo.BlobRow> {
  const { maxBytes, declaredBytes } = input;
  if (declaredBytes !== undefined && declaredBytes > maxBytes) throw tooLarge(maxBytes);
  const quota = ctx.config.blobQuotaBytes;
  const id = randomUUID();
  const key = blobKey(ctx.userId, input.purpose, id);
  const limit = await ctx.database.db.transaction(async (tx) => {
    await repo.lockUserBlobs(tx, ctx.userId);
    // Files, and the frame timelines of the user's analyses.
    const held = (await repo.heldBytes(tx, ctx.userId)) + (await frameStorageBytes(tx, ctx.userId));
    const free = quota - held;
    const reserve = Math.min(declaredBytes ?? maxBytes, free);
    if (free <= 0 || (declaredBytes !== undefined && declaredBytes > free)) throw quotaExceeded(quota, held);
    await repo.insertPending(tx, {
      id,
      user_id: ctx.userId,
      key,
      size_bytes: reserve,
      content_type: input.contentType,
      purpose: input.purpose,
      created_at: ctx.clock.now(),
    });
    return { reserve, held };
  });

  let stored: { size: number; sha256: string };
  try {
    stored = await ctx.blobs.put(key, input.body, { contentType: input.contentType, maxBytes: limit.reserve });
  } catch (err) {
    await release(ctx, id, key);
    if (err instanceof BlobTooLargeError) {
      throw limit.reserve < maxBytes && declaredBytes === undefined
        ? quotaExceeded(quota, limit.held)
        : tooLarge(maxBytes);
    }
    throw err;
  }
  const row = await repo.settle(ctx.database.db, ctx.userId, id, stored).catch(async (err) => {
    await release(ctx, id, key);
    throw err;
  });
  if (!row) {
    // The account (or the reservation) went while the file was written.
    await ctx.blobs.delete(key).catch(() => {});
    throw notFound('user');
  }
  return row;
}

/** Undoes a write that did not complete: its object if any, then its reservation. */
async function release(ctx: Ctx, id: string, key: string): Promise<void> {
  // The store leaves nothing after a failed put; this covers a put that completed but whose
  // answer was lost. What cannot be removed now, the orphan cleanup removes later.
  await ctx.blobs.delete(key).catch(() => {});
  await repo.deletePending(ctx.database.db, ctx.userId, id).catch(() => {});
}

/** An inclusive byte range (`end` omitted: to the end), or the last `suffix` bytes. */
export type ByteRange = { start: number; end?: number } | { suffix: number };

export interface OpenBlob {
  blob: repo.BlobRow;
  body: Readable;
  /** The whole file's size. */
  size: number;
  /** The inclusive range `body` holds, when one was asked for. */
  range?: { start: number; end: number };
}

/**
 * One of the user's files, whole or a byte range of it (404 for another user's or a pending
 * one; 416 for a range outside the file, with the `Content-Range` to send).
 */
export async function openBlob(ctx: Ctx, id: string, range?: ByteRange): Promise<OpenBlob> {
  const blob = await repo.findStored(ctx.database.db, ctx.userId, id);
  if (!blob) throw notFound('file');
  const size = blob.size_bytes;
  let wanted: { start: number; end: number } | undefined;
  if (range) {
    wanted =
      'suffix' in range
        ? { start: Math.max(0, size - range.suffix), end: size - 1 }
        : { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
    const empty = 'suffix' in range ? range.suffix <= 0 : range.start > (range.end ?? range.start);
    if (empty || wanted.start >= size || wanted.start < 0) {
      throw new AppError('range_not_satisfiable', 'The requested range is outside the file.', undefined, 416, {
        'content-range': `bytes */${size}`,
      });
    }
  }
  const object = await ctx.blobs.get(blob.key, wanted);
  if (!object) throw notFound('file');
  return { blob, body: object.body, size: object.size, range: wanted };
}

/** Deletes one of the user's files: its row (409 while something still uses it), then its object. */
export async function deleteBlob(ctx: Ctx, id: string): Promise<void> {
  const row = await repo.deleteStored(ctx.database.db, ctx.userId, id).catch((err) => {
    if (repo.isForeignKeyViolation(err)) throw conflict('This file is still in use.', 'blob_in_use');
    throw err;
  });
  if (!row) throw notFound('file');
  // The row is gone, so the file is; an object the store keeps now is an orphan the cleanup removes.
  await ctx.blobs.delete(row.key).catch(() => {});
}

/**
 * Deletes the row of one of the user's files inside the caller's transaction, so it goes with
 * the row that used it, and answers the removal of its object, to run once that has committed
 * (null when there is no such file).
 */
export async function deleteBlobWith(
  ctx: Ctx,
  tx: DbOrTx,
  id: string,
): Promise<{ removeObject: () => Promise<void> } | null> {
  const row = await repo.deleteStored(tx, ctx.userId, id);
  if (!row) return null;
  // An object the store keeps after this is an orphan the cleanup removes.
  return { removeObject: () => ctx.blobs.delete(row.key).catch(() => {}) };
}

/** Removes every object of a user from the store (their rows go with the account's cascade). */
export async function deleteUserBlobs(platform: Pick<Platform, 'blobs'>, userId: string): Promise<void> {
  await platform.blobs.deletePrefix(userBlobPrefix(userId));
}

export async function usage(ctx: Ctx): Promise<BlobUsage> {
  return usageOf(ctx, ctx.userId);
}

/** A user's storage against the quota: their stored files and frames (the admin console reads anyone's). */
export async function usageOf(deps: Pick<Platform, 'database' | 'config'>, userId: string): Promise<BlobUsage> {
  const stored = await repo.storedUsage(deps.database.db, userId);
  const frames = await frameStorageBytes(deps.database.db, userId);
  return { used_bytes: stored.bytes + frames, quota_bytes: deps.config.blobQuotaBytes, count: stored.count };
}
