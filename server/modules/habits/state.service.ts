import type { Habit } from '#common/contracts/habits';
import { type HabitDay, windowStart } from '#common/rules/habits';
import type { DayKey } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import * as repo from './habits.repo';
import { buildView, createdDayOf, dayOf, historyStreaks, todayOf } from './habits.view';

/**
 * Habits as they read today. Reads look at the last 53 weeks of logs in one query; a habit whose
 * current run reaches further back is read again on its whole history.
 */
export async function viewsOf(db: DbOrTx, ctx: Ctx, rows: repo.HabitRow[], today = todayOf(ctx)): Promise<Habit[]> {
  const logs = await repo.logs(
    db,
    ctx.userId,
    rows.map((r) => r.id),
    { from: windowStart(today) },
  );
  const byHabit = new Map<string, repo.DayLogRow[]>();
  for (const log of logs) {
    const list = byHabit.get(log.habit_id);
    if (list) list.push(log);
    else byHabit.set(log.habit_id, [log]);
  }
  const views: Habit[] = [];
  for (const row of rows) {
    const createdDay = createdDayOf(ctx, row);
    const days = (byHabit.get(row.id) ?? []).map(dayOf);
    const recent = buildView(row, days, { today, createdDay, full: false });
    if (!recent.needsHistory) {
      views.push(recent.view);
      continue;
    }
    const all = (await repo.logs(db, ctx.userId, [row.id])).map(dayOf);
    views.push(buildView(row, all, { today, createdDay, full: true }).view);
  }
  return views;
}

export async function viewOf(db: DbOrTx, ctx: Ctx, row: repo.HabitRow, today = todayOf(ctx)): Promise<Habit> {
  const [view] = await viewsOf(db, ctx, [row], today);
  if (!view) throw new Error('a habit without a view');
  return view;
}

/** A habit judged on its whole history: its streak columns, and the periods they came from. */
export function judged(ctx: Ctx, row: repo.HabitRow, days: HabitDay[], today: DayKey) {
  const history = historyStreaks(row, days, createdDayOf(ctx, row), today);
  const columns = {
    current_streak: history.streaks.current,
    longest_streak: history.streaks.longest,
    last_completed_date: history.last_completed_date,
  };
  return { history, columns };
}

/** The habit as it reads with its whole history, once its columns were written. */
export const fullView = (ctx: Ctx, row: repo.HabitRow, history: History, today: DayKey): Habit =>
  buildView(row, history.days, { today, createdDay: createdDayOf(ctx, row), full: true, periods: history.periods })
    .view;

type History = ReturnType<typeof historyStreaks>;

/**
 * Recomputes the habit's cached streak columns from its whole history after its days or its
 * schedule changed, and returns the habit as it now reads.
 */
export async function refresh(
  tx: DbOrTx,
  ctx: Ctx,
  row: repo.HabitRow,
  today: DayKey,
): Promise<{ row: repo.HabitRow; view: Habit; history: History }> {
  const days = (await repo.logs(tx, ctx.userId, [row.id])).map(dayOf);
  const { history, columns } = judged(ctx, row, days, today);
  const updated = await repo.update(tx, ctx.userId, row.id, columns);
  return { row: updated, view: fullView(ctx, updated, history, today), history };
}
