import { type SQL, sql } from 'drizzle-orm';
import { xpForLevel } from '#common/rules/levels';
import type { Db } from '../../server/db/client';
import { queryRows } from '../../server/db/client';
import { rebuildGameCounters } from '../../server/modules/gamification';
import { rebuildUnreadCounts } from '../../server/modules/inbox';
import type { SeedContext, UserData } from './model';
import { replayGameLayer } from './replay';

/**
 * The derived state of the seed, in order. The domains' own rows come from the generators in
 * modules/ (each keeps its module's caches as the module would: a habit's streak columns, a
 * focus session's reward, a goal's progress). Everything the game layer maintains is derived
 * here, so every invariant holds by construction:
 *
 * Per user, in memory, before the rows are written (`userSteps`):
 *   1. replay `record` over the user's activities in time order: activity_events, points_ledger
 *      (rewards by common/rules/rewards, achievement and quest-claim rows), user_achievements,
 *      user_streaks, user_quest_progress, and the inbox notifications the reward listener writes.
 *
 * In the database, over every seeded user, after all rows are written (`databaseSteps`):
 *   2. user_wallet from points_ledger (coins = Σ coins; lifetime earned and spent);
 *   3. user_progress from points_ledger (total_xp = Σ xp, the level by common/rules/levels,
 *      total_skill_stars = Σ stars);
 *   4. user_skills from the ledger's stars per skill (level by the skill's stars per level, capped);
 *
 *   5. user_counters: the game layer's (events, totals, durations) and the inbox's unread badge,
 *      recounted by the modules' own rebuild functions;
 *   6. check the invariants (wallet and progress equal the ledger's sums, skills its stars).
 *
 * A read model a module adds later gets its step here, calling the module's exported rebuild
 * function for the seeded users.
 */

export interface UserStep {
  name: string;
  run(data: UserData, context: SeedContext): void;
}

export const userSteps: UserStep[] = [
  {
    name: 'game layer replay: activity_events, points_ledger, user_achievements, user_streaks, user_quest_progress, inbox notifications',
    run: replayGameLayer,
  },
];

export interface DatabaseStep {
  name: string;
  /** `users` is a query yielding the seeded users' ids. */
  run(db: Db, users: SQL): Promise<number>;
}

/** Level starts: the level of `xp` is how many of them are ≤ xp. */
const LEVEL_STARTS = Array.from({ length: 400 }, (_, i) => xpForLevel(i + 1));

async function count(db: Db, query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, query);
  return Number(row?.n ?? 0);
}

export const databaseSteps: DatabaseStep[] = [
  {
    name: 'user_wallet from points_ledger',
    async run(db, users) {
      await db.execute(sql`
        insert into user_wallet (user_id, coins, total_earned, total_spent)
        select u.id,
          coalesce(sum(l.coins), 0),
          greatest(0, coalesce(sum(l.coins) filter (where l.event_type not in ('purchase', 'refund')), 0)),
          greatest(0, coalesce(-sum(l.coins) filter (where l.event_type in ('purchase', 'refund')), 0))
        from users u left join points_ledger l on l.user_id = u.id
        where u.id in (${users})
        group by u.id`);
      return count(db, sql`select count(*) as n from user_wallet where user_id in (${users})`);
    },
  },
  {
    name: 'user_progress from points_ledger',
    async run(db, users) {
      const starts = sql.raw(`array[${LEVEL_STARTS.join(',')}]::bigint[]`);
      await db.execute(sql`
        insert into user_progress (user_id, total_xp, level, total_skill_stars)
        select s.id, s.xp, (select count(*) from unnest(${starts}) t where t <= s.xp), s.stars
        from (
          select u.id, coalesce(sum(l.xp), 0) as xp, coalesce(sum(l.skill_stars), 0) as stars
          from users u left join points_ledger l on l.user_id = u.id
          where u.id in (${users})
          group by u.id
        ) s`);
      return count(db, sql`select count(*) as n from user_progress where user_id in (${users})`);
    },
  },
  {
    name: 'user_skills from the ledger stars',
    async run(db, users) {
      await db.execute(sql`
        insert into user_skills (user_id, skill_key, stars, level)
        select l.user_id, l.skill_key, sum(l.skill_stars),
          least(d.max_level, sum(l.skill_stars) / d.stars_per_level)
        from points_ledger l join skill_definitions d on d.key = l.skill_key
        where l.user_id in (${users}) and l.skill_stars > 0
        group by l.user_id, l.skill_key, d.max_level, d.stars_per_level`);
      return count(db, sql`select count(*) as n from user_skills where user_id in (${users})`);
    },
  },
  {
    name: 'user_counters from activity_events and inbox_items',
    async run(db, users) {
      const ids = (await queryRows<{ id: string }>(db, sql`${users}`)).map((r) => r.id);
      for (let i = 0; i < ids.length; i += 200) {
        const batch = ids.slice(i, i + 200);
        await db.transaction(async (tx) => {
          await rebuildGameCounters(tx, batch);
          await rebuildUnreadCounts(tx, batch);
        });
      }
      return count(db, sql`select count(*) as n from user_counters where user_id in (${users})`);
    },
  },
  {
    name: 'check: wallet, progress and skills equal the ledger',
    async run(db, users) {
      const broken = await count(
        db,
        sql`select count(*) as n from users u
          join user_wallet w on w.user_id = u.id
          join user_progress p on p.user_id = u.id
          left join lateral (select coalesce(sum(coins), 0) as coins, coalesce(sum(xp), 0) as xp,
              coalesce(sum(skill_stars), 0) as stars
            from points_ledger where user_id = u.id) l on true
          left join lateral (select coalesce(sum(stars), 0) as stars from user_skills where user_id = u.id) s on true
          where u.id in (${users})
            and (w.coins <> l.coins or p.total_xp <> l.xp or p.total_skill_stars <> l.stars or s.stars <> l.stars)`,
      );
      if (broken > 0) throw new Error(`${broken} seeded users whose wallet or progress differs from the ledger`);
      return 0;
    },
  },
];
