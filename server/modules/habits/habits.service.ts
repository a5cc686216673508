import { z } from 'zod';
import type {
  createHabitBody,
  Habit,
  HabitHistory,
  habitHistoryQuery,
  habitListQuery,
  UpdateHabitBody,
} from '#common/contracts/habits';
import { habitStart, isCompleted, isScheduledDay, openDays, scheduleIssues } from '#common/rules/habits';
import { addDays, type DayKey } from '#common/time/day';
import type { DbOrTx, Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound, validationError } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { payForDay } from './days.service';
import * as repo from './habits.repo';
import { createdDayOf, dayOf, logView, scheduleOf, todayOf } from './habits.view';
import { refresh, viewOf, viewsOf } from './state.service';

const cursorShape = z.tuple([z.number().int(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof habitListQuery>): Promise<Page<Habit>> {
  const db = ctx.database.db;
  const rows = await repo.list(db, ctx.userId, {
    archived: query.archived === 'true',
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.sort_order, r.id]);
  return { data: await viewsOf(db, ctx, page.data), page: page.page };
}

async function owned(ctx: Ctx, id: string, tx?: Tx): Promise<repo.HabitRow> {
  const row = await repo.find(tx ?? ctx.database.db, ctx.userId, id, Boolean(tx));
  if (!row) throw notFound('habit');
  return row;
}

export async function get(ctx: Ctx, id: string): Promise<Habit> {
  return viewOf(ctx.database.db, ctx, await owned(ctx, id));
}

const sortedDays = (days: readonly number[]) => [...days].sort((a, b) => a - b);

/**
 * Inserts a new habit at the end of the user's list, in the caller's transaction or not; other
 * modules reach it through `createHabit` in index.ts.
 */
export async function insertNew(
  db: DbOrTx,
  userId: string,
  body: z.output<typeof createHabitBody>,
  now: Date,
): Promise<repo.HabitRow> {
  return repo.insert(db, {
    user_id: userId,
    created_at: now,
    updated_at: now,
    name: body.name,
    description: body.description ?? null,
    icon: body.icon ?? null,
    color: body.color ?? null,
    schedule_type: body.schedule_type,
    schedule_days: sortedDays(body.schedule_days),
    times_per_week: body.times_per_week,
    target_count: body.target_count,
    sort_order: await repo.nextOrder(db, userId),
  });
}

/** A new habit goes to the end of the list. */
export async function create(ctx: Ctx, body: z.output<typeof createHabitBody>): Promise<Habit> {
  const db = ctx.database.db;
  return viewOf(db, ctx, await insertNew(db, ctx.userId, body, ctx.clock.now()));
}

/** The schedule after a change: a new type starts without the old type's fields unless they are given. */
function mergedSchedule(row: repo.HabitRow, body: UpdateHabitBody) {
  const type = body.schedule_type ?? row.schedule_type;
  const changed = type !== row.schedule_type;
  const schedule = {
    schedule_type: type,
    schedule_days: body.schedule_days ?? (changed ? [] : row.schedule_days),
    times_per_week: body.times_per_week !== undefined ? body.times_per_week : changed ? null : row.times_per_week,
  };
  const issues = scheduleIssues(schedule);
  if (issues.length > 0) {
    throw validationError(
      issues.map((i) => ({ path: `body.${i.path}`, message: i.message })),
      'That schedule is not consistent.',
    );
  }
  return { ...schedule, schedule_days: sortedDays(schedule.schedule_days) };
}

/**
 * A new target applies to the open days (today, yesterday) not yet completed: a day whose count
 * already reaches it completes now and pays, as a completion would.
 */
async function retarget(tx: Tx, ctx: Ctx, row: repo.HabitRow): Promise<DayKey[]> {
  const now = ctx.clock.now();
  const completed: DayKey[] = [];
  for (const date of openDays(todayOf(ctx, now))) {
    const log = await repo.findLog(tx, ctx.userId, row.id, date);
    if (!log || log.skipped || isCompleted(dayOf(log))) continue;
    const done = log.count >= row.target_count;
    await repo.saveLog(
      tx,
      { user_id: ctx.userId, habit_id: row.id, log_date: date },
      { count: log.count, target: row.target_count, skipped: false, completed_at: done ? now : null },
    );
    if (done) completed.push(date);
  }
  return completed;
}

export async function update(ctx: Ctx, id: string, body: UpdateHabitBody): Promise<Habit> {
  return ctx.database.db.transaction(async (tx) => {
    const current = await owned(ctx, id, tx);
    const schedule = mergedSchedule(current, body);
    const row = await repo.update(tx, ctx.userId, id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.icon !== undefined ? { icon: body.icon } : {}),
      ...(body.color !== undefined ? { color: body.color } : {}),
      ...(body.target_count !== undefined ? { target_count: body.target_count } : {}),
      ...schedule,
    });
    const retargeted =
      row.target_count !== current.target_count && !row.archived_at ? await retarget(tx, ctx, row) : [];
    const state = await refresh(tx, ctx, row, todayOf(ctx));
    for (const date of retargeted) await payForDay(tx, ctx, state.row, date, { crossed: true, history: state.history });
    return state.view;
  });
}

