import { and, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { user_counters } from './counters.tables';
import { type Fact, fact, param } from './facts';

/** A user's counters under one prefix, by full key. A key never written reads as absent (0). */
export type Counters = Map<string, number>;

const keyUnder = (prefix: string) => sql`starts_with(${user_counters.key}, ${prefix})`;

/**
 * Adds each delta to the user's counter of that key, in one statement, inside the caller's
 * transaction (so a counter moves exactly when what it counts does). Keys are written in sorted
 * order, so two writers of one user never lock the same rows in opposite orders.
 */
export async function addToCounters(tx: DbOrTx, userId: string, deltas: Iterable<[string, number]>): Promise<void> {
  const upsert = counterUpsert(tx, userId, deltas);
  if (upsert) await upsert;
}

/** The statement `addToCounters` runs, for a batch of writes; null when every delta is 0. */
export function counterUpsert(tx: DbOrTx, userId: string, deltas: Iterable<[string, number]>) {
  const sums = new Map<string, number>();
  for (const [key, n] of deltas) sums.set(key, (sums.get(key) ?? 0) + n);
  const rows = [...sums]
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => ({ user_id: userId, key, value }));
  if (rows.length === 0) return null;
  return tx
    .insert(user_counters)
    .values(rows)
    .onConflictDoUpdate({
      target: [user_counters.user_id, user_counters.key],
      set: { value: sql`${user_counters.value} + excluded.value` },
    });
}

/** One of the user's counters as a fact (0 until first written). */
export const counterFact = (key: string): Fact<number, unknown> =>
  fact(
    sql`coalesce((select ${user_counters.value} from ${user_counters}
         where ${user_counters.user_id} = ${param.user} and ${user_counters.key} = ${key}), 0)`,
    (value) => Number(value ?? 0),
  );

/** The user's counters under a prefix as a fact for a composed read (platform/facts.ts). */
export function countersFact(prefix: string): Fact<Counters, unknown> {
  return fact(
    sql`(select coalesce(json_object_agg(${user_counters.key}, ${user_counters.value}), '{}'::json)
         from ${user_counters} where ${user_counters.user_id} = ${param.user} and ${keyUnder(prefix)})`,
    (value) => new Map(Object.entries((value ?? {}) as Record<string, number>).map(([k, v]) => [k, Number(v)])),
  );
}

/**
 * Replaces some users' counters under a prefix by a recount: `source` selects rows of
 * (user_id, key, n), summed per user and key (for data written in bulk, and to check that the
 * running counts never drift from what they count).
 */
export async function rebuildCounters(tx: DbOrTx, userIds: string[], prefix: string, source: SQL): Promise<void> {
  if (userIds.length === 0) return;
  await tx
    .delete(user_counters)
    .where(and(sql`${user_counters.user_id} = any(${`{${userIds.join(',')}}`}::uuid[])`, keyUnder(prefix)));
  await tx.execute(sql`insert into ${user_counters} (user_id, key, value)
    select user_id, key, sum(n) from (${source}) recount group by user_id, key having sum(n) <> 0`);
}
