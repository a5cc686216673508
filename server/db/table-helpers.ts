import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, customType, uuid } from 'drizzle-orm/pg-core';
import { users } from '../modules/user/user.tables';

/**
 * Building blocks shared by the module table files: the owner column, enumeration checks,
 * binary and full-text columns.
 */

/** The owner of a row. Every user-owned table has one, so scoping, export and deletion are uniform. */
export const ownerId = () =>
  uuid()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/**
 * `column in ('a', 'b', …)` for a CHECK constraint (a NULL passes, as in any CHECK). Values are
 * code constants, never user input.
 */
export function oneOf(column: AnyPgColumn, values: readonly (string | number)[]): SQL {
  const list = values.map((v) => (typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`)).join(', ');
  return sql`${column} in (${sql.raw(list)})`;
}

/** Binary data. PGlite hands back a Uint8Array, node-postgres a Buffer: both become a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) =>
    Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The text-search configuration of every search column; queries must use the same one. */
export const SEARCH_CONFIG = 'english';

/**
 * A stored full-text vector over a title (weight A) and a markdown body (weight B). The
 * two-argument to_tsvector with a constant configuration is immutable, as a generated column needs.
 */
export const searchVector = (titleColumn: string, bodyColumn: string) =>
  tsvector()
    .notNull()
    .generatedAlwaysAs(
      sql.raw(
        `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, coalesce("${titleColumn}", '')), 'A') || ` +
          `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, coalesce("${bodyColumn}", '')), 'B')`,
      ),
    );

/** An empty text[] default. */
export const emptyTextArray = sql`'{}'::text[]`;
/** An empty JSON object default. */
export const emptyObject = sql`'{}'::jsonb`;
/** An empty JSON array default. */
export const emptyArray = sql`'[]'::jsonb`;
