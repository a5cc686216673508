import { and, desc, eq, getTableColumns, getTableName, is, type SQL } from 'drizzle-orm';
import { type PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AdminTableColumnType } from '#common/contracts/admin';
import type { DbOrTx } from '../../db/client';
import * as schema from '../../db/schema';
import { afterKey } from '../../platform/pagination';
import type { BrowsableTable } from './tables.allowlist';

/** Every table definition by its database name, for the allow-list's names (like the export, across modules). */
const definitions: ReadonlyMap<string, PgTable> = new Map(
  (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => [getTableName(table), table]),
);

/** The definition of an allow-listed table; the allow-list names only tables that exist (tables.test.ts). */
export function tableOf(entry: BrowsableTable): PgTable {
  const table = definitions.get(entry.name);
  if (!table) throw new Error(`${entry.name} is not a table`);
  return table;
}

/** A column of a browsable table by name; the allow-list names only columns that exist (tables.test.ts). */
export function columnOf(entry: BrowsableTable, name: string): PgColumn {
  const column = getTableColumns(tableOf(entry))[name];
  if (!column) throw new Error(`${entry.name}.${name} is not a column`);
  return column;
}

/** How a column's values are shown, and how a filter on it is parsed. */
export function typeOf(column: PgColumn): AdminTableColumnType {
  const sqlType = column.getSQLType();
  if (sqlType === 'uuid') return 'uuid';
  if (sqlType === 'date') return 'date';
  if (column.dataType === 'date') return 'timestamp';
  if (column.dataType === 'boolean') return 'boolean';
  if (column.dataType === 'number' || column.dataType === 'bigint') return 'number';
  if (column.dataType === 'json' || column.dataType === 'array') return 'json';
  return 'text';
}

/**
 * A page of the table's listed columns: rows equal to every filter (each value bound as a
 * parameter), after the cursor in the table's order, newest (highest) first; `limit + 1` rows.
 * Without `ordered`, the filters match at most one row and the rows come unordered.
 */
export async function browse(
  db: DbOrTx,
  entry: BrowsableTable,
  query: { filters: [string, unknown][]; after?: readonly unknown[]; limit: number; ordered: boolean },
): Promise<Record<string, unknown>[]> {
  const shown = Object.fromEntries(entry.columns.map((name) => [name, columnOf(entry, name)]));
  const order = entry.order.map((name) => columnOf(entry, name));
  const where: (SQL | undefined)[] = query.filters.map(([name, value]) => eq(columnOf(entry, name), value));
  if (query.ordered && query.after) where.push(afterKey(order, query.after, 'desc'));
  const select = db
    .select(shown)
    .from(tableOf(entry))
    .where(and(...where))
    .$dynamic();
  return (query.ordered ? select.orderBy(...order.map((c) => desc(c))) : select).limit(query.limit + 1);
}
