import {
  dueOn,
  type HabitDay,
  type HabitSchedule,
  habitPeriods,
  habitStart,
  isCompleted,
  isPerfectDay,
  isScheduledDay,
  type PerfectDayHabit,
  streaksOf,
} from '#common/rules/habits';
import { addDays, type DayKey, weekStart } from '#common/time/day';
import { habit_logs, habits } from '../../../server/db/schema';
import type { SeedModule } from '../model';

interface HabitSpec {
  name: string;
  icon: string;
  schedule: HabitSchedule;
  target: number;
  /** Hours after the day's start it is usually done. */
  hour: number;
}

const SPECS: HabitSpec[] = [
  { name: 'Stretch', icon: 'activity', schedule: daily(), target: 1, hour: 1 },
  {
    name: 'Practise scales',
    icon: 'music',
    schedule: { schedule_type: 'weekdays', schedule_days: [1, 2, 3, 4, 5], times_per_week: null },
    target: 1,
    hour: 2.5,
  },
  { name: 'Drink water', icon: 'droplet', schedule: daily(), target: 3, hour: 10 },
  {
    name: 'Run',
    icon: 'footprints',
    schedule: { schedule_type: 'times_per_week', schedule_days: [], times_per_week: 3 },
    target: 1,
    hour: 12,
  },
  { name: 'Read 20 pages', icon: 'book', schedule: daily(), target: 1, hour: 15.5 },
  { name: 'Journal', icon: 'pen', schedule: daily(), target: 1, hour: 17 },
];

function daily(): HabitSchedule {
  return { schedule_type: 'daily', schedule_days: [], times_per_week: null };
}

interface Log extends HabitDay {
  id: string;
  /** When the day was completed or skipped. */
  at: Date;
}

interface Built {
  id: string;
  spec: HabitSpec;
  createdAt: Date;
  createdDay: DayKey;
  archivedAt: Date | null;
  logs: Log[];
}

/**
 * Habits and their days. The first habit ("Stretch") is never logged today, so the benchmark
 * always has a habit due to complete. Each completion reports `habit_complete` with the streak
 * its period reached (the run of met periods, as the habit rules judge it), and the completion
 * that makes a day perfect reports `perfect_habit_day`. The rows' streak columns are the cache
 * the habits module keeps (common/rules/habits on the whole history).
 */
export const habitsModule: SeedModule = {
  name: 'habits',
  generate(data) {
    const { user } = data;
    const rng = user.rng('habits');
    const count = user.heavy ? SPECS.length : rng.int(1, 4);
    const pDone = user.heavy ? 0.86 : 0.65;
    const built: Built[] = [];

    SPECS.slice(0, count).forEach((spec, i) => {
      // One stream per habit: a day of one habit logged later today leaves the others as they were.
      const rng = user.rng(`habits:${i}`);
      const id = rng.uuid();
      // The heavy user started reading a year in and stopped journalling a year ago.
      const createdAt =
        user.heavy && spec.name === 'Read 20 pages'
          ? user.at(addDays(user.today, -365), 0.5)
          : new Date(user.createdAt.getTime() + (i + 1) * 60_000);
      const archivedAt = user.heavy && spec.name === 'Journal' ? user.at(addDays(user.today, -365), 18) : null;
      const createdDay = user.dayOf(createdAt);
      const archivedDay = archivedAt ? user.dayOf(archivedAt) : null;
      const logs: Log[] = [];
      const weekly = spec.schedule.schedule_type === 'times_per_week';

      let run = 0; // met periods in the current run (days, or weeks for a weekly habit)
      let week = '';
      let weekDone = 0;
      let weekSkipped = 0;
      const startWeek = weekStart(createdDay);
      const closeWeek = () => {
        if (!week) return;
        const quota = spec.schedule.times_per_week ?? 1;
        if (weekDone >= quota) return; // met: counted when it was reached
        if (week === startWeek || weekDone + weekSkipped >= quota) return; // pending or excused
        run = 0;
      };

      for (let d = createdDay; d <= user.today; d = addDays(d, 1)) {
        if (archivedDay && d >= archivedDay) break;
        if (weekly && weekStart(d) !== week) {
          closeWeek();
          week = weekStart(d);
          weekDone = 0;
          weekSkipped = 0;
        }
        const scheduled = weekly || isScheduledDay(spec.schedule, d);
        if (!scheduled) continue;
        const open = i === 0 && d === user.today;
        const roll = rng.next();
        const at = user.at(d, spec.hour + rng.next() * 1.5 - 0.5);
        const wants = weekly ? roll < 0.5 : roll < pDone;
        const skips = !weekly && roll > 0.97;
        if (open || !user.past(at) || (d === createdDay && at < createdAt)) {
          if (!weekly && d < user.today) run = 0;
          continue;
        }
        if (wants) {
          const log: Log = { id: rng.uuid(), date: d, count: spec.target, target: spec.target, skipped: false, at };
          logs.push(log);
          let streak: number;
          if (weekly) {
            weekDone++;
            if (weekDone === spec.schedule.times_per_week) {
              run++;
              streak = run;
            } else streak = 0;
          } else {
            run++;
            streak = run;
          }
          data.record({
            type: 'habit_complete',
            idempotency_key: `habit_complete:${id}:${d}`,
            source_id: id,
            occurred_at: at,
            data: { streak },
          });
        } else if (skips) {
          logs.push({ id: rng.uuid(), date: d, count: 0, target: spec.target, skipped: true, at });
          weekSkipped++;
        } else if (!weekly && d < user.today) {
          run = 0;
        }
      }
      built.push({ id, spec, createdAt, createdDay, archivedAt, logs });
    });

    perfectDays(data, built);

    built.forEach((h, i) => {
      const periods = habitPeriods(h.spec.schedule, {
        start: habitStart(h.createdDay, h.logs),
        today: user.today,
        days: h.logs,
      });
      const streaks = streaksOf(periods);
      const last = h.logs.filter(isCompleted).at(-1)?.date ?? null;
      data.add(habits, {
        id: h.id,
        user_id: user.id,
        name: h.spec.name,
        description: null,
        icon: h.spec.icon,
        color: null,
        schedule_type: h.spec.schedule.schedule_type,
        schedule_days: [...h.spec.schedule.schedule_days],
        times_per_week: h.spec.schedule.times_per_week,
        target_count: h.spec.target,
        current_streak: streaks.current,
        longest_streak: Math.max(streaks.longest, streaks.current),
        last_completed_date: last,
        sort_order: i,
        archived_at: h.archivedAt,
        created_at: h.createdAt,
        updated_at: h.logs.at(-1)?.at ?? h.createdAt,
      });
      for (const log of h.logs) {
        data.add(habit_logs, {
          id: log.id,
          user_id: user.id,
          habit_id: h.id,
          log_date: log.date,
          count: log.count,
          target: log.target,
          note: null,
          skipped: log.skipped,
          completed_at: log.skipped ? null : log.at,
          created_at: log.at,
          updated_at: log.at,
        });
      }
    });
  },
};

