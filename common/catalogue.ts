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

/** The lowest and highest frequencies a listening focus band may name, in Hz. */
export const BAND_MIN_HZ = 20;
export const BAND_MAX_HZ = 20_000;
/** The longest loop a listening preset may ask for, in bars. */
export const LOOP_MAX_BARS = 64;

/**
 * How a listening comparison is set up: `track_ab` switches between the track and a reference,
 * `mono_fold` between the stereo mix and its mono sum, `mid_side` between the mid and the side
 * signal. `gain_match` levels the two sides by integrated loudness so the louder one does not
 * simply sound better.
 */
export const listeningComparisonModes = ['track_ab', 'mono_fold', 'mid_side'] as const;

/** A listening preset's `config`, by `preset_type` (the seeds and the admin contracts parse with this). */
export const listeningPresetConfig = z.discriminatedUnion('preset_type', [
  /** Listen through a band-pass between `low_hz` and `high_hz`. */
  z.strictObject({
    preset_type: z.literal('focus_band'),
    config: z
      .strictObject({
        low_hz: z.number().int().min(BAND_MIN_HZ).max(BAND_MAX_HZ),
        high_hz: z.number().int().min(BAND_MIN_HZ).max(BAND_MAX_HZ),
      })
      .refine((c) => c.low_hz < c.high_hz, 'The low edge must be below the high edge'),
  }),
  z.strictObject({
    preset_type: z.literal('comparison'),
    config: z.strictObject({ mode: z.enum(listeningComparisonModes), gain_match: z.boolean() }),
  }),
  /** Loop `bars` bars from the position the listener picks (or a region). */
  z.strictObject({
    preset_type: z.literal('loop'),
    config: z.strictObject({ bars: z.number().int().min(1).max(LOOP_MAX_BARS) }),
  }),
]);
export type ListeningPresetConfig = z.infer<typeof listeningPresetConfig>;
