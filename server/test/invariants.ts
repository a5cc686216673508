import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../db/client';

/**
 * What must hold after writes were interrupted (a crash, an outage), for the given users: the
 * game layer's books balance and no unit of work is half there. Each check names its rule and
 * returns the rows that break it, so a test expects every list to be empty. A completed habit
 * day is worth 5 XP (a habit of target 1, as the tests make them).
 */
export async function unitViolations(db: DbOrTx, userIds: string[]): Promise<[string, unknown[]][]> {
  const checks: [string, ReturnType<typeof sql>][] = [
    [
      'wallet = sum of ledger coins',
      sql`select w.user_id from user_wallet w
            left join (select user_id, sum(coins)::int c from points_ledger group by user_id) l using (user_id)
          where w.user_id in ${userIds} and w.coins <> coalesce(l.c, 0)`,
    ],
    [
      'progress = sum of ledger xp',
      sql`select p.user_id from user_progress p
            left join (select user_id, sum(xp)::int x from points_ledger group by user_id) l using (user_id)
          where p.user_id in ${userIds} and p.total_xp <> coalesce(l.x, 0)`,
    ],
    [
      'a completed habit day is paid once, an undone one not at all',
      sql`select h.id from habits h
            left join habit_logs g on g.habit_id = h.id and g.completed_at is not null
            left join (select source_id, sum(xp)::int x from points_ledger
                       where event_type = 'habit_complete' group by source_id) l on l.source_id = h.id
          where h.user_id in ${userIds} and coalesce(l.x, 0) <> case when g.id is null then 0 else 5 end`,
    ],
    [
      'every focus session was announced when it started, and when it was abandoned',
      sql`select f.id from focus_sessions f where f.user_id in ${userIds} and (
            not exists (select 1 from realtime_events e where e.user_id = f.user_id and e.type = 'focus_state'
                        and e.data->>'session_id' = f.id::text and e.data->>'status' = 'active')
            or (f.status = 'abandoned') <> exists (select 1 from realtime_events e where e.user_id = f.user_id
                        and e.type = 'focus_state' and e.data->>'session_id' = f.id::text
                        and e.data->>'status' = 'abandoned'))`,
    ],
    [
      'no event announces a focus session that did not commit',
      sql`select e.id from realtime_events e where e.user_id in ${userIds} and e.type = 'focus_state'
            and not exists (select 1 from focus_sessions f where f.id::text = e.data->>'session_id')`,
    ],
  ];
  return Promise.all(checks.map(async ([name, query]) => [name, await queryRows(db, query)] as [string, unknown[]]));
}
