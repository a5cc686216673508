import { dueOn, isCompleted } from '#common/rules/habits';
import { dayKey } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import { type Fact, type FactScope, mapFact, readScoped } from '../../platform/facts';
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
 * The user's habits in use that ask for something on the scope's day by the habit rules
 * (`dueOn`), with that day's state, read from the habits and the user's logs of that week,
 * whatever the history. Habits created after the day and habits skipped that day are left out.
 */
export const habitsDueFact: Fact<HabitDue[]> = mapFact(
  repo.activeWithWeekFact,
  ({ habits, logs }, scope: FactScope) => {
    const due: HabitDue[] = [];
    for (const row of habits) {
      if (dayKey(row.created_at, scope.timezone, scope.day_start_hour) > scope.day) continue;
      const week = logs.filter((l) => l.habit_id === row.id).map(dayOf);
      const today = week.find((d) => d.date === scope.day);
      if (today?.skipped) continue;
      // dueOn judges the day by the rest of its week, so a habit done today still reads as due.
      if (!dueOn(scheduleOf(row), scope.day, week)) continue;
      due.push({
        id: row.id,
        name: row.name,
        target_count: row.target_count,
        count: today?.count ?? 0,
        completed: isCompleted(today),
      });
    }
    return due;
  },
);

/** The habits due on the scope's day (its `day` may be another than today). */
export const habitsDueOn = (db: DbOrTx, scope: FactScope): Promise<HabitDue[]> => readScoped(db, habitsDueFact, scope);
