import { type BookStats, type BookStatus, STATS_WEEKS } from '#common/contracts/books';
import { bookStatuses } from '#common/enums';
import { pagesPerWeek, readingStreak, statsFrom } from '#common/rules/books';
import { dayStart } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import { scopeOf } from '../../platform/facts';
import { readSetting } from '../settings';
import * as repo from './books.repo';

/** How far back the reading streak is counted: a longer run shows as this many days. */
export const STREAK_DAYS_READ = 366;

/**
 * Reading stats as of the user's today: a bounded read of daily sums (the last 12 weeks, or a
 * year for the streak), the finished books per year, the shelves and the yearly goal.
 */
export async function stats(ctx: Ctx, year?: number): Promise<BookStats> {
  const db = ctx.database.db;
  const { day: today } = scopeOf(ctx);
  const { timezone, day_start_hour } = ctx.user;
  const from = dayStart(statsFrom(today, STATS_WEEKS, STREAK_DAYS_READ), timezone, day_start_hour);
  const days = await repo.readingDays(db, ctx.userId, from, timezone, day_start_hour);
  const perYear = await repo.finishedPerYear(db, ctx.userId, timezone, day_start_hour);
  const counts = await repo.shelfCounts(db, ctx.userId);
  const goal = await readSetting(db, ctx.userId, 'reading_goal_yearly');

  const weeks = pagesPerWeek(days, today, STATS_WEEKS);
  const thisWeek = weeks[weeks.length - 1] ?? { pages: 0, minutes: 0 };
  const wanted = year ?? Number(today.slice(0, 4));
  const shelves = Object.fromEntries(bookStatuses.map((s) => [s, 0])) as Record<BookStatus, number>;
  for (const c of counts) shelves[c.status as BookStatus] = c.count;
  return {
    today,
    pages_per_week: weeks,
    this_week: { pages: thisWeek.pages, minutes: thisWeek.minutes },
    streak_days: readingStreak(
      days.filter((d) => d.pages > 0 || d.minutes > 0).map((d) => d.day),
      today,
    ),
    finished_per_year: [...perYear].sort((a, b) => b.year - a.year),
    year: { year: wanted, finished: perYear.find((y) => y.year === wanted)?.count ?? 0, goal },
    shelves,
  };
}
