import { and, asc, count, eq, getTableColumns } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import type { Placement } from './annotations.repo';
import { reference_tracks, track_regions } from './reference.tables';

export type RegionRow = typeof track_regions.$inferSelect;
export type RegionValues = Pick<RegionRow, 'name' | 'kind' | 'start_ms' | 'end_ms' | 'color' | 'notes' | 'is_favorite'>;

/** A track's regions by start time, keyset on (start_ms, id), served by `track_regions_track_start_idx`. */
export async function listRegions(
  db: DbOrTx,
  userId: string,
  trackId: string,
  f: { after?: [number, string]; limit: number },
): Promise<RegionRow[]> {
  const t = track_regions;
  return db
    .select()
    .from(t)
    .where(
      and(
        eq(t.user_id, userId),
        eq(t.track_id, trackId),
        f.after ? afterKey([t.start_ms, t.id], f.after, 'asc') : undefined,
      ),
    )
    .orderBy(asc(t.start_ms), asc(t.id))
    .limit(f.limit + 1);
}

export async function countRegions(db: DbOrTx, userId: string, trackId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(track_regions)
    .where(and(eq(track_regions.user_id, userId), eq(track_regions.track_id, trackId)));
  return row?.n ?? 0;
}

/**
 * One of the user's regions with its track's length; `lock` holds it until the transaction
 * ends. Null when it is missing, another user's, or not on `trackId`.
 */
export async function findRegion(
  db: DbOrTx,
  userId: string,
  id: string,
  where: Placement,
  lock = false,
): Promise<(RegionRow & { duration_seconds: number | null }) | null> {
  const t = track_regions;
  const query = db
    .select({ ...getTableColumns(t), duration_seconds: reference_tracks.duration_seconds })
    .from(t)
    .innerJoin(reference_tracks, and(eq(reference_tracks.id, t.track_id), eq(reference_tracks.user_id, userId)))
    .where(and(eq(t.user_id, userId), eq(t.id, id), where.trackId ? eq(t.track_id, where.trackId) : undefined));
  const [row] = lock ? await query.for('update', { of: t }) : await query;
  return row ?? null;
}

export async function insertRegion(
  db: DbOrTx,
  userId: string,
  trackId: string,
  values: RegionValues,
): Promise<RegionRow> {
  const [row] = await db
    .insert(track_regions)
    .values({ ...values, user_id: userId, track_id: trackId })
    .returning();
  if (!row) throw new Error('insert of a region returned no row');
  return row;
}

export async function updateRegion(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<RegionValues>,
): Promise<RegionRow | null> {
  const [row] = await db
    .update(track_regions)
    .set(patch)
    .where(and(eq(track_regions.user_id, userId), eq(track_regions.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteRegion(db: DbOrTx, userId: string, id: string, where: Placement): Promise<boolean> {
  const t = track_regions;
  const rows = await db
    .delete(t)
    .where(and(eq(t.user_id, userId), eq(t.id, id), where.trackId ? eq(t.track_id, where.trackId) : undefined))
    .returning({ id: t.id });
  return rows.length > 0;
}
