import { and, asc, count, eq, max, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { focus_presets } from './focus.tables';

export type PresetRow = typeof focus_presets.$inferSelect;
export type PresetValues = Pick<
  typeof focus_presets.$inferInsert,
  | 'name'
  | 'focus_minutes'
  | 'short_break_minutes'
  | 'long_break_minutes'
  | 'sessions_before_long_break'
  | 'is_default'
  | 'sort_order'
>;

const owned = (userId: string, id: string) => and(eq(focus_presets.user_id, userId), eq(focus_presets.id, id));

export async function list(db: DbOrTx, userId: string, limit: number): Promise<PresetRow[]> {
  return db
    .select()
    .from(focus_presets)
    .where(eq(focus_presets.user_id, userId))
    .orderBy(asc(focus_presets.sort_order), asc(focus_presets.id))
    .limit(limit);
}

export async function countAndLastOrder(db: DbOrTx, userId: string): Promise<{ count: number; last: number | null }> {
  const [row] = await db
    .select({ count: count(), last: max(focus_presets.sort_order) })
    .from(focus_presets)
    .where(eq(focus_presets.user_id, userId));
  return { count: Number(row?.count ?? 0), last: row?.last ?? null };
}

export async function find(db: DbOrTx, userId: string, id: string): Promise<PresetRow | null> {
  const [row] = await db.select().from(focus_presets).where(owned(userId, id));
  return row ?? null;
}

export async function insert(db: DbOrTx, userId: string, values: PresetValues): Promise<PresetRow> {
  const [row] = await db
    .insert(focus_presets)
    .values({ ...values, user_id: userId })
    .returning();
  if (!row) throw new Error('insert into focus_presets returned no row');
  return row;
}

export async function update(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<PresetValues>,
): Promise<PresetRow | null> {
  const [row] = await db.update(focus_presets).set(patch).where(owned(userId, id)).returning();
  return row ?? null;
}

/** Takes the default mark off every preset of the user but `exceptId`. */
export async function clearDefault(db: DbOrTx, userId: string, exceptId?: string): Promise<void> {
  await db
    .update(focus_presets)
    .set({ is_default: false })
    .where(
      and(
        eq(focus_presets.user_id, userId),
        eq(focus_presets.is_default, true),
        exceptId ? ne(focus_presets.id, exceptId) : undefined,
      ),
    );
}

export async function remove(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db.delete(focus_presets).where(owned(userId, id)).returning({ id: focus_presets.id });
  return rows.length > 0;
}
