import { and, arrayContains, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { track_annotations } from './reference.tables';
import { trackItemQueries } from './track-items.repo';

export type AnnotationRow = typeof track_annotations.$inferSelect;
export type AnnotationValues = Pick<AnnotationRow, 'start_ms' | 'end_ms' | 'type' | 'body' | 'tags' | 'is_private'>;

export interface AnnotationFilter {
  type?: string;
  tag?: string;
  /** The last row served: [start_ms, id]. */
  after?: [number, string];
  limit: number;
}

/** A track's annotations by start time, keyset on (start_ms, id), served by `track_annotations_track_start_idx`. */
export async function listAnnotations(
  db: DbOrTx,
  userId: string,
  trackId: string,
  f: AnnotationFilter,
): Promise<AnnotationRow[]> {
  const t = track_annotations;
  return db
    .select()
    .from(t)
    .where(
      and(
        eq(t.user_id, userId),
        eq(t.track_id, trackId),
        f.type ? eq(t.type, f.type) : undefined,
        f.tag ? arrayContains(t.tags, [f.tag]) : undefined,
        f.after ? afterKey([t.start_ms, t.id], f.after, 'asc') : undefined,
      ),
    )
    .orderBy(asc(t.start_ms), asc(t.id))
    .limit(f.limit + 1);
}

/** Count, find (with the track's length), insert, update and delete. */
export const annotations = trackItemQueries(track_annotations);
