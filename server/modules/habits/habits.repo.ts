import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { jsonAgg, rowFromJson } from '../../db/json-rows';
import { type Fact, fact, param } from '../../platform/facts';
import { afterKey } from '../../platform/pagination';
import { habit_logs, habits } from './habits.tables';

export type HabitRow = typeof habits.$inferSelect;
export type HabitLogRow = typeof habit_logs.$inferSelect;
/** What the habit rules read of a day. */
export type DayLogRow = Pick<HabitLogRow, 'habit_id' | 'log_date' | 'count' | 'target' | 'skipped'>;
export type NewHabit = Pick<
  HabitRow,
  | 'user_id'
  | 'name'
  | 'description'
  | 'icon'
  | 'color'
  | 'schedule_type'
  | 'schedule_days'
  | 'times_per_week'
  | 'target_count'
  | 'sort_order'
  | 'created_at'
  | 'updated_at'
>;
export type HabitPatch = Partial<
  Omit<HabitRow, 'id' | 'user_id' | 'created_at' | 'updated_at'> & { archived_at: Date | null }
>;

export interface HabitFilter {
  archived: boolean;
  after?: [number, string];
  limit: number;
}

/** The user's habits in their order, keyset on (sort_order, id); one extra row for the next page. */
export async function list(db: DbOrTx, userId: string, f: HabitFilter): Promise<HabitRow[]> {
  return db
    .select()
    .from(habits)
    .where(
      and(
        eq(habits.user_id, userId),
        f.archived ? isNotNull(habits.archived_at) : isNull(habits.archived_at),
        f.after ? afterKey([habits.sort_order, habits.id], f.after, 'asc') : undefined,
      ),
    )
    .orderBy(asc(habits.sort_order), asc(habits.id))
    .limit(f.limit + 1);
}

/** The user's habits in use (not archived), in their order. */
export async function listActive(db: DbOrTx, userId: string): Promise<HabitRow[]> {
  return db
    .select()
    .from(habits)
    .where(and(eq(habits.user_id, userId), isNull(habits.archived_at)))
    .orderBy(asc(habits.sort_order), asc(habits.id));
}

