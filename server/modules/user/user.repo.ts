import { and, desc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jsonAgg, rowFromJson, rowsFromJson } from '../../db/json-rows';
import { type Fact, fact } from '../../platform/facts';
import { afterKey } from '../../platform/pagination';
import { users } from './user.tables';

export type UserRow = typeof users.$inferSelect;
export type NewUser = Pick<typeof users.$inferInsert, 'name' | 'email' | 'email_verified' | 'timezone'>;
export type UserPatch = Partial<
  Pick<
    typeof users.$inferInsert,
    'name' | 'image' | 'timezone' | 'day_start_hour' | 'tos_version' | 'tos_accepted_at' | 'age_verified'
  >
>;

/** The user with this id (a value or an outer query's column), for a composed read (platform/facts.ts). */
export const userFact = (id: SQL): Fact<UserRow | null, unknown> =>
  fact(sql`(select row_to_json(u) from ${users} u where u.id = ${id})`, (value) =>
    value ? rowFromJson(users, value) : null,
  );

export async function findById(db: DbOrTx, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

/** The names of the users with these ids that still exist, by id. */
export async function namesOf(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Emails are stored lower-cased, so the lookup is exact. */
export async function findByEmail(db: DbOrTx, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

export async function insert(db: DbOrTx, values: NewUser): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: values.email?.toLowerCase() ?? null })
    .returning();
  if (!row) throw new Error('insert into users returned no row');
  return row;
}

/** Whether any user other than `id` exists (the first user of an embedded install becomes admin). */
export async function hasOtherUsers(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ one: sql<number>`1` }).from(users).where(ne(users.id, id)).limit(1);
  return row !== undefined;
}

export async function update(db: DbOrTx, id: string, patch: UserPatch): Promise<UserRow | null> {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row ?? null;
}

/** Sets the last activity time unless a later one is already stored. */
export async function touchActivity(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db
    .update(users)
    .set({ last_activity_at: at, updated_at: sql`${users.updated_at}` })
    .where(and(eq(users.id, id), sql`(${users.last_activity_at} is null or ${users.last_activity_at} < ${at})`));
}

/** Deletes the user; every table that references users cascades (or keeps an attribution). */
export async function remove(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length > 0;
}

// ── The admin console ──────────────────────────────────────────────────────────────────────

/** `%`, `_` and `\\` typed in a search are looked for as themselves. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Users newest first, keyset on (created_at, id): `limit + 1` of them. Without `q`, the walk
 * follows users_created_at_idx. With `q`, those whose name or email contains it, whatever the
 * case: the matches are found first through the trigram indexes on both columns (a
 * materialized CTE, so the planner cannot walk every user by date instead), then sorted.
 */
export async function listNewestFirst(
  db: DbOrTx,
  filter: { q?: string },
  page: { after?: readonly [string, string]; limit: number },
): Promise<UserRow[]> {
  const after = page.after ? afterKey([users.created_at, users.id], page.after, 'desc') : undefined;
  if (!filter.q) {
    return db
      .select()
      .from(users)
      .where(after)
      .orderBy(desc(users.created_at), desc(users.id))
      .limit(page.limit + 1);
  }
  const pattern = `%${likeEscaped(filter.q)}%`;
  const result = await db.execute(
    sql`with matches as materialized (
          select * from ${users}
          where (${users.name} ilike ${pattern} or ${users.email} ilike ${pattern})${after ? sql` and ${after}` : sql``}
        )
        select ${jsonAgg(sql`row_to_json(m)`)} as rows
        from (select * from matches order by created_at desc, id desc limit ${page.limit + 1}) m`,
  );
  const rows = (result as unknown as { rows: { rows: unknown }[] }).rows;
  const sorted = rowsFromJson(users, rows[0]?.rows);
  // The aggregate reads the ordered subquery; sorting by the key again costs nothing and makes it sure.
  return sorted.sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || (a.id < b.id ? 1 : -1));
}

/** The user row, locked to the end of the transaction. */
export async function findForUpdate(db: DbOrTx, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row ?? null;
}

export async function setDisabledAt(db: DbOrTx, id: string, at: Date | null): Promise<UserRow | null> {
  const [row] = await db.update(users).set({ disabled_at: at }).where(eq(users.id, id)).returning();
  return row ?? null;
}

/** Which of these users are not disabled. */
export async function enabledAmong(db: DbOrTx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...new Set(ids)]), isNull(users.disabled_at)));
  return rows.map((r) => r.id);
}
