import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ActivityEventType, SkillKey, StreakType } from '#common/enums';
import type { TotalMetric } from '#common/rules/activity';
import type { StreakState } from '#common/rules/streaks';
import type { DbOrTx } from '../../db/client';
import { activity_events, skill_definitions, user_progress, user_skills, user_streaks } from './gamification.tables';

// ── Streaks ───────────────────────────────────────────────────────────────────

export async function streaks(db: DbOrTx, userId: string, types?: StreakType[]): Promise<Map<StreakType, StreakState>> {
  const rows = await db
    .select()
    .from(user_streaks)
    .where(
      types
        ? and(eq(user_streaks.user_id, userId), inArray(user_streaks.streak_type, types))
        : eq(user_streaks.user_id, userId),
    );
  return new Map(
    rows.map((r) => [
      r.streak_type as StreakType,
      {
        current: r.current_streak,
        longest: r.longest_streak,
        last_active_date: r.last_active_date,
        shields_used: r.shields_used,
      },
    ]),
  );
}

export async function saveStreak(tx: DbOrTx, userId: string, type: StreakType, s: StreakState): Promise<void> {
  const values = {
    current_streak: s.current,
    longest_streak: s.longest,
    last_active_date: s.last_active_date,
    shields_used: s.shields_used,
  };
  await tx
    .insert(user_streaks)
    .values({ user_id: userId, streak_type: type, ...values })
    .onConflictDoUpdate({ target: [user_streaks.user_id, user_streaks.streak_type], set: values });
}

// ── Skills ────────────────────────────────────────────────────────────────────

/** Adds (or, negative, removes) stars; the level follows the skill's stars per level and cap. */
export async function addStars(tx: DbOrTx, userId: string, skill: SkillKey, stars: number): Promise<void> {
  if (stars === 0) return;
  const def = sql`(select ${skill_definitions.stars_per_level} as per, ${skill_definitions.max_level} as cap
                   from ${skill_definitions} where ${skill_definitions.key} = ${skill})`;
  const newStars = sql`greatest(0, ${user_skills.stars} + ${stars})`;
  await tx
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

export async function skills(db: DbOrTx, userId: string) {
  return db
    .select({
      key: skill_definitions.key,
      name: skill_definitions.name,
      description: skill_definitions.description,
      icon: skill_definitions.icon,
      color: skill_definitions.color,
      stars_per_level: skill_definitions.stars_per_level,
      max_level: skill_definitions.max_level,
      stars: sql<number>`coalesce(${user_skills.stars}, 0)`.mapWith(Number),
      level: sql<number>`coalesce(${user_skills.level}, 0)`.mapWith(Number),
    })
    .from(skill_definitions)
    .leftJoin(user_skills, and(eq(user_skills.skill_key, skill_definitions.key), eq(user_skills.user_id, userId)))
    .where(eq(skill_definitions.is_active, true))
    .orderBy(skill_definitions.sort_order, skill_definitions.id);
}

export async function addProgressStars(tx: DbOrTx, userId: string, stars: number): Promise<void> {
  if (stars === 0) return;
  await tx
    .update(user_progress)
    .set({ total_skill_stars: sql`greatest(0, ${user_progress.total_skill_stars} + ${stars})` })
    .where(eq(user_progress.user_id, userId));
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

/** How many events of a type the user has, each lasting at least `minDuration` seconds if given. */
export async function countEvents(
  db: DbOrTx,
  userId: string,
  type: ActivityEventType,
  minDuration?: number,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(activity_events)
    .where(
      and(
        eq(activity_events.user_id, userId),
        eq(activity_events.event_type, type),
        minDuration ? sql`${durationSql} >= ${minDuration}` : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** Events per type for the user. */
export async function countsByType(db: DbOrTx, userId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ type: activity_events.event_type, n: sql<number>`count(*)`.mapWith(Number) })
    .from(activity_events)
    .where(eq(activity_events.user_id, userId))
    .groupBy(activity_events.event_type);
  return new Map(rows.map((r) => [r.type, r.n]));
}

/** Lifetime sums from the activity events (as common/rules/activity.ts `metricContributions`). */
export async function activityTotals(
  db: DbOrTx,
  userId: string,
): Promise<Record<Exclude<TotalMetric, 'coins_earned'>, number>> {
  const type = activity_events.event_type;
  const [row] = await db
    .select({
      focus_minutes: sql<number>`coalesce(sum(floor(${factSql('focused_seconds')} / 60))
        filter (where ${type} = 'focus_complete' and ${isFocusTime}), 0)`.mapWith(Number),
      pages_read: sql<number>`coalesce(sum(${factSql('pages')}) filter (where ${type} = 'reading_session'), 0)`.mapWith(
        Number,
      ),
      reading_minutes:
        sql<number>`coalesce(sum(${factSql('minutes')}) filter (where ${type} = 'reading_session'), 0)`.mapWith(Number),
      exercise_minutes:
        sql<number>`coalesce(sum(${factSql('minutes')}) filter (where ${type} = 'workout_complete'), 0)`.mapWith(
          Number,
        ),
    })
    .from(activity_events)
    .where(
      and(
        eq(activity_events.user_id, userId),
        inArray(activity_events.event_type, ['focus_complete', 'reading_session', 'workout_complete']),
      ),
    );
  return row ?? { focus_minutes: 0, pages_read: 0, reading_minutes: 0, exercise_minutes: 0 };
}
