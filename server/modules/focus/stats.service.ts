import type { z } from 'zod';
import type { FocusStats, focusStatsQuery } from '#common/contracts/focus';
import { dailyTotals, focusTotals, lastDays, periodContaining, type Zone } from '#common/rules/focus';
import { dayKey, dayRange, dayStart } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import * as repo from './focus.repo';
import { settleOpen } from './focus.service';

/** Minutes, sessions and completion rate for the current period, and per user-day for a chart. */
export async function stats(ctx: Ctx, query: z.output<typeof focusStatsQuery>): Promise<FocusStats> {
  const now = ctx.clock.now();
  // A session that ran out counts as soon as anyone looks.
  await settleOpen(ctx, now);
  const zone: Zone = { timeZone: ctx.user.timezone, dayStartHour: ctx.user.day_start_hour };
  const period = periodContaining(query.period, now, zone);
  const days = lastDays(query.days, now, zone);
  const today = dayKey(now, zone.timeZone, zone.dayStartHour);
  const seriesStart = dayStart(days[0] ?? today, zone.timeZone, zone.dayStartHour);
  const todayEnd = dayRange(today, zone.timeZone, zone.dayStartHour).end;
  const from = new Date(Math.min(period.start.getTime(), seriesStart.getTime()));
  const to = new Date(Math.max(period.end.getTime(), todayEnd.getTime()));
  const rows = await repo.closedBetween(ctx.database.db, ctx.userId, query.mode, from, to);
  const inPeriod = rows.filter((r) => r.ended_at >= period.start && r.ended_at < period.end);
  return {
    period: query.period,
    mode: query.mode,
    key: period.key,
    start: period.start,
    end: period.end,
    today,
    summary: focusTotals(inPeriod),
    days: dailyTotals(rows, days, zone),
  };
}
