import { and, asc, count, desc, eq, getTableColumns, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { focus_libraries, focus_library_tracks } from './focus.tables';

type LibraryRow = typeof focus_libraries.$inferSelect;
export type LibraryWithCount = LibraryRow & { track_count: number };
export type LibraryValues = Pick<typeof focus_libraries.$inferInsert, 'name' | 'description' | 'is_favorite'>;
export type LibraryTrackRow = typeof focus_library_tracks.$inferSelect;

const owned = (userId: string, id: string) => and(eq(focus_libraries.user_id, userId), eq(focus_libraries.id, id));

// Spelled out: inside a subquery Drizzle would leave the outer column unqualified.
const trackCount = sql<number>`(select count(*)::int from focus_library_tracks lt
  where lt.library_id = "focus_libraries"."id")`;

/** Newest first, keyset on (created_at, id); fetches one extra row for the next page. */
export async function list(
  db: DbOrTx,
  userId: string,
  page: { after?: [string, string]; limit: number },
): Promise<LibraryWithCount[]> {
  return db
    .select({ ...getTableColumns(focus_libraries), track_count: trackCount })
    .from(focus_libraries)
    .where(
      and(
        eq(focus_libraries.user_id, userId),
        page.after ? afterKey([focus_libraries.created_at, focus_libraries.id], page.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(focus_libraries.created_at), desc(focus_libraries.id))
    .limit(page.limit + 1);
}

export async function find(db: DbOrTx, userId: string, id: string, lock = false): Promise<LibraryWithCount | null> {
  const query = db
    .select({ ...getTableColumns(focus_libraries), track_count: trackCount })
    .from(focus_libraries)
    .where(owned(userId, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insert(db: DbOrTx, userId: string, values: LibraryValues): Promise<LibraryRow> {
  const [row] = await db
    .insert(focus_libraries)
    .values({ ...values, user_id: userId })
    .returning();
  if (!row) throw new Error('insert into focus_libraries returned no row');
  return row;
}

export async function update(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<LibraryValues>,
): Promise<LibraryRow | null> {
  const [row] = await db.update(focus_libraries).set(patch).where(owned(userId, id)).returning();
  return row ?? null;
}

export async function remove(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db.delete(focus_libraries).where(owned(userId, id)).returning({ id: focus_libraries.id });
  return rows.length > 0;
}

export async function tracks(db: DbOrTx, userId: string, libraryId: string): Promise<LibraryTrackRow[]> {
  return db
    .select()
    .from(focus_library_tracks)
    .where(and(eq(focus_library_tracks.user_id, userId), eq(focus_library_tracks.library_id, libraryId)))
    .orderBy(asc(focus_library_tracks.sort_order), asc(focus_library_tracks.id));
}

export async function trackStats(db: DbOrTx, libraryId: string): Promise<{ count: number; last: number | null }> {
  const [row] = await db
    .select({ count: count(), last: max(focus_library_tracks.sort_order) })
    .from(focus_library_tracks)
    .where(eq(focus_library_tracks.library_id, libraryId));
  return { count: Number(row?.count ?? 0), last: row?.last ?? null };
}

/** Adds the track; null when it is already in the library. */
export async function addTrack(
  db: DbOrTx,
  values: Pick<LibraryTrackRow, 'user_id' | 'library_id' | 'track_id' | 'sort_order'>,
): Promise<LibraryTrackRow | null> {
  const [row] = await db.insert(focus_library_tracks).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function removeTrack(db: DbOrTx, userId: string, libraryId: string, trackId: string): Promise<boolean> {
  const rows = await db
    .delete(focus_library_tracks)
    .where(
      and(
        eq(focus_library_tracks.user_id, userId),
        eq(focus_library_tracks.library_id, libraryId),
        eq(focus_library_tracks.track_id, trackId),
      ),
    )
    .returning({ id: focus_library_tracks.id });
  return rows.length > 0;
}
