import { z } from 'zod';
import type { AdminTable, AdminTableColumnType, AdminTableRow, adminTableRowsQuery } from '#common/contracts/admin';
import { timestamp } from '#common/contracts/base';
import type { Ctx } from '../../platform/access';
import { badRequest, notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { BROWSABLE, type BrowsableTable, browsableByName } from './tables.allowlist';
import { browse, columnOf, typeOf } from './tables.repo';

function describe(entry: BrowsableTable): AdminTable {
  return {
    name: entry.name,
    description: entry.description,
    columns: entry.columns.map((name) => ({ name, type: typeOf(columnOf(entry, name)) })),
    filters: [...entry.filters],
    order: [...entry.order],
  };
}

/** The tables an admin may browse, with their columns and filters. */
export function list(): AdminTable[] {
  return BROWSABLE.map(describe);
}

/** How a filter's text becomes a value of the column's type; a value that does not parse is a 400. */
const filterValue: Record<AdminTableColumnType, z.ZodType> = {
  uuid: z.uuid(),
  text: z.string().min(1),
  boolean: z.enum(['true', 'false']).transform((v) => v === 'true'),
  timestamp,
  date: z.iso.date(),
  number: z.coerce.number().int(),
  json: z.never(),
};

const FILTER = /^filter\[([a-z0-9_]{1,63})\]$/;

function parseFilters(entry: BrowsableTable, query: Record<string, unknown>): [string, unknown][] {
  const filters: [string, unknown][] = [];
  for (const [key, raw] of Object.entries(query)) {
    if (key === 'limit' || key === 'cursor') continue;
    const name = FILTER.exec(key)?.[1];
    const path = `query.${key}`;
    if (!name) throw badRequest('Filter as filter[<column>]=<value>.', [{ path, message: 'Unknown parameter' }]);
    if (!entry.filters.includes(name)) {
      throw badRequest(`${entry.name} cannot be filtered by ${name}.`, [
        { path, message: `Filter by one of: ${entry.filters.join(', ') || 'none'}` },
      ]);
    }
    const parsed = filterValue[typeOf(columnOf(entry, name))].safeParse(raw);
    if (!parsed.success) throw badRequest(`Not a valid ${name}.`, [{ path, message: 'Invalid value' }]);
    filters.push([name, parsed.data]);
  }
  return filters;
}

/** A cursor is the page order's values of the last row: strings (ids, times) and numbers. */
const cursorShape = (entry: BrowsableTable) =>
  z.array(z.union([z.string().max(100), z.number().int()])).length(entry.order.length);

const shownValue = (value: unknown): AdminTableRow[string] =>
  value instanceof Date ? value.toISOString() : (value as AdminTableRow[string]);

/** A page of an allow-listed table's shown columns; 404 for a table not on the list. */
export async function rows(
  ctx: Ctx,
  table: string,
  query: z.output<typeof adminTableRowsQuery>,
): Promise<Page<AdminTableRow>> {
  const entry = browsableByName.get(table);
  if (!entry) throw notFound('table');
  const filters = parseFilters(entry, query);
  // A filter on a unique column matches at most one row: nothing to order or page.
  const ordered = !filters.some(([name]) => entry.unique?.includes(name));
  const after = ordered ? decodeCursor(query.cursor, cursorShape(entry)) : undefined;
  const found = await browse(ctx.database.db, entry, { filters, after, limit: query.limit, ordered });
  const shown = found.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, shownValue(v)])));
  return toPage(shown, query, (row) => entry.order.map((name) => row[name]));
}
