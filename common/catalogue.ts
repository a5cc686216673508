import { z } from 'zod';
import { type achievementTriggerTypes, activityEventTypes, streakTypes, totalMetrics } from './enums';

/**
 * Shapes of the JSON columns of the catalogues (achievement triggers, market item effects).
 * The seeds, the admin contracts and the game layer all parse with these.
 */

/** `count`: the event happened `count` times (each lasting at least `min_duration` seconds, if set). */
const countTrigger = z.strictObject({
  event: z.enum(activityEventTypes),
  count: z.number().int().min(1),
  min_duration: z.number().int().min(1).optional(),
});
const streakTrigger = z.strictObject({ streak_type: z.enum(streakTypes), days: z.number().int().min(1) });
const levelTrigger = z.strictObject({ level: z.number().int().min(2) });
const totalTrigger = z.strictObject({ metric: z.enum(totalMetrics), amount: z.number().int().min(1) });

export const achievementTrigger = z.discriminatedUnion('trigger_type', [
  z.strictObject({ trigger_type: z.literal('count'), trigger_config: countTrigger }),
  z.strictObject({ trigger_type: z.literal('streak'), trigger_config: streakTrigger }),
  z.strictObject({ trigger_type: z.literal('level'), trigger_config: levelTrigger }),
  z.strictObject({ trigger_type: z.literal('total'), trigger_config: totalTrigger }),
]);
export type AchievementTrigger = z.infer<typeof achievementTrigger>;
export type AchievementTriggerType = (typeof achievementTriggerTypes)[number];

/** What owning or redeeming a market item does. */
export const marketItemEffect = z.discriminatedUnion('type', [
  /** Equipping applies the theme (the value of the `theme` setting). */
  z.strictObject({ type: z.literal('theme'), theme: z.string().regex(/^theme_[a-z0-9_]{1,40}$/) }),
  /** Redeeming multiplies earned XP for the duration. */
  z.strictObject({
    type: z.literal('xp_multiplier'),
    multiplier: z.number().min(1).max(5),
    duration_minutes: z.number().int().min(1).max(10_080),
  }),
  /** Held until a missed day needs bridging; then consumed automatically. */
  z.strictObject({ type: z.literal('streak_shield'), days: z.literal(1) }),
  /** Equipping shows the cosmetic on the user's avatar. */
  z.strictObject({
    type: z.literal('avatar'),
    slot: z.enum(['frame', 'badge', 'background']),
    asset: z.string().regex(/^[a-z0-9_]{1,40}$/),
  }),
]);
export type MarketItemEffect = z.infer<typeof marketItemEffect>;
