import { z } from 'zod';
import {
  achievementCategories,
  activityEventTypes,
  questPeriods,
  questTargetTypes,
  skillKeys,
  streakTypes,
} from '../enums';
import { dateKey, timestamp } from './base';

/**
 * The game layer's API (SPEC §5): what an activity earned (`rewardOutcome`, returned by every
 * domain response that paid something) and the read endpoints under /api/gamification.
 */

export const unlockedAchievement = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  icon: z.string(),
  reward_xp: z.number().int(),
  reward_coins: z.number().int(),
});

/** What one recorded activity paid and unlocked; `duplicate` when the key was seen before. */
export const rewardOutcome = z.object({
  xp: z.number().int(),
  coins: z.number().int(),
  leveled_up: z.boolean(),
  new_level: z.number().int(),
  achievements_unlocked: z.array(unlockedAchievement),
  quests_completed: z.array(z.object({ id: z.uuid(), key: z.string(), title: z.string() })),
  streak: z.object({ type: z.enum(streakTypes), current: z.number().int() }).nullable(),
  duplicate: z.boolean(),
});
export type RewardOutcome = z.infer<typeof rewardOutcome>;

export const activeBoost = z.object({
  multiplier: z.number(),
  expires_at: timestamp,
});

export const skillState = z.object({
  key: z.enum(skillKeys),
  name: z.string(),
  description: z.string(),
  icon: z.string(),
  color: z.string(),
  stars: z.number().int(),
  level: z.number().int(),
  max_level: z.number().int(),
  stars_per_level: z.number().int(),
  /** Stars into the current level (0 at the cap). */
  stars_into_level: z.number().int(),
});

export const summary = z.object({
  total_xp: z.number().int(),
  level: z.number().int(),
  xp_into_level: z.number().int(),
  xp_for_next_level: z.number().int(),
  progress_percent: z.number().int(),
  coins: z.number().int(),
  total_earned: z.number().int(),
  total_spent: z.number().int(),
  total_skill_stars: z.number().int(),
  skills: z.array(skillState.pick({ key: true, stars: true, level: true })),
  daily_streak: z.number().int(),
  longest_daily_streak: z.number().int(),
  streak_shields: z.number().int().describe('Streak shields held, waiting to bridge a missed day'),
  active_boost: activeBoost.nullable(),
});

export const ledgerEntry = z.object({
  id: z.uuid(),
  event_type: z.string(),
  source_id: z.uuid().nullable(),
  xp: z.number().int(),
  coins: z.number().int(),
  skill_key: z.enum(skillKeys).nullable(),
  skill_stars: z.number().int(),
  reason: z.string().nullable(),
  idempotency_key: z.string(),
  created_at: timestamp,
});

export const achievementState = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.enum(achievementCategories),
  icon: z.string(),
  reward_xp: z.number().int(),
  reward_coins: z.number().int(),
  is_hidden: z.boolean(),
  earned: z.boolean(),
  earned_at: timestamp.nullable(),
  progress: z.number().int(),
  target: z.number().int(),
});

export const teaser = z.object({
  achievement: achievementState.nullable(),
  /** e.g. "7/10 focus sessions"; null when every visible achievement is earned. */
  label: z.string().nullable(),
});

export const streakState = z.object({
  type: z.enum(streakTypes),
  /** 0 once the last active day is before yesterday (unless a shield can still bridge it). */
  current: z.number().int(),
  longest: z.number().int(),
  last_active_date: dateKey.nullable(),
  shields_used: z.number().int(),
});

export const historyQuery = z.object({
  days: z.coerce.number().int().min(7).max(365).default(30),
});
export const historyDay = z.object({ date: dateKey, xp: z.number().int(), coins: z.number().int() });

export const universalQuestState = z.object({
  id: z.uuid(),
  key: z.string(),
  title: z.string(),
  description: z.string(),
  icon: z.string(),
  period: z.enum(questPeriods),
  period_key: z.string(),
  target_type: z.enum(questTargetTypes),
  progress: z.number().int(),
  target: z.number().int(),
  completed: z.boolean(),
  claimed: z.boolean(),
  xp_reward: z.number().int(),
  coin_reward: z.number().int(),
  skill_key: z.enum(skillKeys).nullable(),
});
export type UniversalQuestState = z.infer<typeof universalQuestState>;

export const questClaim = z.object({ quest: universalQuestState, reward: rewardOutcome });

export const activityTypes = z.enum(activityEventTypes);
