import type { RewardOutcome } from '#common/contracts/gamification';
import type { CompleteHabitBody, HabitCompletion, HabitDayChange, SkipHabitBody } from '#common/contracts/habits';
import {
  addCompletions,
  type HabitDay,
  habitStart,
  isPerfectDay,
  openDays,
  type Period,
  streakReached,
} from '#common/rules/habits';
import { addDays, type DayKey } from '#common/time/day';
import type { DbOrTx, Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound, validationError } from '../../platform/errors';
import { readScoped, scopeOf } from '../../platform/facts';
import { Rewards } from '../gamification';
import * as repo from './habits.repo';
import { createdDayOf, dayOf, logView, occurredAt, scheduleOf, todayOf } from './habits.view';
import { fullView, judged } from './state.service';

/**
 * A habit's days: completions, skips and undo, and what they pay. Every change locks the habit
 * row first, so requests on one habit take turns; the game layer then locks the user's account,
 * so the perfect-day check that follows sees every other habit's committed day.
 */

export const completionKey = (habitId: string, date: DayKey) => `habit_complete:${habitId}:${date}`;
export const perfectDayKey = (date: DayKey) => `perfect_habit_day:${date}`;

function logDate(date: DayKey | undefined, today: DayKey): DayKey {
  const day = date ?? today;
  if (!openDays(today).includes(day)) {
    throw validationError(
      [{ path: 'body.date', message: `Only today (${today}) or yesterday (${addDays(today, -1)}) can be logged` }],
      'That day can no longer be changed.',
    );
  }
  return day;
}

async function lockedHabit(tx: Tx, ctx: Ctx, id: string): Promise<repo.HabitRow> {
  const row = await repo.find(tx, ctx.userId, id, true);
  if (!row) throw notFound('habit');
  return row;
}

const archived = () => conflict('This habit is archived; bring it back to log it.', 'habit_archived');

/** Whether every habit `date` required is done, judged on the habits in use now. */
async function perfectOn(db: DbOrTx, ctx: Ctx, date: DayKey): Promise<boolean> {
  const { habits: active, logs } = await readScoped(db, repo.activeWithWeekFact, { ...scopeOf(ctx), day: date });
  const habits = active.map((h) => {
    const week = logs.filter((l) => l.habit_id === h.id).map(dayOf);
    return { schedule: scheduleOf(h), start: habitStart(createdDayOf(ctx, h), week), week };
  });
  return isPerfectDay(habits, date);
}

/**
 * Pays for a completed day (once per habit and day: the ledger key; a repeat answers the first
 * reward as a duplicate), then the perfect day when the day is one: one unit of rewards.
 */
export async function payForDay(
  tx: Tx,
  ctx: Ctx,
  row: repo.HabitRow,
  date: DayKey,
  opts: { crossed: boolean; history: { periods: Period[]; days: HabitDay[] } },
): Promise<{ reward: RewardOutcome; perfect_day: RewardOutcome | null }> {
  const now = ctx.clock.now();
  const today = todayOf(ctx, now);
  const at = occurredAt(ctx, date, today, now);
  const streak = opts.crossed ? streakReached(scheduleOf(row), opts.history.periods, opts.history.days, date) : 0;
  const rewards = await Rewards.open(tx, ctx, { keys: [completionKey(row.id, date), perfectDayKey(date)], day: date });
  const reward = await rewards.record({
    type: 'habit_complete',
    idempotency_key: completionKey(row.id, date),
    source_id: row.id,
    occurred_at: at,
    data: { streak },
  });
  // The account is locked: a concurrent completion of the user's last habit has committed and
  // is seen here (or waits and sees this one).
  const perfect_day = (await perfectOn(tx, ctx, date))
    ? await rewards.record({ type: 'perfect_habit_day', idempotency_key: perfectDayKey(date), occurred_at: at })
    : null;
  await rewards.close();
  return { reward, perfect_day };
}

/**
 * Locks the habit, then reads the day and the habit's whole history: in a second statement,
 * since the lock may have waited for a change to this habit's days.
 */
