import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../client';

/**
 * Inserts catalogue rows in one statement, updating the rows whose key already exists:
 * `insert … on conflict (key) do update set col = excluded.col …`. A row is rewritten (and its
 * updated_at bumped) only when a seeded value changed, so a restart writes nothing.
 * Columns in `insertOnly` are set on insert and then left to the admins (e.g. `is_active`), and
 * a row an admin has changed (`admin_edited_at`, db/columns.ts) is not restored at all.
 */
export async function upsertByKey<T extends PgTable>(
  db: DbOrTx,
  table: T,
  target: PgColumn[],
  rows: T['$inferInsert'][],
  insertOnly: string[] = [],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const targetNames = new Set(target.map((c) => c.name));
  const updated = Object.keys(first).filter((key) => {
    const column = columns[key];
    return column !== undefined && !targetNames.has(column.name) && !insertOnly.includes(key);
  });
  if (updated.length === 0) {
    await db.insert(table).values(rows).onConflictDoNothing({ target });
    return;
  }
  const tableName = getTableName(table);
  const set: Record<string, SQL> = {};
  const names = updated.map((key) => (columns[key] as PgColumn).name);
  updated.forEach((key, i) => {
    set[key] = sql.raw(`excluded."${names[i]}"`);
  });
  if (columns.updated_at) set.updated_at = sql`now()`;
  const current = names.map((name) => sql.raw(`"${tableName}"."${name}"`));
  const incoming = names.map((name) => sql.raw(`excluded."${name}"`));
  const changed = sql`row(${sql.join(current, sql`, `)}) is distinct from row(${sql.join(incoming, sql`, `)})`;
  const notEdited = columns.admin_edited_at ? sql` and ${sql.raw(`"${tableName}"."admin_edited_at"`)} is null` : sql``;
  await db
    .insert(table)
    .values(rows)
    .onConflictDoUpdate({
      target,
      set,
      setWhere: sql`${changed}${notEdited}`,
    });
}
