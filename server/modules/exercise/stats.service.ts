import type { z } from 'zod';
import { type ExerciseStats, type MuscleGroup, muscleGroupNames, type statsQuery } from '#common/contracts/exercise';
import { type Muscle, muscleGroups } from '#common/enums';
import { addDays, type DayKey, dayKey, dayStart, weekStart } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import { scopeOf } from '../../platform/facts';
import * as recordsRepo from './records.repo';
import { recordView } from './records.service';
import * as repo from './stats.repo';

/** Records the statistics list at most. */
const STATS_RECORDS_MAX = 100;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The muscle groups an exercise's primary muscles count towards; full body when it names none. */
function groupsOf(primary: string[]): MuscleGroup[] {
  const groups = new Set(primary.map((m) => (muscleGroups[m as Muscle] ?? 'full_body') as MuscleGroup));
  return groups.size > 0 ? [...groups] : ['full_body'];
}

const emptyGroups = () => Object.fromEntries(muscleGroupNames.map((g) => [g, 0])) as Record<MuscleGroup, number>;

/**
 * The last `weeks` weeks (Monday to Sunday in the user's days, this one last): finished sessions,
 * active minutes, working volume in total and by primary muscle group (an exercise of several
 * groups splits its volume evenly), and the records set in the range. Each read is bounded by
 * the range through an index.
 */
export async function stats(ctx: Ctx, query: z.output<typeof statsQuery>): Promise<ExerciseStats> {
  const scope = scopeOf(ctx);
  const { timezone, day_start_hour } = scope;
  const thisWeek = weekStart(scope.day);
  const first = addDays(thisWeek, -(query.weeks - 1) * 7);
  const from = dayStart(first, timezone, day_start_hour);
  const to = dayStart(addDays(thisWeek, 7), timezone, day_start_hour);
  const db = ctx.database.db;
  const [sessions, volumes, records] = [
    await repo.finishedIn(db, ctx.userId, from, to),
    await repo.volumeIn(db, ctx.userId, from, to),
    await recordsRepo.timeline(db, ctx.userId, { since: from, limit: STATS_RECORDS_MAX - 1 }),
  ];

  const weeks = new Map<DayKey, ExerciseStats['weeks'][number]>();
  for (let i = 0; i < query.weeks; i++) {
    const week_start = addDays(first, i * 7);
    weeks.set(week_start, {
      week_start,
      sessions: 0,
      active_minutes: 0,
      volume: 0,
      volume_by_group: emptyGroups(),
      sets: 0,
    });
  }
  const weekOf = (at: Date) => weeks.get(weekStart(dayKey(at, timezone, day_start_hour)));
  const seconds = new Map<DayKey, number>();
  for (const s of sessions) {
    const week = weekOf(s.started_at);
    if (!week) continue;
    week.sessions += 1;
    seconds.set(week.week_start, (seconds.get(week.week_start) ?? 0) + (s.duration_seconds ?? 0));
  }
  for (const v of volumes) {
    const week = weekOf(v.started_at);
    if (!week) continue;
    week.volume += v.volume;
    week.sets += v.sets;
    const groups = groupsOf(v.primary_muscles);
    for (const g of groups) week.volume_by_group[g] += v.volume / groups.length;
  }
  const list = [...weeks.values()].map((w) => ({
    ...w,
    active_minutes: Math.floor((seconds.get(w.week_start) ?? 0) / 60),
    volume: round2(w.volume),
    volume_by_group: Object.fromEntries(Object.entries(w.volume_by_group).map(([g, v]) => [g, round2(v)])) as Record<
      MuscleGroup,
      number
    >,
  }));
  return {
    weeks: list,
    totals: {
      sessions: list.reduce((n, w) => n + w.sessions, 0),
      active_minutes: list.reduce((n, w) => n + w.active_minutes, 0),
      volume: round2(list.reduce((n, w) => n + w.volume, 0)),
    },
    records: records.slice(0, STATS_RECORDS_MAX).map(recordView),
  };
}
