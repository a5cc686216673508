import { and, count, eq, getTableColumns } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { reference_tracks, type track_annotations, type track_regions } from './reference.tables';

type ItemTable = typeof track_annotations | typeof track_regions;

/** Where an item is looked up: by its id alone, or under the track named in the path. */
export interface Placement {
  trackId?: string;
}

/**
 * What annotations and regions share: each is a row of one of the user's tracks, counted per
 * track, found by its id (and by its track when the path names one) with the track's length,
 * and written only by its owner.
 */
export function trackItemQueries<T extends ItemTable>(t: T) {
  type Row = T['$inferSelect'];
  type Values = Omit<T['$inferInsert'], 'id' | 'user_id' | 'track_id' | 'created_at' | 'updated_at'>;
  const table = t as ItemTable;
  const placed = (userId: string, id: string, where: Placement) =>
    and(eq(table.user_id, userId), eq(table.id, id), where.trackId ? eq(table.track_id, where.trackId) : undefined);

  return {
    async count(db: DbOrTx, userId: string, trackId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(table)
        .where(and(eq(table.user_id, userId), eq(table.track_id, trackId)));
      return row?.n ?? 0;
    },

    /**
     * One of the user's items with its track's length; `lock` holds it until the transaction
     * ends. Null when it is missing, another user's, or not on the placement's track.
     */
    async find(
      db: DbOrTx,
      userId: string,
      id: string,
      where: Placement,
      lock = false,
    ): Promise<(Row & { duration_seconds: number | null }) | null> {
      const query = db
        .select({ ...getTableColumns(table), duration_seconds: reference_tracks.duration_seconds })
        .from(table)
        .innerJoin(reference_tracks, and(eq(reference_tracks.id, table.track_id), eq(reference_tracks.user_id, userId)))
        .where(placed(userId, id, where));
      const [row] = lock ? await query.for('update', { of: table }) : await query;
      return (row as (Row & { duration_seconds: number | null }) | undefined) ?? null;
    },

    async insert(db: DbOrTx, userId: string, trackId: string, values: Values): Promise<Row> {
      // The row is T's; Drizzle types an insert into either table as one into both.
      const inserted = { ...values, user_id: userId, track_id: trackId } as T['$inferInsert'];
      const [row] = await db
        .insert(table)
        .values(inserted as never)
        .returning();
      if (!row) throw new Error('an insert returned no row');
      return row as Row;
    },

    async update(db: DbOrTx, userId: string, id: string, patch: Partial<Values>): Promise<Row | null> {
      const [row] = await db
        .update(table)
        .set(patch)
        .where(placed(userId, id, {}))
        .returning();
      return (row as Row | undefined) ?? null;
    },

    async remove(db: DbOrTx, userId: string, id: string, where: Placement): Promise<boolean> {
      const rows = await db
        .delete(table)
        .where(placed(userId, id, where))
        .returning({ id: table.id });
      return rows.length > 0;
    },
  };
}
