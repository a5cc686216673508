import { z } from 'zod';

/**
 * The typed registry of user settings. A key not listed here is rejected; a stored value is
 * validated by its schema on every write; reading a key never set returns its default.
 */
export const interestKeys = [
  'focus',
  'habits',
  'goals',
  'fitness',
  'reading',
  'learning',
  'music_production',
  'ear_training',
  'planning',
] as const;

export const moduleKeys = [
  'focus',
  'habits',
  'goals',
  'quests',
  'exercise',
  'books',
  'learn',
  'reference',
  'planner',
] as const;

export const settingsRegistry = {
  /**
   * `light`, `dark`, `system`, or the key of a purchased theme. A user sets only the first three
   * (`userSchema`); a purchased theme is put on and taken off by equipping it in the market.
   */
  theme: {
    schema: z.string().regex(/^(light|dark|system|theme_[a-z0-9_]{1,40})$/, 'Unknown theme'),
    userSchema: z.enum(
      ['light', 'dark', 'system'],
      'Use light, dark or system; a purchased theme is equipped in the Market',
    ),
    default: 'system',
  },
  accent: { schema: z.enum(['violet', 'blue', 'teal', 'green', 'amber', 'rose']), default: 'violet' },
  reduced_motion: { schema: z.boolean(), default: false },
  focus_defaults: {
    schema: z.strictObject({
      focus_minutes: z.number().int().min(1).max(240),
      short_break_minutes: z.number().int().min(1).max(60),
      long_break_minutes: z.number().int().min(1).max(120),
      sessions_before_long_break: z.number().int().min(1).max(12),
    }),
    default: { focus_minutes: 25, short_break_minutes: 5, long_break_minutes: 15, sessions_before_long_break: 4 },
  },
  /** Local time of the daily nudge, or null for none. */
  daily_reminder_time: {
    schema: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM')
      .nullable(),
    default: null,
  },
  gamification_visible: { schema: z.boolean(), default: true },
  /** How weights are shown and entered; they are stored in kilograms. */
  weight_unit: { schema: z.enum(['kg', 'lb']), default: 'kg' },
  /** Books to finish this year, or null for no goal. */
  reading_goal_yearly: { schema: z.number().int().min(1).max(1000).nullable(), default: null },
  nudge_intensity: { schema: z.enum(['off', 'gentle', 'standard', 'strong']), default: 'standard' },
  interests: { schema: z.array(z.enum(interestKeys)).max(interestKeys.length), default: [] as string[] },
  /** How much each module weighs in the Today recommendation (0 hides it, 1 is neutral). */
  module_weights: {
    schema: z.partialRecord(z.enum(moduleKeys), z.number().min(0).max(3)),
    default: {} as Record<string, number>,
  },
} as const;

export type SettingKey = keyof typeof settingsRegistry;
export const settingKeys = Object.keys(settingsRegistry) as SettingKey[];
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingsRegistry)[K]['schema']>;
export type Settings = { [K in SettingKey]: SettingValue<K> };

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(settingsRegistry, key);
