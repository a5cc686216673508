import { and, arrayContains, desc, eq, ilike, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { reference_tracks } from './reference.tables';

export type TrackRow = typeof reference_tracks.$inferSelect;
export type NewTrack = Omit<typeof reference_tracks.$inferInsert, 'id' | 'user_id' | 'created_at' | 'updated_at'>;
export type TrackPatch = Partial<
  Pick<TrackRow, 'title' | 'artist' | 'album' | 'genre' | 'notes' | 'tags' | 'is_favorite'>
>;

const owned = (userId: string, id: string) => and(eq(reference_tracks.user_id, userId), eq(reference_tracks.id, id));

/** `%` and `_` in what the user typed are letters, not wildcards. */
const contains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface TrackFilter {
  q?: string;
  tag?: string;
  after?: [string, string];
  limit: number;
}

/** Newest first, keyset on (created_at, id); fetches one extra row for the next page. */
export async function list(db: DbOrTx, userId: string, f: TrackFilter): Promise<TrackRow[]> {
  const pattern = f.q === undefined ? undefined : contains(f.q);
  return db
    .select()
    .from(reference_tracks)
    .where(
      and(
        eq(reference_tracks.user_id, userId),
        pattern ? or(ilike(reference_tracks.title, pattern), ilike(reference_tracks.artist, pattern)) : undefined,
        f.tag ? arrayContains(reference_tracks.tags, [f.tag]) : undefined,
        f.after ? afterKey([reference_tracks.created_at, reference_tracks.id], f.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(reference_tracks.created_at), desc(reference_tracks.id))
    .limit(f.limit + 1);
}

export async function find(db: DbOrTx, userId: string, id: string): Promise<TrackRow | null> {
  const [row] = await db.select().from(reference_tracks).where(owned(userId, id));
  return row ?? null;
}

export async function insert(db: DbOrTx, userId: string, values: NewTrack): Promise<TrackRow> {
  const [row] = await db
    .insert(reference_tracks)
    .values({ ...values, user_id: userId })
    .returning();
  if (!row) throw new Error('insert into reference_tracks returned no row');
  return row;
}

export async function update(db: DbOrTx, userId: string, id: string, patch: TrackPatch): Promise<TrackRow | null> {
  const [row] = await db.update(reference_tracks).set(patch).where(owned(userId, id)).returning();
  return row ?? null;
}

/** Deletes the track (its analyses, annotations, regions and library entries go by cascade). */
export async function remove(db: DbOrTx, userId: string, id: string): Promise<TrackRow | null> {
  const [row] = await db.delete(reference_tracks).where(owned(userId, id)).returning();
  return row ?? null;
}
