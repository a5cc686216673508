import { asc, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Config } from '../../server/config';
import type { Db } from '../../server/db/client';
import {
  activity_events,
  calendar_event_exceptions,
  calendar_events,
  daily_plan_items,
  daily_plans,
  feedback,
  focus_presets,
  focus_sessions,
  goal_milestones,
  goals,
  habit_logs,
  habits,
  ideas,
  inbox_items,
  infobase_entries,
  learn_drill_rounds,
  learn_drills,
  learn_lessons,
  onboarding_flows,
  points_ledger,
  roles,
  sessions,
  user_achievements,
  user_drill_stats,
  user_lesson_progress,
  user_onboarding_state,
  user_quest_progress,
  user_quests,
  user_references,
  user_roles,
  user_settings,
  user_streaks,
  users,
} from '../../server/db/schema';
import { activeDefinitions } from '../../server/modules/gamification/achievements.repo';
import { activeQuests } from '../../server/modules/gamification/quest-progress.repo';
import type { SeedContext } from './model';

/** The tables the generators write, in an order that satisfies every foreign key. */
export const TABLE_ORDER: PgTable[] = [
  users,
  user_roles,
  sessions,
  user_settings,
  user_onboarding_state,
  focus_presets,
  habits,
  habit_logs,
  goals,
  goal_milestones,
  user_quests,
  calendar_events,
  calendar_event_exceptions,
  daily_plans,
  daily_plan_items,
  focus_sessions,
  ideas,
  infobase_entries,
  user_references,
  inbox_items,
  feedback,
  user_lesson_progress,
  user_drill_stats,
  learn_drill_rounds,
  activity_events,
  points_ledger,
  user_achievements,
  user_streaks,
  user_quest_progress,
];

/** The configuration and catalogue rows the generators refer to. */
export async function readContext(db: Db, config: Config): Promise<SeedContext> {
  const [role] = await db.select({ id: roles.id }).from(roles).where(eq(roles.name, 'user'));
  if (!role) throw new Error('the user role is missing: the catalogue was not seeded');
  const [flow] = await db
    .select({ id: onboarding_flows.id })
    .from(onboarding_flows)
    .where(eq(onboarding_flows.is_active, true));
  return {
    termsVersion: config.auth.termsVersion,
    sessionIdleMs: config.auth.sessionIdleMs,
    sessionAbsoluteMs: config.auth.sessionAbsoluteMs,
    userRoleId: role.id,
    onboardingFlowId: flow?.id ?? null,
    universalQuests: await activeQuests(db),
    achievements: await activeDefinitions(db),
    lessons: await db
      .select({ id: learn_lessons.id, xp_reward: learn_lessons.xp_reward, coin_reward: learn_lessons.coin_reward })
      .from(learn_lessons)
      .where(eq(learn_lessons.is_active, true))
      .orderBy(asc(learn_lessons.topic_id), asc(learn_lessons.sort_order)),
    drills: await db
      .select({
        id: learn_drills.id,
        question_count: learn_drills.question_count,
        xp_reward: learn_drills.xp_reward,
        coin_reward: learn_drills.coin_reward,
      })
      .from(learn_drills)
      .where(eq(learn_drills.is_active, true))
      .orderBy(asc(learn_drills.sort_order), asc(learn_drills.key)),
  };
}
