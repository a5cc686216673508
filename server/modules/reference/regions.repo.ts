import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { track_regions } from './reference.tables';
import { trackItemQueries } from './track-items.repo';

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

/** Count, find (with the track's length), insert, update and delete. */
export const regions = trackItemQueries(track_regions);