/** Archiving keeps the history; bringing a habit back puts it at the end of the list. */
export async function archive(ctx: Ctx, id: string, archived: boolean): Promise<Habit> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await owned(ctx, id, tx);
    if (Boolean(row.archived_at) === archived) return viewOf(tx, ctx, row);
    const updated = await repo.update(
      tx,
      ctx.userId,
      id,
      archived
        ? { archived_at: ctx.clock.now() }
        : { archived_at: null, sort_order: await repo.nextOrder(tx, ctx.userId) },
    );
    return viewOf(tx, ctx, updated);
  });
}

/** Deletes the habit and its days; what it paid stays earned. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  if (!(await repo.remove(ctx.database.db, ctx.userId, id))) throw notFound('habit');
}

/**
 * The named habits take the first places in the given order; the user's other habits follow in
 * their previous order. Any id that is not one of the user's habits: 404, nothing changes.
 */
export async function reorder(ctx: Ctx, ids: string[]): Promise<Habit[]> {
  return ctx.database.db.transaction(async (tx) => {
    const all = await repo.lockAll(tx, ctx.userId);
    const mine = new Set(all.map((h) => h.id));
    if (ids.some((id) => !mine.has(id))) throw notFound('habit');
    const named = new Set(ids);
    const rest = all
      .filter((h) => !named.has(h.id))
      .sort((a, b) => a.sort_order - b.sort_order || (a.id < b.id ? -1 : 1))
      .map((h) => h.id);
    await repo.setOrder(
      tx,
      ctx.userId,
      [...ids, ...rest].map((id, i) => ({ id, sort_order: i })),
    );
    return viewsOf(tx, ctx, await repo.listActive(tx, ctx.userId));
  });
}

/** The last `days` days up to today: the heat-map (every day) and the logs, newest first. */
export async function history(ctx: Ctx, id: string, query: z.output<typeof habitHistoryQuery>): Promise<HabitHistory> {
  const db = ctx.database.db;
  const row = await owned(ctx, id);
  const today = todayOf(ctx);
  const from = addDays(today, -(query.days - 1));
  const logs = await repo.logsNewestFirst(db, ctx.userId, id, from, today);
  const byDate = new Map(logs.map((l) => [l.log_date, l]));
  const schedule = scheduleOf(row);
  const start = habitStart(
    createdDayOf(ctx, row),
    logs.map((l) => dayOf(l)),
  );
  const days: HabitHistory['days'] = [];
  for (let d = from; d <= today; d = addDays(d, 1)) {
    const log = byDate.get(d);
    days.push({
      date: d,
      count: log && !log.skipped ? log.count : 0,
      target: log?.target ?? row.target_count,
      completed: log ? isCompleted(dayOf(log)) : false,
      skipped: log?.skipped ?? false,
      scheduled: d >= start && isScheduledDay(schedule, d),
    });
  }
  return { habit_id: id, from, to: today, days, logs: logs.map(logView) };
}
