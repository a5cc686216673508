import type { z } from 'zod';
import type { AdminStats, AdminStatsDay, adminStatsQuery } from '#common/contracts/admin';
import type { Database } from '../../db/client';
import type { Ctx } from '../../platform/access';
import * as repo from './stats.repo';

const DAY_MS = 86_400_000;
/** How many days one rollup statement reads at most: the first rollup covers the whole history. */
const ROLLUP_CHUNK_DAYS = 92;

const startOfUtcDay = (at: Date) => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
const dayKey = (at: Date) => at.toISOString().slice(0, 10);
const dayStart = (key: string) => new Date(`${key}T00:00:00Z`);
const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

const none: repo.DayFigures = { events: 0, active_users: 0, coins_earned: 0, coins_spent: 0 };

/**
 * Rolls up every closed UTC day not yet in the rollup, from the first day anything was recorded
 * up to yesterday, and answers the last day rolled up. The days are written under a lock, and a day already there is kept, so two
 * instances asking at once compute the missing days once and never rewrite a closed one.
 */
async function rollUp(database: Database, today: Date): Promise<string | null> {
  const yesterday = dayKey(addDays(today, -1));
  const last = await repo.lastRolledDay(database.db);
  if (last !== null && last >= yesterday) return last;
  return database.db.transaction(async (tx) => {
    await repo.lockRollup(tx);
    const lastNow = await repo.lastRolledDay(tx);
    let from: Date;
    if (lastNow !== null) from = addDays(dayStart(lastNow), 1);
    else {
      const first = await repo.firstRecorded(tx);
      if (!first) return null;
      from = startOfUtcDay(first);
    }
    if (from >= today) return lastNow;
    while (from < today) {
      const to = new Date(Math.min(addDays(from, ROLLUP_CHUNK_DAYS).getTime(), today.getTime()));
      const figures = await repo.figuresByDay(tx, from, to);
      const days: Omit<repo.DailyRow, 'created_at'>[] = [];
      for (let d = from; d < to; d = addDays(d, 1)) {
        days.push({ day: dayKey(d), ...(figures.get(dayKey(d)) ?? none) });
      }
      await repo.insertDays(tx, days);
      from = to;
    }
    return yesterday;
  });
}

/**
 * The stats page's figures (docs/RULES.md "Admin"): closed days from the rollup, today live from
 * index ranges, sign-ups and active users from the users' indexes.
 */
export async function stats(ctx: Ctx, query: z.output<typeof adminStatsQuery>): Promise<AdminStats> {
  const now = ctx.clock.now();
  const today = startOfUtcDay(now);
  const tomorrow = addDays(today, 1);
  const from = addDays(today, -(query.days - 1));
  const rolledThrough = await rollUp(ctx.database, today);

  const { db } = ctx.database;
  const active = await repo.activeUsers(
    db,
    new Date(now.getTime() - 7 * DAY_MS),
    new Date(now.getTime() - 30 * DAY_MS),
  );
  const signUps = await repo.signUpsByDay(db, from, tomorrow);
  const rolled = new Map((await repo.rolledDays(db, dayKey(from), dayKey(today))).map((r) => [r.day, r]));
  const live = (await repo.figuresByDay(db, today, tomorrow)).get(dayKey(today)) ?? none;
  const totals = await repo.rolledTotals(db);
  const storage = await repo.storage(db);
  const queue = await repo.queueDepth(db);

  const days: AdminStatsDay[] = [];
  for (let d = from; d <= today; d = addDays(d, 1)) {
    const key = dayKey(d);
    const figures = key === dayKey(today) ? live : (rolled.get(key) ?? none);
    days.push({
      day: key,
      sign_ups: signUps.get(key) ?? 0,
      events: figures.events,
      active_users: figures.active_users,
      coins_earned: figures.coins_earned,
      coins_spent: figures.coins_spent,
    });
  }
  const earned = totals.earned + live.coins_earned;
  const spent = totals.spent + live.coins_spent;
  return {
    as_of: now,
    users: { active_7d: active.d7, active_30d: active.d30 },
    days,
    economy: { coins_earned: earned, coins_spent: spent, coins_in_wallets: earned - spent },
    storage,
    analysis_queue: queue,
    rolled_up_through: rolledThrough,
  };
}
