import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import * as schema from '../db/schema';

/**
 * Reading PostgreSQL's plans for captured statements: does a statement read more of a user's
 * table than the rows it asked for?
 */

/** Tables whose rows belong to a user: `users`, and every table with a `user_id` column. */
export const userOwnedTables: ReadonlySet<string> = new Set(
  (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableConfig(table))
    .filter((config) => config.name === 'users' || config.columns.some((column) => column.name === 'user_id'))
    .map((config) => config.name),
);

/** One statement as the driver received it, and the request that sent it. */
export interface Statement {
  /** The route (`GET /api/habits/:id`), or a write's method and path with ids as `:id`. */
  route: string;
  url: string;
  sql: string;
  params: unknown[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Sort Key'?: string[];
  Plans?: PlanNode[];
}

interface IndexFacts {
  table: string;
  /** The index's first column. */
  first: string;
}

function* nodesOf(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* nodesOf(child);
}

/** The user-owned table a scan node reads, if it reads one. */
function ownedTableOf(node: PlanNode, indexes: Map<string, IndexFacts>): string | undefined {
  const table = node['Relation Name'] ?? indexes.get(node['Index Name'] ?? '')?.table;
  return table && userOwnedTables.has(table) ? table : undefined;
}

/**
 * How a plan reads more of a user-owned table than the rows asked for: a Seq Scan; an index
 * read from end to end because nothing bounds its first column; or, when `ordered`, a page (a
 * Limit) cut from a Sort of such a table's rows, meaning no index holds the list's order and
 * every page sorts all of the user's rows.
 */
function fullReads(plan: PlanNode, indexes: Map<string, IndexFacts>, ordered: boolean): string[] {
  const found: string[] = [];
  for (const node of nodesOf(plan)) {
    const type = node['Node Type'];
    const table = ownedTableOf(node, indexes);
    if (type === 'Seq Scan' && table) found.push(`Seq Scan on ${table}`);
    if (['Index Scan', 'Index Only Scan', 'Bitmap Index Scan'].includes(type) && table) {
      const first = indexes.get(node['Index Name'] ?? '')?.first ?? '';
      const cond = node['Index Cond'];
      if (!cond || !new RegExp(`\\b${first}\\b`).test(cond)) {
        found.push(`${type} reads all of ${node['Index Name']} on ${table} (condition: ${cond ?? 'none'})`);
      }
    }
    if (ordered && type === 'Limit') {
      for (const sort of nodesOf(node)) {
        if (sort['Node Type'] !== 'Sort') continue;
        const tables = new Set([...nodesOf(sort)].map((n) => ownedTableOf(n, indexes)).filter(Boolean));
        if (tables.size > 0) {
          found.push(`a page sorted in memory by ${sort['Sort Key']?.join(', ')} (${[...tables].join(', ')})`);
        }
      }
    }
  }
  return [...new Set(found)];
}

/** The driver's own client under Drizzle: `pg` and PGlite both take `query(text, params)`. */
interface RawClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Every index of the public schema, with its table and first column. */
async function indexFacts(client: RawClient): Promise<Map<string, IndexFacts>> {
  const { rows } = await client.query(
    `select i.relname as index, c.relname as "table", a.attname as first
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       join pg_class c on c.oid = x.indrelid
       join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
       left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = x.indkey[0]`,
  );
  return new Map(rows.map((r) => [String(r.index), { table: String(r.table), first: String(r.first) }]));
}

/** Statements a plan says something about: reads, and writes that find their rows. */
const EXPLAINABLE = /^\s*(select|with|update|delete)\b/i;

/** Each explainable statement once (same text and parameters), in the order first sent. */
export function explainable(statements: Statement[]): Statement[] {
  const unique = new Map<string, Statement>();
  for (const s of statements) {
    const key = `${s.sql}\n${JSON.stringify(s.params)}`;
    if (EXPLAINABLE.test(s.sql) && !unique.has(key)) unique.set(key, s);
  }
  return [...unique.values()];
}

/**
 * Runs `EXPLAIN (FORMAT JSON)` on each statement with its parameters, on one connection with
 * sequential scans disabled (and sorts too, unless `maySort(route)`), so the planner takes an
 * index whenever one can serve however small the tables. Returns one readable paragraph per
 * statement that still reads too much: the URL, the problem and table, the SQL and parameters.
 */
export async function planProblems(
  database: Database,
  statements: Statement[],
  maySort: (route: string) => boolean,
): Promise<string[]> {
  return database.withConnection(async (db) => {
    const client = (db as unknown as { $client: RawClient }).$client;
    const indexes = await indexFacts(client);
    const found: string[] = [];
    await client.query('set enable_seqscan = off');
    try {
      for (const s of statements) {
        const ordered = !maySort(s.route);
        await client.query(`set enable_sort = ${ordered ? 'off' : 'on'}`);
        let plan: PlanNode;
        try {
          const result = await client.query(`explain (format json) ${s.sql}`, s.params);
          const cell = Object.values(result.rows[0] ?? {})[0];
          plan = (typeof cell === 'string' ? JSON.parse(cell) : cell)[0].Plan;
        } catch (err) {
          found.push(`${s.url}: could not explain it (${(err as Error).message})\n    ${s.sql}`);
          continue;
        }
        for (const problem of fullReads(plan, indexes, ordered)) {
          found.push(`${s.url}: ${problem}\n    ${s.sql}\n    params: ${JSON.stringify(s.params)}`);
        }
      }
    } finally {
      await client.query('reset enable_seqscan');
      await client.query('reset enable_sort');
    }
    return found;
  });
}
