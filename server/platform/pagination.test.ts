import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Database, queryRows } from '../db/client';
import { openTestDatabase } from '../test/harness';
import { AppError } from './errors';
import { afterKey, decodeCursor, encodeCursor, toPage } from './pagination';

const keyShape = z.tuple([z.iso.datetime(), z.uuid()]);

function badCursor(cursor: string): AppError {
  try {
    decodeCursor(cursor, keyShape);
  } catch (err) {
    return err as AppError;
  }
  throw new Error(`accepted ${cursor}`);
}

describe('cursors', () => {
  it('round-trip the sort key of the last row', () => {
    const key = ['2026-01-15T12:00:00.000Z', '0b7f3c1e-9f3a-4f5e-8a4e-2f1d3c4b5a69'] as const;
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, keyShape)).toEqual(key);
    expect(decodeCursor(undefined, keyShape)).toBeUndefined();
  });

  it('round-trip any JSON key', () => {
    const shape = z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]));
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), (key) => {
        expect(decodeCursor(encodeCursor(key), shape)).toEqual(key);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('reject malformed cursors with 400 bad_request naming query.cursor', () => {
    const wrongShape = encodeCursor(['not a date', 'not a uuid']);
    for (const cursor of ['%%%', 'bm90IGpzb24', encodeCursor([1]), wrongShape, '', encodeCursor({ a: 1 } as never)]) {
      const err = badCursor(cursor);
      expect(err, cursor).toBeInstanceOf(AppError);
      expect(err.status).toBe(400);
      expect(err.code).toBe('bad_request');
      expect(err.details).toEqual([{ path: 'query.cursor', message: 'Malformed cursor' }]);
    }
  });

  it('never throw anything but a 400 on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (cursor) => {
        try {
          decodeCursor(cursor, keyShape);
        } catch (err) {
          expect((err as AppError).status).toBe(400);
        }
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('toPage', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, at: `t${i}` }));
  const keyOf = (row: { id: number; at: string }) => [row.at, row.id];

  it('trims the extra row and points next_cursor at the last row served', () => {
    const page = toPage(rows(4), { limit: 3 }, keyOf);
    expect(page.data.map((r) => r.id)).toEqual([0, 1, 2]);
    expect(page.page).toEqual({ limit: 3, next_cursor: encodeCursor(['t2', 2]) });
  });

  it('sets next_cursor to null on the last page', () => {
    expect(toPage(rows(3), { limit: 3 }, keyOf).page.next_cursor).toBeNull();
    expect(toPage(rows(1), { limit: 3 }, keyOf)).toEqual({ data: rows(1), page: { limit: 3, next_cursor: null } });
    expect(toPage([], { limit: 50 }, keyOf)).toEqual({ data: [], page: { limit: 50, next_cursor: null } });
  });
});

describe('afterKey', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  const values = sql`(values (1, 'a'), (1, 'b'), (2, 'a'), (2, 'c'), (3, 'a')) as v(n, s)`;
  const select = (cond: ReturnType<typeof afterKey>, order: 'asc' | 'desc') =>
    queryRows<{ n: number; s: string }>(
      database.db,
      sql`select n, s from ${values} where ${cond} order by n ${sql.raw(order)}, s ${sql.raw(order)}`,
    );

  it('selects the rows strictly after the key in ascending order', async () => {
    const rows = await select(afterKey([sql`n`, sql`s`], [1, 'b'], 'asc'), 'asc');
    expect(rows.map((r) => `${r.n}${r.s}`)).toEqual(['2a', '2c', '3a']);
  });

  it('selects the rows strictly before the key in descending order', async () => {
    const rows = await select(afterKey([sql`n`, sql`s`], [2, 'c'], 'desc'), 'desc');
    expect(rows.map((r) => `${r.n}${r.s}`)).toEqual(['2a', '1b', '1a']);
  });

  it('walks every row exactly once page by page', async () => {
    const seen: string[] = [];
    let key: [number, string] | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const cond = key ? afterKey([sql`n`, sql`s`], key, 'asc') : sql`true`;
      const rows = await queryRows<{ n: number; s: string }>(
        database.db,
        sql`select n, s from ${values} where ${cond} order by n, s limit 3`,
      );
      const page = toPage(rows, { limit: 2 }, (r) => [r.n, r.s]);
      seen.push(...page.data.map((r) => `${r.n}${r.s}`));
      if (!page.page.next_cursor) break;
      key = decodeCursor(page.page.next_cursor, z.tuple([z.number(), z.string()]));
    }
    expect(seen).toEqual(['1a', '1b', '2a', '2c', '3a']);
  });
});
