import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { blobs } from './blobs.tables';

export type BlobRow = typeof blobs.$inferSelect;

/** Holds the user's blob reservations in turn until the transaction ends, so the quota sum is exact. */
export async function lockUserBlobs(db: DbOrTx, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`blobs:${userId}`}))`);
}

/** Bytes the user's rows hold: stored objects, and what writes under way have reserved. */
export async function heldBytes(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<string>`coalesce(sum(${blobs.size_bytes}), 0)` })
    .from(blobs)
    .where(eq(blobs.user_id, userId));
  return Number(row?.n ?? 0);
}

/** The user's stored objects: their total size and how many there are. */
export async function storedUsage(db: DbOrTx, userId: string): Promise<{ bytes: number; count: number }> {
  const [row] = await db
    .select({ bytes: sql<string>`coalesce(sum(${blobs.size_bytes}), 0)`, count: sql<number>`count(*)::int` })
    .from(blobs)
    .where(and(eq(blobs.user_id, userId), eq(blobs.status, 'stored')));
  return { bytes: Number(row?.bytes ?? 0), count: row?.count ?? 0 };
}

export async function insertPending(
  db: DbOrTx,
  values: Pick<BlobRow, 'id' | 'user_id' | 'key' | 'size_bytes' | 'content_type' | 'purpose' | 'created_at'>,
): Promise<void> {
  await db.insert(blobs).values({ ...values, status: 'pending' });
}

/** Turns the pending row into the stored object's; null when the row is gone (the account was deleted). */
export async function settle(
  db: DbOrTx,
  userId: string,
  id: string,
  stored: { size: number; sha256: string },
): Promise<BlobRow | null> {
  const [row] = await db
    .update(blobs)
    .set({ status: 'stored', size_bytes: stored.size, sha256: stored.sha256 })
    .where(and(eq(blobs.user_id, userId), eq(blobs.id, id), eq(blobs.status, 'pending')))
    .returning();
  return row ?? null;
}

/** Releases a reservation whose write failed. */
export async function deletePending(db: DbOrTx, userId: string, id: string): Promise<void> {
  await db.delete(blobs).where(and(eq(blobs.user_id, userId), eq(blobs.id, id), eq(blobs.status, 'pending')));
}

export async function findStored(db: DbOrTx, userId: string, id: string): Promise<BlobRow | null> {
  const [row] = await db
    .select()
    .from(blobs)
    .where(and(eq(blobs.user_id, userId), eq(blobs.id, id), eq(blobs.status, 'stored')));
  return row ?? null;
}

export async function deleteStored(db: DbOrTx, userId: string, id: string): Promise<BlobRow | null> {
  const [row] = await db
    .delete(blobs)
    .where(and(eq(blobs.user_id, userId), eq(blobs.id, id), eq(blobs.status, 'stored')))
    .returning();
  return row ?? null;
}

/** A delete refused because another row still references the blob (23503, however deep the driver wraps it). */
export function isForeignKeyViolation(err: unknown): boolean {
  let cur = err as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; cur && depth < 4; depth++) {
    if (cur.code === '23503') return true;
    cur = cur.cause as typeof cur;
  }
  return false;
}
