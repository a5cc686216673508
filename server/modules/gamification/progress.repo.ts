import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { SkillKey, StreakType } from '#common/enums';
import type { StreakState } from '#common/rules/streaks';
import type { DbOrTx } from '../../db/client';
import { jsonAgg } from '../../db/json-rows';
import { defineCatalogue } from '../../platform/catalogues';
import { type Fact, fact, param } from '../../platform/facts';
import { activity_events, skill_definitions, user_skills, user_streaks } from './gamification.tables';

// ── Streaks ───────────────────────────────────────────────────────────────────

/** The upsert of one streak's state. */
export function saveStreak(tx: DbOrTx, userId: string, type: StreakType, s: StreakState) {
  const values = {
    current_streak: s.current,
    longest_streak: s.longest,
    last_active_date: s.last_active_date,
    shields_used: s.shields_used,
  };
  return tx
    .insert(user_streaks)
    .values({ user_id: userId, streak_type: type, ...values })
    .onConflictDoUpdate({ target: [user_streaks.user_id, user_streaks.streak_type], set: values });
}

// ── Skills ────────────────────────────────────────────────────────────────────

/**
 * The upsert that adds (or, negative, removes) a skill's stars; the level follows the skill's
 * stars per level and cap.
 */
export function addStars(tx: DbOrTx, userId: string, skill: SkillKey, stars: number) {
  const def = sql`(select ${skill_definitions.stars_per_level} as per, ${skill_definitions.max_level} as cap
                   from ${skill_definitions} where ${skill_definitions.key} = ${skill})`;
  const newStars = sql`greatest(0, ${user_skills.stars} + ${stars})`;
  return tx
    .insert(user_skills)
    .values({
      user_id: userId,
      skill_key: skill,
      stars: Math.max(0, stars),
      level: sql`(select least(d.cap, ${Math.max(0, stars)} / d.per) from ${def} d)`,
    })
    .onConflictDoUpdate({
      target: [user_skills.user_id, user_skills.skill_key],
      set: { stars: newStars, level: sql`(select least(d.cap, ${newStars} / d.per) from ${def} d)` },
    });
}

// ── Activity facts (achievements, streak bridging) ────────────────────────────

/** Whether the user did anything that keeps a streak alive on `day`. */
export async function activeOn(db: DbOrTx, userId: string, day: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql`1` })
    .from(activity_events)
    .where(
      and(
        eq(activity_events.user_id, userId),
        eq(activity_events.local_date, day),
        ne(activity_events.event_type, 'daily_login'),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** A whole, non-negative number fact of the event data, as common/rules/rewards.ts `fact` reads it. */
const factSql = (key: 'focused_seconds' | 'minutes' | 'pages' | 'duration_seconds') => {
  // A literal, not a parameter: `jsonb -> unknown` is ambiguous to PostgreSQL.
  const k = sql.raw(`'${key}'`);
  return sql`floor(greatest(0, case when jsonb_typeof(${activity_events.data} -> ${k}) = 'number'
        then (${activity_events.data} ->> ${k})::numeric else 0 end))`;
};
const isFocusTime = sql`coalesce(${activity_events.data} ->> 'mode', 'focus') not in ('short_break', 'long_break')`;

/** Seconds an event lasted, as common/rules/activity.ts `durationSeconds` reads it. */
const durationSql = sql`case ${activity_events.event_type}
    when 'focus_complete' then ${factSql('focused_seconds')}
    when 'workout_complete' then ${factSql('minutes')} * 60
    when 'reading_session' then ${factSql('minutes')} * 60
    else ${factSql('duration_seconds')} end`;

/**
 * The game counters (game-counters.ts) of some users recounted from their activity events, as
 * `record` keeps them: rows of (user_id, key, n) for platform/counters.ts `rebuildCounters`.
 */
export function gameCounterSource(userIds: string[]): SQL {
  const type = activity_events.event_type;
  const ofUsers = sql`${activity_events.user_id} = any(${`{${userIds.join(',')}}`}::uuid[])`;
  const totals = sql.join(
    [
      sql`('focus_minutes', case when ${type} = 'focus_complete' and ${isFocusTime} then floor(${factSql('focused_seconds')} / 60) else 0 end)`,
      sql`('pages_read', case when ${type} = 'reading_session' then ${factSql('pages')} else 0 end)`,
      sql`('reading_minutes', case when ${type} = 'reading_session' then ${factSql('minutes')} else 0 end)`,
      sql`('exercise_minutes', case when ${type} = 'workout_complete' then ${factSql('minutes')} else 0 end)`,
    ],
    sql`, `,
  );
  return sql`select ${activity_events.user_id} as user_id, 'game:count:' || ${type} as key, 1 as n
      from ${activity_events} where ${ofUsers}
    union all
    select ${activity_events.user_id}, 'game:total:' || t.metric, t.amount
      from ${activity_events} cross join lateral (values ${totals}) as t(metric, amount)
      where ${ofUsers} and t.amount > 0
    union all
    select ${activity_events.user_id}, 'game:seconds:' || ${type} || ':' || (${durationSql})::bigint, 1
      from ${activity_events} where ${ofUsers} and ${durationSql} > 0`;
}

// ── Facts for composed reads (platform/facts.ts) ──────────────────────────────

export type SkillDefinition = typeof skill_definitions.$inferSelect;

/** The active skills in catalogue order, through the instance's copy. */
export const skillCatalogue = defineCatalogue('skills', ['skill_definitions'], (db) =>
  db
    .select()
    .from(skill_definitions)
    .where(eq(skill_definitions.is_active, true))
    .orderBy(skill_definitions.sort_order, skill_definitions.id),
);

/** The user's stars and level per skill key, for a composed read. */
export const userSkillsFact: Fact<Map<string, { stars: number; level: number }>, unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_array(s.skill_key, s.stars, s.level)`)}
       from ${user_skills} s where s.user_id = ${param.user})`,
  (value) => new Map((value as [string, number, number][]).map(([key, stars, level]) => [key, { stars, level }])),
);

/** The user's streaks by type. */
export const streaksFact: Fact<Map<StreakType, StreakState>, unknown> = fact(
  sql`(select ${jsonAgg(sql`json_build_array(s.streak_type, json_build_object('current', s.current_streak,
         'longest', s.longest_streak, 'last_active_date', s.last_active_date, 'shields_used', s.shields_used))`)}
       from ${user_streaks} s where s.user_id = ${param.user})`,
  (value) => new Map(value as [StreakType, StreakState][]),
);

/** Whether the user did anything yesterday that keeps a streak alive (as `activeOn`). */
export const activeYesterdayFact: Fact<boolean, unknown> = fact(
  sql`exists (select 1 from ${activity_events} e
       where e.user_id = ${param.user} and e.local_date = ${param.yesterday} and e.event_type <> 'daily_login')`,
  (value) => value === true,
);