/**
 * Reports `perfect_habit_day` at the completion that made a day perfect (judged, as the habits
 * module does, on the habits in use at that moment and their logs of the week so far), and
 * leaves each day's due habits for the plan.
 */
function perfectDays(data: Parameters<SeedModule['generate']>[0], built: Built[]): void {
  const { user } = data;
  const byDay = new Map<DayKey, { habit: Built; log: Log }[]>();
  for (const habit of built) {
    for (const log of habit.logs) {
      if (log.skipped) continue;
      const list = byDay.get(log.date) ?? [];
      list.push({ habit, log });
      byDay.set(log.date, list);
    }
  }
  const weeks = new Map<Built, Map<DayKey, Log[]>>();
  for (const h of built) {
    const byWeek = new Map<DayKey, Log[]>();
    for (const log of h.logs) {
      const monday = weekStart(log.date);
      byWeek.set(monday, [...(byWeek.get(monday) ?? []), log]);
    }
    weeks.set(h, byWeek);
  }
  for (let d = user.firstDay; d <= user.today; d = addDays(d, 1)) {
    const monday = weekStart(d);
    const inUse = (at: Date) => built.filter((h) => h.createdAt <= at && (!h.archivedAt || h.archivedAt > at));
    const weekOf = (h: Built, at: Date) =>
      (weeks.get(h)?.get(monday) ?? []).filter((l) => l.date < d || (l.date === d && (l.skipped || l.at <= at)));

    // The plan of the day lists the habits due when the day starts.
    const dayStartAt = user.at(d, 0);
    for (const h of inUse(dayStartAt)) {
      if (!dueOn(h.spec.schedule, d, weekOf(h, dayStartAt))) continue;
      const done = h.logs.find((l) => l.date === d && !l.skipped);
      data.day(d).habits.push({ id: h.id, name: h.spec.name, completedAt: done?.at ?? null });
    }

    const completions = (byDay.get(d) ?? []).sort((a, b) => a.log.at.getTime() - b.log.at.getTime());
    for (const { log } of completions) {
      const judged: PerfectDayHabit[] = inUse(log.at).map((h) => {
        const week = weekOf(h, log.at);
        return { schedule: h.spec.schedule, start: habitStart(h.createdDay, week), week };
      });
      if (isPerfectDay(judged, d)) {
        data.record({
          type: 'perfect_habit_day',
          idempotency_key: `perfect_habit_day:${d}`,
          source_id: null,
          occurred_at: log.at,
          data: {},
        });
        break;
      }
    }
  }
}
