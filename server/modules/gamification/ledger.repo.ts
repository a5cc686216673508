import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, prepareQuery } from '../../db/client';
import { jsonAgg, rowFromJson } from '../../db/json-rows';
import { type Fact, fact, param } from '../../platform/facts';
import { activity_events, points_ledger, user_progress, user_wallet } from './gamification.tables';

export type LedgerRow = typeof points_ledger.$inferSelect;
export type NewLedgerRow = typeof points_ledger.$inferInsert;
export interface Account {
  coins: number;
  total_earned: number;
  total_spent: number;
  total_xp: number;
  level: number;
  total_skill_stars: number;
}

// An upsert that updates on conflict takes the row lock as `for update` would; the wallet's is
// driven by the progress row, so it is taken second.
const lockQuery = prepareQuery(sql`with progress as (
    insert into ${user_progress} (user_id) values (${sql.placeholder('user')})
    on conflict (user_id) do update set user_id = excluded.user_id
    returning total_xp, level, total_skill_stars
  ), wallet as (
    insert into ${user_wallet} (user_id) select ${sql.placeholder('user')}::uuid from progress
    on conflict (user_id) do update set user_id = excluded.user_id
    returning coins, total_earned, total_spent
  )
  select * from progress, wallet`);

/**
 * Creates the wallet and progress rows on first use and locks both, progress first, in one
 * statement. Every write to a user's economy starts here, so concurrent writers of one user
 * take turns and always lock in the same order (no deadlock). What the writer then reads must
 * be read by a later statement: this one may have waited, and reads what was before the wait.
 */
export async function lockAccount(tx: DbOrTx, userId: string): Promise<Account> {
  const [row] = await lockQuery.execute<Account>(tx, { user: userId });
  if (!row) throw new Error('wallet or progress row missing after upsert');
  return row;
}

/** The account for a composed read (platform/facts.ts); a new user's reads as zeros. */
export const accountFact: Fact<Account, unknown> = fact(
  sql`(select json_build_object(
         'total_xp', coalesce(p.total_xp, 0), 'level', coalesce(p.level, 1),
         'total_skill_stars', coalesce(p.total_skill_stars, 0), 'coins', coalesce(w.coins, 0),
         'total_earned', coalesce(w.total_earned, 0), 'total_spent', coalesce(w.total_spent, 0))
       from (select 1) one
       left join ${user_progress} p on p.user_id = ${param.user}
       left join ${user_wallet} w on w.user_id = ${param.user})`,
  (value) => value as Account,
);

/** When the user's wallet last changed (null before it exists), for a composed read. */
export const walletChangedAtFact: Fact<Date | null, unknown> = fact(
  sql`(select to_json(w.updated_at) from ${user_wallet} w where w.user_id = ${param.user})`,
  (value) => (typeof value === 'string' ? new Date(value) : null),
);

/** A ledger row with the activity event it paid for. */
export type KeyedEntry = LedgerRow & { event: ActivityRow | null };

/**
 * The ledger rows of some idempotency keys (placeholder `keys`: a JSON array of them), with the
 * activity events they paid for, by key.
 */
export const ledgerByKeysFact: Fact<Map<string, KeyedEntry>, unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_object('row', row_to_json(l), 'event', row_to_json(e))`)}
       from ${points_ledger} l left join ${activity_events} e on e.id = l.activity_event_id
       where l.user_id = ${param.user}
         -- An array, not a subquery: the unique (user_id, idempotency_key) index finds each key.
         and l.idempotency_key = any(array(select jsonb_array_elements_text(${sql.placeholder('keys')}::jsonb))))`,
  (value) =>
    new Map(
      (value as { row: unknown; event: unknown }[]).map(({ row, event }) => {
        const entry = { ...rowFromJson(points_ledger, row), event: event ? rowFromJson(activity_events, event) : null };
        return [entry.idempotency_key, entry];
      }),
    ),
);

/** The insert of new ledger rows (their ids made by the caller). */
export function insertLedger(tx: DbOrTx, rows: NewLedgerRow[]) {
  return tx.insert(points_ledger).values(rows);
}

/**
 * Frees an idempotency key after its award was reversed, so the same domain key can earn again
 * (complete, undo, complete). The row and its amounts stay (the ledger keeps its sums); the key
 * it had moves to its details, and it lets go of its activity event (deleted with the reversal).
 */
export function retireKey(tx: DbOrTx, row: LedgerRow) {
  return tx
    .update(points_ledger)
    .set({
      idempotency_key: `reversed:${row.id}`,
      details: { ...row.details, key: row.idempotency_key },
      activity_event_id: null,
    })
    .where(eq(points_ledger.id, row.id));
}

/**
 * Applies the sums of new ledger rows to the locked account rows. `earned` and `spent` move the
 * lifetime totals: an award earns, a purchase spends, a reversal takes back what was earned.
 */
export function applyToAccount(
  userId: string,
  delta: { xp: number; coins: number; earned: number; spent: number; stars: number; level: number },
): SQL[] {
  return [
    sql`update ${user_progress} set total_xp = total_xp + ${delta.xp}, level = ${delta.level},
        total_skill_stars = greatest(0, total_skill_stars + ${delta.stars}), updated_at = now()
      where user_id = ${userId}`,
    sql`update ${user_wallet} set coins = coins + ${delta.coins}, updated_at = now(),
        total_earned = greatest(0, total_earned + ${delta.earned}),
        total_spent = greatest(0, total_spent + ${delta.spent})
      where user_id = ${userId}`,
  ];
}

export type ActivityRow = typeof activity_events.$inferSelect;

export function insertActivity(tx: DbOrTx, row: typeof activity_events.$inferInsert) {
  return tx.insert(activity_events).values(row);
}

export function deleteActivity(tx: DbOrTx, userId: string, id: string) {
  return tx.delete(activity_events).where(and(eq(activity_events.user_id, userId), eq(activity_events.id, id)));
}
