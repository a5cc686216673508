import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../server/db/client';

/** Rows per statement: large enough to be fast, small enough for PGlite's memory. */
const BATCH = 2_000;

/**
 * Inserts many rows in few statements on either driver: each batch travels as one JSON
 * parameter and is unpacked by `jsonb_to_recordset`, typed from the Drizzle table (arrays and
 * jsonb included). Every row must carry the same keys: a missing key would be NULL, not the
 * column's default.
 */
export async function insertRows(db: DbOrTx, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0] as object);
  for (const key of keys) {
    if (!columns[key]) throw new Error(`${getTableName(table)} has no column ${key}`);
  }
  const names = sql.join(
    keys.map((k) => sql.identifier(k)),
    sql`, `,
  );
  const types = sql.join(
    keys.map((k) => sql`${sql.identifier(k)} ${sql.raw(columns[k]?.getSQLType() ?? 'text')}`),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += BATCH) {
    const json = JSON.stringify(rows.slice(i, i + BATCH));
    await db.execute(
      sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${json}::jsonb) as x(${types})`,
    );
  }
}
