import { and, eq, lt, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
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

// ── For the orphan cleanup ───────────────────────────────────────────────────────────────

/** `pg_try_advisory_lock` key of the cleanup: the bytes of "blobclea". */
export const CLEANUP_LOCK = 0x626c6f62636c6561n;

/** Takes the cleanup's session lock on this connection, unless another session holds it. */
export async function tryLockCleanup(conn: DbOrTx): Promise<boolean> {
  const [row] = await queryRows<{ locked: boolean }>(conn, sql`select pg_try_advisory_lock(${CLEANUP_LOCK}) as locked`);
  return row?.locked === true;
}

export async function unlockCleanup(conn: DbOrTx): Promise<void> {
  await conn.execute(sql`select pg_advisory_unlock(${CLEANUP_LOCK})`);
}

/** Users with a row written before `cutoff`. */
export async function usersWithRowsBefore(db: DbOrTx, cutoff: Date): Promise<string[]> {
  const rows = await db.selectDistinct({ user_id: blobs.user_id }).from(blobs).where(lt(blobs.created_at, cutoff));
  return rows.map((r) => r.user_id);
}

export async function rowsOfUser(
  db: DbOrTx,
  userId: string,
): Promise<Pick<BlobRow, 'id' | 'key' | 'status' | 'created_at'>[]> {
  return db
    .select({ id: blobs.id, key: blobs.key, status: blobs.status, created_at: blobs.created_at })
    .from(blobs)
    .where(eq(blobs.user_id, userId));
}

export async function keyHasRow(db: DbOrTx, key: string): Promise<boolean> {
  const [row] = await db.select({ id: blobs.id }).from(blobs).where(eq(blobs.key, key));
  return row !== undefined;
}

/** Deletes a row in the given status (a row that changed status since it was read stays). */
export async function deleteRowIn(db: DbOrTx, id: string, status: 'pending' | 'stored'): Promise<void> {
  await db.delete(blobs).where(and(eq(blobs.id, id), eq(blobs.status, status)));
}
