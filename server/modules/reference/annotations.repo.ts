import { and, arrayContains, asc, count, eq, getTableColumns } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { reference_tracks, track_annotations } from './reference.tables';

/** What annotations and regions need of their track: that it is the user's, and its length. */
export interface OwnedTrack {
  id: string;
  duration_seconds: number | null;
}

/**
 * One of the user's tracks; null when it is missing or another user's. `lock` holds it until the
 * transaction ends, without blocking the rows that reference it (additions lock it first, so
 * the per-track limits stay exact).
 */
export async function trackForOwner(
  db: DbOrTx,
  userId: string,
  trackId: string,
  lock = false,
): Promise<OwnedTrack | null> {
  const query = db
    .select({ id: reference_tracks.id, duration_seconds: reference_tracks.duration_seconds })
    .from(reference_tracks)
    .where(and(eq(reference_tracks.user_id, userId), eq(reference_tracks.id, trackId)));
  const [row] = lock ? await query.for('no key update') : await query;
  return row ?? null;
}

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

export async function countAnnotations(db: DbOrTx, userId: string, trackId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(track_annotations)
    .where(and(eq(track_annotations.user_id, userId), eq(track_annotations.track_id, trackId)));
  return row?.n ?? 0;
}

/** Where an annotation is looked up: by its id alone, or under the track named in the path. */
export interface Placement {
  trackId?: string;
}

/**
 * One of the user's annotations with its track's length; `lock` holds it until the transaction
 * ends. Null when it is missing, another user's, or not on `trackId`.
 */
export async function findAnnotation(
  db: DbOrTx,
  userId: string,
  id: string,
  where: Placement,
  lock = false,
): Promise<(AnnotationRow & { duration_seconds: number | null }) | null> {
  const t = track_annotations;
  const query = db
    .select({ ...getTableColumns(t), duration_seconds: reference_tracks.duration_seconds })
    .from(t)
    .innerJoin(reference_tracks, and(eq(reference_tracks.id, t.track_id), eq(reference_tracks.user_id, userId)))
    .where(and(eq(t.user_id, userId), eq(t.id, id), where.trackId ? eq(t.track_id, where.trackId) : undefined));
  const [row] = lock ? await query.for('update', { of: t }) : await query;
  return row ?? null;
}

export async function insertAnnotation(
  db: DbOrTx,
  userId: string,
  trackId: string,
  values: AnnotationValues,
): Promise<AnnotationRow> {
  const [row] = await db
    .insert(track_annotations)
    .values({ ...values, user_id: userId, track_id: trackId })
    .returning();
  if (!row) throw new Error('insert of an annotation returned no row');
  return row;
}

export async function updateAnnotation(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<AnnotationValues>,
): Promise<AnnotationRow | null> {
  const [row] = await db
    .update(track_annotations)
    .set(patch)
    .where(and(eq(track_annotations.user_id, userId), eq(track_annotations.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteAnnotation(db: DbOrTx, userId: string, id: string, where: Placement): Promise<boolean> {
  const t = track_annotations;
  const rows = await db
    .delete(t)
    .where(and(eq(t.user_id, userId), eq(t.id, id), where.trackId ? eq(t.track_id, where.trackId) : undefined))
    .returning({ id: t.id });
  return rows.length > 0;
}
