import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PageQuery } from '#common/contracts/base';
import { isCleanJson } from '#common/contracts/text';
import { badRequest } from './errors';

/**
 * Keyset pagination. A cursor is the sort key of the last row served, opaque to clients
 * (base64url JSON). Repositories fetch `limit + 1` rows after the cursor; `toPage` trims the
 * extra row and turns its presence into `next_cursor`.
 */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(cursor: string | undefined, shape: T): z.output<T> | undefined {
  if (cursor === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('The cursor is not valid.', [{ path: 'query.cursor', message: 'Malformed cursor' }]);
  }
  const parsed = shape.safeParse(raw);
  if (!parsed.success || !isCleanJson(raw)) {
    throw badRequest('The cursor is not valid.', [{ path: 'query.cursor', message: 'Malformed cursor' }]);
  }
  return parsed.data;
}

export interface Page<T> {
  data: T[];
  page: { limit: number; next_cursor: string | null };
}

export function toPage<T>(rows: T[], query: Pick<PageQuery, 'limit'>, keyOf: (row: T) => readonly unknown[]): Page<T> {
  const hasMore = rows.length > query.limit;
  const data = hasMore ? rows.slice(0, query.limit) : rows;
  const last = data.at(-1);
  return {
    data,
    page: { limit: query.limit, next_cursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null },
  };
}

/** `(a, b) < ($1, $2)` (or `>`): the row-value comparison an index on (a, b) serves. */
export function afterKey(columns: SQLWrapper[], values: readonly unknown[], direction: 'asc' | 'desc'): SQL {
  const op = direction === 'desc' ? sql.raw('<') : sql.raw('>');
  const cols = sql.join(
    columns.map((c) => sql`${c}`),
    sql`, `,
  );
  const vals = sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
  return sql`(${cols}) ${op} (${vals})`;
}