async function openDay(tx: Tx, ctx: Ctx, id: string, date: DayKey) {
  const row = await lockedHabit(tx, ctx, id);
  const { log, days } = await repo.dayWithHistory(tx, ctx.userId, id, date);
  return { row, log, days: days.map(dayOf) };
}

/**
 * Writes the day's change and the habit's streak columns, judged on its history with the
 * change, in one statement; returns the day as written and the habit as it now reads.
 */
async function changeDay(tx: Tx, ctx: Ctx, row: repo.HabitRow, days: HabitDay[], date: DayKey, change: repo.DayChange) {
  const today = todayOf(ctx);
  const after = days.filter((d) => d.date !== date);
  if ('save' in change) {
    const { count, target, skipped } = change.save;
    after.push({ date, count, target, skipped });
    after.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  const { history, columns } = judged(ctx, row, after, today);
  const saved = await repo.saveDay(tx, { user_id: ctx.userId, habit_id: row.id, log_date: date }, change, columns);
  return { log: saved.log, row: saved.habit, history, view: fullView(ctx, saved.habit, history, today) };
}

export async function complete(ctx: Ctx, id: string, body: CompleteHabitBody): Promise<HabitCompletion> {
  const now = ctx.clock.now();
  const today = todayOf(ctx, now);
  const date = logDate(body.date, today);
  return ctx.database.db.transaction(async (tx) => {
    const { row, log: prev, days } = await openDay(tx, ctx, id, date);
    if (row.archived_at) throw archived();
    const step = addCompletions(prev ? dayOf(prev) : null, body.count ?? 1, row.target_count);
    const done = step.count >= step.target;
    const state = await changeDay(tx, ctx, row, days, date, {
      save: {
        count: step.count,
        target: step.target,
        skipped: false,
        completed_at: done ? (prev?.completed_at ?? now) : null,
        ...(body.note !== undefined ? { note: body.note } : {}),
      },
    });
    const paid = done
      ? await payForDay(tx, ctx, state.row, date, { crossed: step.crossed, history: state.history })
      : null;
    return {
      habit: state.view,
      log: logView(state.log as repo.HabitLogRow),
      reward: paid?.reward ?? null,
      perfect_day: paid?.perfect_day ?? null,
    };
  });
}

/** A skipped day keeps the streak and pays nothing; a day with completions must be undone first. */
export async function skip(ctx: Ctx, id: string, body: SkipHabitBody): Promise<HabitDayChange> {
  const now = ctx.clock.now();
  const today = todayOf(ctx, now);
  const date = logDate(body.date, today);
  return ctx.database.db.transaction(async (tx) => {
    const { row, log: prev, days } = await openDay(tx, ctx, id, date);
    if (row.archived_at) throw archived();
    if (prev && !prev.skipped && prev.count > 0) {
      throw conflict('This day already has completions; undo them before skipping it.', 'habit_day_logged');
    }
    const state = await changeDay(tx, ctx, row, days, date, {
      save: {
        count: 0,
        target: row.target_count,
        skipped: true,
        completed_at: null,
        ...(body.note !== undefined ? { note: body.note } : {}),
      },
    });
    return { habit: state.view, log: logView(state.log as repo.HabitLogRow) };
  });
}

/**
 * Forgets the habit's day (completions, note or skip) and reverses exactly what its completion
 * paid; a perfect day that no longer holds is reversed too. Only today and yesterday.
 */
export async function undo(ctx: Ctx, id: string, date: DayKey): Promise<void> {
  const today = todayOf(ctx);
  if (!openDays(today).includes(date)) {
    throw conflict('Only today and yesterday can be changed.', 'habit_day_closed');
  }
  await ctx.database.db.transaction(async (tx) => {
    const { row, log, days } = await openDay(tx, ctx, id, date);
    if (!log) throw notFound('habit log');
    await changeDay(tx, ctx, row, days, date, { delete: true });
    const rewards = await Rewards.open(tx, ctx, { keys: [completionKey(id, date), perfectDayKey(date)], day: date });
    await rewards.reverse(completionKey(id, date));
    if (!(await perfectOn(tx, ctx, date))) await rewards.reverse(perfectDayKey(date));
    await rewards.close();
  });
}
