import { dueOn, isCompleted } from '#common/rules/habits';
import { addDays, type DayKey, dayKey, weekStart } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import * as repo from './habits.repo';
import { dayOf, scheduleOf } from './habits.view';

/** A habit as one day asks for it (for the daily plan and Today). */
export interface HabitDue {
  id: string;
  name: string;
  target_count: number;
  count: number;
  /** Completed on that day already. */
  completed: boolean;
}

/**
 * The user's habits in use that ask for something on `day` by the habit rules (`dueOn`), with
 * that day's state: two queries whatever the history (the habits, and the user's logs of that
 * week).
 * Habits created after the day and habits skipped that day are left out.
 */
export async function habitsDueOn(
  db: DbOrTx,
  user: { id: string; timezone: string; day_start_hour: number },
  day: DayKey,
): Promise<HabitDue[]> {
  const monday = weekStart(day);
  const [active, logs] = await Promise.all([
    repo.listActive(db, user.id),
    repo.logsBetween(db, user.id, monday, addDays(monday, 6)),
  ]);
  const rows = active.filter((r) => dayKey(r.created_at, user.timezone, user.day_start_hour) <= day);
  const due: HabitDue[] = [];
  for (const row of rows) {
    const week = logs.filter((l) => l.habit_id === row.id).map(dayOf);
    const today = week.find((d) => d.date === day);
    if (today?.skipped) continue;
    // dueOn judges the day by the rest of its week, so a habit done today still reads as due.
    if (!dueOn(scheduleOf(row), day, week)) continue;
    due.push({
      id: row.id,
      name: row.name,
      target_count: row.target_count,
      count: today?.count ?? 0,
      completed: isCompleted(today),
    });
  }
  return due;
}
