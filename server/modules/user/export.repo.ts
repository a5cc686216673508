import { and, asc, eq, getTableColumns, is, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import * as schema from '../../db/schema';
import { afterKey } from '../../platform/pagination';

/**
 * Reads everything a user owns, table by table, for the data export. The tables are discovered
 * from the schema (every table with a `user_id` column), so a table added later is exported
 * without touching this file.
 */

/** Columns never exported: credentials and token hashes, by name, wherever they appear. */
const SECRET_COLUMN = /token|secret|password|public_key|user_handle/;
/** Transient sign-in challenges: nothing of the user's own in them. */
const SKIPPED_TABLES = new Set(['verification_tokens']);

export interface OwnedTable {
  name: string;
  /** Exported columns, by name (binary ones as base64 text). */
  columns: Record<string, AnyPgColumn | SQL.Aliased<string>>;
  /** Columns left out because they hold secrets. */
  redacted: string[];
  userId: AnyPgColumn;
  /** The primary key, the keyset order of the batches. */
  key: AnyPgColumn[];
  /** Rows with binary columns are read in small batches. */
  batchSize: number;
}

let cached: OwnedTable[] | undefined;

export function ownedTables(): OwnedTable[] {
  if (!cached) {
    const tables: OwnedTable[] = [];
    for (const value of Object.values(schema) as unknown[]) {
      const table = is(value, PgTable) ? describeTable(value) : null;
      if (table) tables.push(table);
    }
    cached = tables.sort((a, b) => a.name.localeCompare(b.name));
  }
  return cached;
}

function describeTable(table: PgTable): OwnedTable | null {
  const config = getTableConfig(table);
  const all = getTableColumns(table) as Record<string, AnyPgColumn>;
  const userId = all.user_id;
  if (!userId || SKIPPED_TABLES.has(config.name)) return null;
  const key = config.columns.filter((c) => c.primary);
  const compositeKey = config.primaryKeys[0]?.columns ?? [];
  const columns: OwnedTable['columns'] = {};
  const redacted: string[] = [];
  let binary = false;
  for (const [name, column] of Object.entries(all)) {
    // Generated columns (search vectors) are derived; secrets never leave the server.
    if (column.generated) continue;
    if (SECRET_COLUMN.test(name)) {
      redacted.push(name);
      continue;
    }
    if (column.getSQLType() === 'bytea') {
      // Read as base64 text, as the export writes it: the embedded database's own conversion of
      // a bytea value runs byte by byte in JavaScript and held the event loop for a track's frames.
      binary = true;
      columns[name] = sql<string>`translate(encode(${column}, 'base64'), chr(10), '')`.as(name);
      continue;
    }
    columns[name] = column;
  }
  const keyColumns = key.length > 0 ? key : compositeKey;
  if (keyColumns.length === 0 || keyColumns.some((c) => redacted.includes(c.name))) {
    throw new Error(`Table ${config.name} needs an exportable primary key to be exported`);
  }
  return {
    name: config.name,
    columns,
    redacted,
    userId,
    key: keyColumns,
    batchSize: binary ? 10 : 500,
  };
}

/** One batch of the user's rows in `table`, after the key of the previous batch's last row. */
export async function readBatch(
  db: DbOrTx,
  table: OwnedTable,
  userId: string,
  after: unknown[] | null,
): Promise<Record<string, unknown>[]> {
  const pgTable = table.userId.table;
  return db
    .select(table.columns)
    .from(pgTable)
    .where(and(eq(table.userId, userId), after ? afterKey(table.key, after, 'asc') : undefined))
    .orderBy(...table.key.map((c) => asc(c)))
    .limit(table.batchSize);
}