/** One of the user's habits; `lock` holds it until the transaction ends (every change to its days locks it first). */
export async function find(db: DbOrTx, userId: string, id: string, lock = false): Promise<HabitRow | null> {
  const query = db
    .select()
    .from(habits)
    .where(and(eq(habits.user_id, userId), eq(habits.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Locks every habit of the user in id order (a fixed order, so two reorders cannot deadlock). */
export async function lockAll(tx: DbOrTx, userId: string): Promise<{ id: string; sort_order: number }[]> {
  return tx
    .select({ id: habits.id, sort_order: habits.sort_order })
    .from(habits)
    .where(eq(habits.user_id, userId))
    .orderBy(asc(habits.id))
    .for('update');
}

export async function nextOrder(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${habits.sort_order}) + 1, 0)::int` })
    .from(habits)
    .where(eq(habits.user_id, userId));
  return row?.next ?? 0;
}

export async function insert(db: DbOrTx, values: NewHabit): Promise<HabitRow> {
  const [row] = await db.insert(habits).values(values).returning();
  if (!row) throw new Error('insert into habits returned no row');
  return row;
}

export async function update(db: DbOrTx, userId: string, id: string, patch: HabitPatch): Promise<HabitRow> {
  const [row] = await db
    .update(habits)
    .set(patch)
    .where(and(eq(habits.user_id, userId), eq(habits.id, id)))
    .returning();
  if (!row) throw new Error('habit vanished during the update');
  return row;
}

/** Deletes the habit and (by cascade) its logs; false when the user has no such habit. */
export async function remove(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(habits)
    .where(and(eq(habits.user_id, userId), eq(habits.id, id)))
    .returning({ id: habits.id });
  return rows.length > 0;
}

/** Sets each habit's sort_order in one statement; `order` pairs ids with positions. */
export async function setOrder(tx: DbOrTx, userId: string, order: { id: string; sort_order: number }[]): Promise<void> {
  if (order.length === 0) return;
  const ids = sql.join(
    order.map((o) => sql`${o.id}`),
    sql`, `,
  );
  const positions = sql.join(
    order.map((o) => sql`${o.sort_order}`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${habits} set sort_order = o.position, updated_at = now()
    from unnest(array[${ids}]::uuid[], array[${positions}]::int[]) as o(id, position)
    where ${habits.id} = o.id and ${habits.user_id} = ${userId}`);
}

// ── Logs ─────────────────────────────────────────────────────────────────────

/** Logs of the given habits from `from` (inclusive) to `to` (inclusive, when given), oldest first. */
export async function logs(
  db: DbOrTx,
  userId: string,
  habitIds: string[],
  range: { from?: string; to?: string } = {},
): Promise<DayLogRow[]> {
  if (habitIds.length === 0) return [];
  // What the habit rules read of a day, nothing more: a habit's whole history can be long.
  return db
    .select({
      habit_id: habit_logs.habit_id,
      log_date: habit_logs.log_date,
      count: habit_logs.count,
      target: habit_logs.target,
      skipped: habit_logs.skipped,
    })
    .from(habit_logs)
    .where(
      and(
        eq(habit_logs.user_id, userId),
        inArray(habit_logs.habit_id, habitIds),
        range.from ? gte(habit_logs.log_date, range.from) : undefined,
        range.to ? lte(habit_logs.log_date, range.to) : undefined,
      ),
    )
    .orderBy(asc(habit_logs.log_date));
}

export async function findLog(db: DbOrTx, userId: string, habitId: string, date: string): Promise<HabitLogRow | null> {
  const [row] = await db
    .select()
    .from(habit_logs)
    .where(and(eq(habit_logs.user_id, userId), eq(habit_logs.habit_id, habitId), eq(habit_logs.log_date, date)));
  return row ?? null;
}

/**
 * A habit's day and its whole history (what the rules read of each day, oldest first), in one
 * statement.
 */
export async function dayWithHistory(
  db: DbOrTx,
  userId: string,
  habitId: string,
  date: string,
): Promise<{ log: HabitLogRow | null; days: DayLogRow[] }> {
  const of = sql`l.user_id = ${userId} and l.habit_id = ${habitId}`;
  const [row] = await queryRows<{ log: unknown; days: [string, number, number, boolean][] | null }>(
    db,
    sql`select (select row_to_json(l) from ${habit_logs} l where ${of} and l.log_date = ${date}) as log,
      (select json_agg(json_build_array(l.log_date, l.count, l.target, l.skipped) order by l.log_date)
       from ${habit_logs} l where ${of}) as days`,
  );
  return {
    log: row?.log ? rowFromJson(habit_logs, row.log) : null,
    days: (row?.days ?? []).map(([log_date, count, target, skipped]) => ({
      habit_id: habitId,
      log_date,
      count,
      target,
      skipped,
    })),
  };
}

export type LogValues = Pick<HabitLogRow, 'count' | 'target' | 'skipped' | 'completed_at'> & { note?: string | null };

/** Writes the habit's day (one row per habit and day). */
export async function saveLog(
  db: DbOrTx,
  key: { user_id: string; habit_id: string; log_date: string },
  values: LogValues,
): Promise<void> {
  await db
    .insert(habit_logs)
    .values({ ...key, ...values })
    .onConflictDoUpdate({
      target: [habit_logs.habit_id, habit_logs.log_date],
      set: { ...values, updated_at: new Date() },
    });
}

/** The day's change: its new values, or its deletion. */
export type DayChange = { save: LogValues } | { delete: true };

/**
 * Writes a habit's day (one row per habit and day) or deletes it, and the habit's columns
 * derived from its days, in one statement. Returns the day as written (null when deleted)
 * and the habit.
 */
export async function saveDay(
  db: DbOrTx,
  key: { user_id: string; habit_id: string; log_date: string },
  change: DayChange,
  habit: HabitPatch,
): Promise<{ log: HabitLogRow | null; habit: HabitRow }> {
  const dayWrite =
    'save' in change
      ? db
          .insert(habit_logs)
          .values({ ...key, ...change.save })
          .onConflictDoUpdate({
            target: [habit_logs.habit_id, habit_logs.log_date],
            set: { ...change.save, updated_at: new Date() },
          })
          .returning()
      : db
          .delete(habit_logs)
          .where(
            and(
              eq(habit_logs.user_id, key.user_id),
              eq(habit_logs.habit_id, key.habit_id),
              eq(habit_logs.log_date, key.log_date),
            ),
          )
          .returning();
  const habitWrite = db
    .update(habits)
    .set(habit)
    .where(and(eq(habits.user_id, key.user_id), eq(habits.id, key.habit_id)))
    .returning();
  const [row] = await queryRows<{ log: unknown; habit: unknown }>(
    db,
    sql`with day as (${dayWrite.getSQL()}), habit as (${habitWrite.getSQL()})
      select (select row_to_json(day) from day) as log, (select row_to_json(habit) from habit) as habit`,
  );
  if (!row?.habit) throw new Error('habit vanished during the update');
  return {
    log: row.log && 'save' in change ? rowFromJson(habit_logs, row.log) : null,
    habit: rowFromJson(habits, row.habit),
  };
}

/** Logs of one habit in a date range, newest first (the history's list). */
export async function logsNewestFirst(
  db: DbOrTx,
  userId: string,
  habitId: string,
  from: string,
  to: string,
): Promise<HabitLogRow[]> {
  return db
    .select()
    .from(habit_logs)
    .where(
      and(
        eq(habit_logs.user_id, userId),
        eq(habit_logs.habit_id, habitId),
        gte(habit_logs.log_date, from),
        lte(habit_logs.log_date, to),
      ),
    )
    .orderBy(desc(habit_logs.log_date));
}

/** Every log of the user between two days (inclusive), by the (user_id, log_date) index. */
export async function logsBetween(db: DbOrTx, userId: string, from: string, to: string): Promise<HabitLogRow[]> {
  return db
    .select()
    .from(habit_logs)
    .where(and(eq(habit_logs.user_id, userId), gte(habit_logs.log_date, from), lte(habit_logs.log_date, to)))
    .orderBy(asc(habit_logs.log_date));
}

export type DueHabitRow = Pick<
  HabitRow,
  'id' | 'name' | 'target_count' | 'schedule_type' | 'schedule_days' | 'times_per_week' | 'created_at'
>;

/**
 * The user's habits in use (in their order) and their logs of the day's week, what the due
 * rules read, for a composed read (platform/facts.ts): served by the partial index of active
 * habits and by (user_id, log_date).
 */
export const activeWithWeekFact: Fact<{ habits: DueHabitRow[]; logs: DayLogRow[] }, unknown> = fact(
  sql`json_build_object(
    'habits', (select ${jsonAgg(sql`json_build_object('id', h.id, 'name', h.name, 'target_count', h.target_count,
                 'schedule_type', h.schedule_type, 'schedule_days', h.schedule_days,
                 'times_per_week', h.times_per_week, 'created_at', h.created_at) order by h.sort_order, h.id`)}
               from ${habits} h where h.user_id = ${param.user} and h.archived_at is null),
    'logs', (select ${jsonAgg(sql`json_build_object('habit_id', l.habit_id, 'log_date', l.log_date,
               'count', l.count, 'target', l.target, 'skipped', l.skipped)`)}
             from ${habit_logs} l
             where l.user_id = ${param.user} and l.log_date between ${param.weekStart} and ${param.weekEnd}))`,
  (value) => {
    const raw = value as { habits: (DueHabitRow & { created_at: string })[]; logs: DayLogRow[] };
    return { habits: raw.habits.map((h) => ({ ...h, created_at: new Date(h.created_at) })), logs: raw.logs };
  },
);
