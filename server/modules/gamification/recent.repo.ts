import { and, desc, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { activity_events } from './gamification.tables';

export interface LastActivity {
  event_type: string;
  occurred_at: Date;
  local_date: string;
  source_id: string | null;
  data: Record<string, unknown>;
}

/**
 * The user's most recent activity, and the last user-day with activity before `day` (Today's
 * "resume last" and its returning-after-a-gap flag). Both read one row by an index on
 * activity_events, however long the history.
 */
export async function recentActivity(
  db: DbOrTx,
  userId: string,
  day: string,
): Promise<{ last: LastActivity | null; last_day_before: string | null }> {
  const [last, before] = await Promise.all([
    db
      .select({
        event_type: activity_events.event_type,
        occurred_at: activity_events.occurred_at,
        local_date: activity_events.local_date,
        source_id: activity_events.source_id,
        data: activity_events.data,
      })
      .from(activity_events)
      .where(eq(activity_events.user_id, userId))
      .orderBy(desc(activity_events.occurred_at), desc(activity_events.id))
      .limit(1),
    db
      .select({ local_date: activity_events.local_date })
      .from(activity_events)
      .where(and(eq(activity_events.user_id, userId), lt(activity_events.local_date, day)))
      .orderBy(desc(activity_events.local_date))
      .limit(1),
  ]);
  return { last: last[0] ?? null, last_day_before: before[0]?.local_date ?? null };
}
