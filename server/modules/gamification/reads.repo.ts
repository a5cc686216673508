import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { points_ledger } from './gamification.tables';

/** The user's ledger, newest first, after a keyset cursor of (created_at, id). */
export async function ledgerPage(db: DbOrTx, userId: string, limit: number, after?: { created_at: Date; id: string }) {
  return db
    .select({
      id: points_ledger.id,
      event_type: points_ledger.event_type,
      source_id: points_ledger.source_id,
      xp: points_ledger.xp,
      coins: points_ledger.coins,
      skill_key: points_ledger.skill_key,
      skill_stars: points_ledger.skill_stars,
      reason: points_ledger.reason,
      idempotency_key: points_ledger.idempotency_key,
      created_at: points_ledger.created_at,
    })
    .from(points_ledger)
    .where(
      and(
        eq(points_ledger.user_id, userId),
        after
          ? afterKey([points_ledger.created_at, points_ledger.id], [after.created_at, after.id], 'desc')
          : undefined,
      ),
    )
    .orderBy(desc(points_ledger.created_at), desc(points_ledger.id))
    .limit(limit + 1);
}

/**
 * XP and coins earned per user-day since `from` (the first instant of the first day). Spends
 * are left out of the coins: the chart shows what was earned; reversals net out their day.
 */
export async function perDay(db: DbOrTx, userId: string, from: Date, timeZone: string, dayStartHour: number) {
  const day = sql<string>`to_char((${points_ledger.created_at} at time zone ${timeZone}) - make_interval(hours => ${dayStartHour}::int), 'YYYY-MM-DD')`;
  return (
    db
      .select({
        date: day,
        xp: sql<number>`coalesce(sum(${points_ledger.xp}), 0)`.mapWith(Number),
        coins:
          sql<number>`coalesce(sum(${points_ledger.coins}) filter (where ${points_ledger.event_type} <> 'purchase'), 0)`.mapWith(
            Number,
          ),
      })
      .from(points_ledger)
      .where(and(eq(points_ledger.user_id, userId), gte(points_ledger.created_at, from)))
      // By position: the expression's parameters would not match a repeated copy of it.
      .groupBy(sql`1`)
  );
}
