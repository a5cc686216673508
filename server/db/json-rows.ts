import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Rows that travel inside a JSON value (`row_to_json`, `json_agg`), read back as Drizzle would
 * have returned them: each column through its own driver mapping, so timestamps become Dates.
 * Composed reads (platform/facts.ts) fetch several tables' rows in one statement this way.
 * Column keys equal their SQL names in this code base (snake_case everywhere).
 */
export function rowFromJson<T extends PgTable>(table: T, value: unknown): T['$inferSelect'] {
  const raw = value as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const v = raw[column.name];
    row[key] = v === null || v === undefined ? null : column.mapFromDriverValue(v);
  }
  return row as T['$inferSelect'];
}

export function rowsFromJson<T extends PgTable>(table: T, value: unknown): T['$inferSelect'][] {
  return Array.isArray(value) ? value.map((v) => rowFromJson(table, v)) : [];
}

/** `coalesce(json_agg(…), '[]')`: an aggregate that reads as an empty array over no rows. */
export const jsonAgg = (expression: SQL) => sql`coalesce(json_agg(${expression}), '[]'::json)`;
