import { and, asc, count, gte, inArray, lt, type SQLWrapper, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { activity_events, blobs, points_ledger, track_analyses, users } from '../../db/schema';
import { admin_daily_stats } from './stats.tables';

/**
 * The admin console's figures over every user's rows. Like the account export, these reads span
 * other modules' tables, so they reach them through the schema barrel; they never write them.
 * Every read is an index range, a read of the rollup, or the one aggregate named below.
 */

export type DailyRow = typeof admin_daily_stats.$inferSelect;
export type DayFigures = Omit<DailyRow, 'day' | 'created_at'>;

/** A coin movement that counts as spending: purchases, and refunds (which give spending back). */
const SPEND_TYPES = ['purchase', 'refund'];

/** Users whose last activity is at or after each moment (one range over users_last_activity_at_idx). */
export async function activeUsers(db: DbOrTx, since7: Date, since30: Date): Promise<{ d7: number; d30: number }> {
  const [row] = await db
    .select({
      d7: sql<number>`count(*) filter (where ${users.last_activity_at} >= ${since7})::int`,
      d30: sql<number>`count(*)::int`,
    })
    .from(users)
    .where(gte(users.last_activity_at, since30));
  return { d7: row?.d7 ?? 0, d30: row?.d30 ?? 0 };
}

const utcDay = (column: SQLWrapper) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;

/** Sign-ups per UTC day in [from, to) (a range over users_created_at_idx); days without any are absent. */
export async function signUpsByDay(db: DbOrTx, from: Date, to: Date): Promise<Map<string, number>> {
  const day = utcDay(users.created_at);
  const rows = await db
    .select({ day, n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(gte(users.created_at, from), lt(users.created_at, to)))
    .groupBy(day);
  return new Map(rows.map((r) => [r.day, r.n]));
}

/** The last day rolled up, or null before the first rollup. */
export async function lastRolledDay(db: DbOrTx): Promise<string | null> {
  const [row] = await db.select({ day: sql<string | null>`max(${admin_daily_stats.day})` }).from(admin_daily_stats);
  return row?.day ?? null;
}

/** The earliest moment anything was recorded in the activity or the ledger (two index ends). */
export async function firstRecorded(db: DbOrTx): Promise<Date | null> {
  const [row] = await queryRows<{ at: string | Date | null }>(
    db,
    sql`select least((select min(${activity_events.created_at}) from ${activity_events}),
                     (select min(${points_ledger.created_at}) from ${points_ledger})) as at`,
  );
  return row?.at ? new Date(row.at) : null;
}

/** Holds the rollup for this transaction, so two instances never compute the same days at once. */
export async function lockRollup(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('admin:daily_stats'))`);
}

/**
 * The figures of each UTC day in [from, to), read as ranges over the created_at indexes of the
 * activity events and the ledger; a day without any row is absent.
 */
export async function figuresByDay(db: DbOrTx, from: Date, to: Date): Promise<Map<string, DayFigures>> {
  const eventDay = utcDay(activity_events.created_at);
  const ledgerDay = utcDay(points_ledger.created_at);
  const spend = sql`${points_ledger.event_type} in (${sql.join(
    SPEND_TYPES.map((t) => sql`${t}`),
    sql`, `,
  )})`;
  const events = await db
    .select({
      day: eventDay,
      events: sql<number>`count(*)::int`,
      active_users: sql<number>`count(distinct ${activity_events.user_id})::int`,
    })
    .from(activity_events)
    .where(and(gte(activity_events.created_at, from), lt(activity_events.created_at, to)))
    .groupBy(eventDay);
  const coins = await db
    .select({
      day: ledgerDay,
      earned: sql<string>`coalesce(sum(${points_ledger.coins}) filter (where not ${spend}), 0)`,
      spent: sql<string>`coalesce(-sum(${points_ledger.coins}) filter (where ${spend}), 0)`,
    })
    .from(points_ledger)
    .where(and(gte(points_ledger.created_at, from), lt(points_ledger.created_at, to)))
    .groupBy(ledgerDay);
  const days = new Map<string, DayFigures>();
  const at = (day: string) => {
    let figures = days.get(day);
    if (!figures) {
      figures = { events: 0, active_users: 0, coins_earned: 0, coins_spent: 0 };
      days.set(day, figures);
    }
    return figures;
  };
  for (const e of events) Object.assign(at(e.day), { events: e.events, active_users: e.active_users });
  for (const c of coins) Object.assign(at(c.day), { coins_earned: Number(c.earned), coins_spent: Number(c.spent) });
  return days;
}

/** Writes rolled-up days; a day already there is kept as it was. */
export async function insertDays(tx: DbOrTx, rows: Omit<DailyRow, 'created_at'>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx
      .insert(admin_daily_stats)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
  }
}

/** Rolled-up days in [from, to) (dates), oldest first: a range of the primary key. */
export async function rolledDays(db: DbOrTx, from: string, to: string): Promise<DailyRow[]> {
  return db
    .select()
    .from(admin_daily_stats)
    .where(and(gte(admin_daily_stats.day, from), lt(admin_daily_stats.day, to)))
    .orderBy(asc(admin_daily_stats.day));
}

/** Coins earned and spent over every rolled-up day: one row a day since the first activity. */
export async function rolledTotals(db: DbOrTx): Promise<{ earned: number; spent: number }> {
  const [row] = await db
    .select({
      earned: sql<string>`coalesce(sum(${admin_daily_stats.coins_earned}), 0)`,
      spent: sql<string>`coalesce(sum(${admin_daily_stats.coins_spent}), 0)`,
    })
    .from(admin_daily_stats);
  return { earned: Number(row?.earned ?? 0), spent: Number(row?.spent ?? 0) };
}

/**
 * Bytes and files in the blob store, pending reservations included. The one read here that takes
 * every row of a user-owned table: a row per stored file (docs/RULES.md "Admin" says why).
 */
export async function storage(db: DbOrTx): Promise<{ bytes: number; files: number }> {
  const [row] = await db
    .select({ bytes: sql<string>`coalesce(sum(${blobs.size_bytes}), 0)`, files: count() })
    .from(blobs);
  return { bytes: Number(row?.bytes ?? 0), files: row?.files ?? 0 };
}

/** Analyses waiting and running: a range of track_analyses_status_created_idx per status. */
export async function queueDepth(db: DbOrTx): Promise<{ queued: number; running: number }> {
  const rows = await db
    .select({ status: track_analyses.status, n: sql<number>`count(*)::int` })
    .from(track_analyses)
    .where(inArray(track_analyses.status, ['queued', 'running']))
    .groupBy(track_analyses.status);
  const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return { queued: of('queued'), running: of('running') };
}
