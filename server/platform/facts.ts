import { type SQL, sql } from 'drizzle-orm';
import { type DayKey, dayKey } from '#common/time/day';
import { type DbOrTx, queryRows } from '../db/client';

/**
 * Composed reads: the home screen and the polling endpoint need a little from many modules, and
 * a round trip per module would cost more than all the work. A module contributes a `Fact`: one
 * scalar SQL expression over its own tables (usually a sub-select built to one JSON value) and
 * how to read that value. `readFacts` sends them all as one statement, `select (a) as a, (b) as b…`,
 * so the reader pays one round trip whatever the number of modules. See docs/ARCHITECTURE.md.
 */
export interface Fact<T> {
  /** A scalar expression: a parenthesised sub-select, a literal, a function call. */
  readonly sql: SQL;
  /** Turns the selected value (JSON already parsed by the driver) into what the caller uses. */
  read(value: unknown): T;
}

export const fact = <T>(expression: SQL, read: (value: unknown) => T): Fact<T> => ({ sql: expression, read });

/** A fact read on: the same expression, its value turned into something else. */
export const mapFact = <T, U>(f: Fact<T>, map: (value: T) => U): Fact<U> => fact(f.sql, (value) => map(f.read(value)));

export type FactValues<F> = { [K in keyof F]: F[K] extends Fact<infer T> ? T : never };

/** Several facts as one: a `json_build_object` of their expressions, each part read by its own fact. */
export function factObject<F extends Record<string, Fact<unknown>>>(parts: F): Fact<FactValues<F>> {
  const entries = Object.entries(parts);
  const pairs = entries.map(([key, f]) => sql`${key}::text, ${f.sql}`);
  return fact(sql`json_build_object(${sql.join(pairs, sql`, `)})`, (value) => {
    const raw = (value ?? {}) as Record<string, unknown>;
    return Object.fromEntries(entries.map(([key, f]) => [key, f.read(raw[key] ?? null)])) as FactValues<F>;
  });
}

/** Whom and when a fact is about: the signed-in user and their current day. */
export interface FactScope {
  userId: string;
  timezone: string;
  day_start_hour: number;
  /** The user's current day (SPEC §4). */
  day: DayKey;
  now: Date;
}

/** Reads every fact in one statement. */
export async function readFacts<F extends Record<string, Fact<unknown>>>(db: DbOrTx, facts: F): Promise<FactValues<F>> {
  const entries = Object.entries(facts);
  const columns = sql.join(
    entries.map(([name, f]) => sql`${f.sql} as ${sql.identifier(name)}`),
    sql`, `,
  );
  const [row] = await queryRows<Record<string, unknown>>(db, sql`select ${columns}`);
  return Object.fromEntries(entries.map(([name, f]) => [name, f.read(row?.[name] ?? null)])) as FactValues<F>;
}

export async function readFact<T>(db: DbOrTx, f: Fact<T>): Promise<T> {
  return (await readFacts(db, { value: f })).value;
}

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
