import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type Fact, fact, param, readFact } from '../../platform/facts';
import { activity_events } from './gamification.tables';

export interface LastActivity {
  event_type: string;
  occurred_at: Date;
  local_date: string;
  source_id: string | null;
  data: Record<string, unknown>;
}

export interface RecentActivity {
  last: LastActivity | null;
  last_day_before: string | null;
}

/**
 * The user's most recent activity, and the last user-day with activity before `day` (Today's
 * "resume last" and its returning-after-a-gap flag). Both read one row by an index on
 * activity_events, however long the history.
 */
export const recentActivityFact: Fact<RecentActivity, unknown> = fact(
  sql`json_build_object(
       'last', (select json_build_object('event_type', e.event_type, 'occurred_at', e.occurred_at,
                  'local_date', e.local_date, 'source_id', e.source_id, 'data', e.data)
                from ${activity_events} e where e.user_id = ${param.user}
                order by e.occurred_at desc, e.id desc limit 1),
       'last_day_before', (select e.local_date from ${activity_events} e
                where e.user_id = ${param.user} and e.local_date < ${param.day} order by e.local_date desc limit 1))`,
  (value) => {
    const raw = value as {
      last: (Omit<LastActivity, 'occurred_at'> & { occurred_at: string }) | null;
      last_day_before: string | null;
    };
    return {
      last: raw.last ? { ...raw.last, occurred_at: new Date(raw.last.occurred_at) } : null,
      last_day_before: raw.last_day_before,
    };
  },
);

export const recentActivity = (db: DbOrTx, userId: string, day: string) =>
  readFact(db, recentActivityFact, { user: userId, day }, null);

/** How many things the user did since `since` (activity_events_user_occurred_idx serves it). */
export async function countActivitySince(db: DbOrTx, userId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(activity_events)
    .where(
      sql`${activity_events.user_id} = ${userId} and ${activity_events.occurred_at} >= ${since.toISOString()}::timestamptz`,
    );
  return row?.n ?? 0;
}
