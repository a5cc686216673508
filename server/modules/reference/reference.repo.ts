import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { reference_tracks } from './reference.tables';

/** What other modules show of a track (a focus library lists its tracks by these). */
export interface TrackSummary {
  id: string;
  title: string;
  artist: string | null;
  duration_seconds: number | null;
}

/** The user's tracks among `ids`; another user's track is simply absent. */
export async function ownedTrackSummaries(db: DbOrTx, userId: string, ids: string[]): Promise<TrackSummary[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: reference_tracks.id,
      title: reference_tracks.title,
      artist: reference_tracks.artist,
      duration_seconds: reference_tracks.duration_seconds,
    })
    .from(reference_tracks)
    .where(and(eq(reference_tracks.user_id, userId), inArray(reference_tracks.id, ids)));
}

/** What the track's annotations and regions need of it: it is the user's, and how long it lasts. */
export interface OwnedTrack {
  id: string;
  duration_seconds: number | null;
}

/**
 * The user's track, or null for a missing one and for another user's. `lock` holds it until the
 * transaction ends without blocking the rows that reference it (an annotation or region is
 * added with its track locked, so the per-track limits stay exact).
 */
export async function findOwnedTrack(
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
