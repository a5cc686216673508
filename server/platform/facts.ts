import { type SQL, sql } from 'drizzle-orm';
import { addDays, type DayKey, dayKey, monthKey, weekKey, weekStart } from '#common/time/day';
import { type DbOrTx, type PreparedQuery, prepareQuery } from '../db/client';

/**
 * Composed reads: the home screen and the polling endpoint need a little from many modules, and
 * a round trip per module would cost more than all the work. A module contributes a `Fact`: one
 * scalar SQL expression over its own tables (usually a sub-select built to one JSON value) and
 * how to read that value. `readFacts` sends a set of them as one statement,
 * `select (a) as a, (b) as b…`, whatever the number of modules.
 *
 * Facts are declared once, at module level, and name what varies with `param` placeholders (the
 * user, their day…): a set of facts is compiled to SQL once per process and runs as a prepared
 * statement, so a request only binds its values. See docs/ARCHITECTURE.md.
 */
export interface Fact<T, C = FactScope> {
  /** A scalar expression: a parenthesised sub-select, a literal, a function call. */
  readonly sql: SQL;
  /** Turns the selected value (JSON already parsed by the driver) into what the caller uses. */
  read(value: unknown, context: C): T;
}

export const fact = <T, C = FactScope>(expression: SQL, read: (value: unknown, context: C) => T): Fact<T, C> => ({
  sql: expression,
  read,
});

/** A fact read on: the same expression, its value turned into something else. */
export const mapFact = <T, U, C = FactScope>(f: Fact<T, NoInfer<C>>, map: (value: T, context: C) => U): Fact<U, C> =>
  fact(f.sql, (value, context) => map(f.read(value, context), context));

export type FactValues<F> = { [K in keyof F]: F[K] extends Fact<infer T, infer _C> ? T : never };

const KEY = /^[a-z][a-z_]*$/i;

/** Several facts as one: a `json_build_object` of their expressions, each part read by its own fact. */
export function factObject<F extends Record<string, Fact<unknown, C>>, C = FactScope>(
  parts: F,
): Fact<FactValues<F>, C> {
  const entries = Object.entries(parts);
  const pairs = entries.map(([key, f]) => {
    if (!KEY.test(key)) throw new Error(`not a fact name: ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${f.sql}`;
  });
  return fact(sql`json_build_object(${sql.join(pairs, sql`, `)})`, (value, context) => {
    const raw = (value ?? {}) as Record<string, unknown>;
    return Object.fromEntries(entries.map(([key, f]) => [key, f.read(raw[key] ?? null, context)])) as FactValues<F>;
  });
}

/** Whom and when a fact is about: the signed-in user and their current day. */
export interface FactScope {
  userId: string;
  timezone: string;
  day_start_hour: number;
  /** The user's current day (SPEC §4), or the day a read asks about. */
  day: DayKey;
  now: Date;
}

/** The values a fact's SQL may name, bound from the scope at each read. */
export const param = {
  user: sql.placeholder('user'),
  day: sql.placeholder('day'),
  yesterday: sql.placeholder('yesterday'),
  /** The Monday and Sunday of the day's week. */
  weekStart: sql.placeholder('week_start'),
  weekEnd: sql.placeholder('week_end'),
  /** The period keys of the day: `2026-W11`, `2026-03`. */
  week: sql.placeholder('week'),
  month: sql.placeholder('month'),
  /** The scope's instant, an RFC 3339 string: compare it as `${param.now}::timestamptz`. */
  now: sql.placeholder('now'),
};

export function paramsOf(scope: FactScope): Record<string, unknown> {
  const monday = weekStart(scope.day);
  return {
    user: scope.userId,
    day: scope.day,
    yesterday: addDays(scope.day, -1),
    week_start: monday,
    week_end: addDays(monday, 6),
    week: weekKey(scope.day),
    month: monthKey(scope.day),
    now: scope.now.toISOString(),
  };
}

const compiled = new WeakMap<object, PreparedQuery>();

function compile(key: object, facts: Record<string, Fact<unknown, never>>): PreparedQuery {
  let query = compiled.get(key);
  if (!query) {
    const columns = Object.entries(facts).map(([name, f]) => sql`${f.sql} as ${sql.identifier(name)}`);
    query = prepareQuery(sql`select ${sql.join(columns, sql`, `)}`);
    compiled.set(key, query);
  }
  return query;
}

/**
 * Reads every fact in one statement. `facts` is a set declared once (it keys the compiled
 * statement); `params` binds its placeholders (`paramsOf(scope)`, plus any of its own).
 */
export async function readFacts<F extends Record<string, Fact<unknown, C>>, C>(
  db: DbOrTx,
  facts: F,
  params: Record<string, unknown>,
  context: C,
): Promise<FactValues<F>> {
  const [row] = await compile(facts, facts).execute<Record<string, unknown>>(db, params);
  const values: Record<string, unknown> = {};
  for (const name in facts) values[name] = (facts[name] as Fact<unknown, C>).read(row?.[name] ?? null, context);
  return values as FactValues<F>;
}

/** One fact read on its own (it keys its compiled statement: declare it once). */
export async function readFact<T, C>(db: DbOrTx, f: Fact<T, C>, params: Record<string, unknown>, context: C) {
  const [row] = await compile(f, { value: f }).execute<Record<string, unknown>>(db, params);
  return f.read(row?.value ?? null, context);
}

/** The usual case: a fact about the scope's user and day. */
export const readScoped = <T>(db: DbOrTx, f: Fact<T>, scope: FactScope): Promise<T> =>
  readFact(db, f, paramsOf(scope), scope);

/** The scope of a signed-in request: its user and their current day by the request's clock. */
export function scopeOf(ctx: {
  userId: string;
  user: { timezone: string; day_start_hour: number };
  clock: { now(): Date };
}): FactScope {
  const now = ctx.clock.now();
  const { timezone, day_start_hour } = ctx.user;
  return { userId: ctx.userId, timezone, day_start_hour, now, day: dayKey(now, timezone, day_start_hour) };
}
