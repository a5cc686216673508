import { z } from 'zod';
import { focusModes, focusStatuses } from '../enums';
import { dateKey, timestamp } from './base';
import { scheduledWorkout } from './exercise';
import { teaser } from './gamification';
import { planItem } from './plan';

/** The home screen in one call (`GET /api/today`) and the polling state (`GET /api/sync/poll`). */

export const starterTier = z.enum(['plan', 'focus_session', 'habit', 'quest', 'review', 'fallback']);

/** The one recommended next action, with the link the web app follows. */
export const starter = z.object({
  tier: starterTier,
  /** What it is: a plan item's kind, `focus_session`, `habit`, `quest`, `generate_plan`… */
  kind: z.string(),
  title: z.string(),
  href: z.string(),
  ref_id: z.uuid().nullable(),
});
export type Starter = z.output<typeof starter>;

export const progressStrip = z.object({
  level: z.number().int(),
  total_xp: z.number().int(),
  xp_into_level: z.number().int(),
  xp_for_next_level: z.number().int(),
  progress_percent: z.number(),
  coins: z.number().int(),
  daily_streak: z.number().int(),
});

export const badgeCounts = z.object({
  habits_due: z.number().int(),
  quests_claimable: z.number().int(),
  inbox_unread: z.number().int(),
  /** Always 0 until the learning module's review queue exists. */
  reviews_due: z.number().int(),
});
export type BadgeCounts = z.output<typeof badgeCounts>;

export const todayFlags = z.object({
  /** The account was created on the user's today. */
  first_day: z.boolean(),
  /** The last active day before today is three or more days back. */
  returning: z.boolean(),
  /** Onboarding not completed nor skipped. */
  onboarding_pending: z.boolean(),
  /** Fewer suggestions (a returning user): no teaser, a shorter generated plan. */
  reduced_mode: z.boolean(),
});

export const today = z.object({
  date: dateKey,
  greeting: z.object({ name: z.string(), part_of_day: z.enum(['morning', 'afternoon', 'evening', 'night']) }),
  starter: starter.nullable(),
  plan: z.object({
    date: dateKey,
    exists: z.boolean(),
    total: z.number().int(),
    completed: z.number().int(),
    next_item: planItem.nullable(),
  }),
  progress: progressStrip,
  quick_picks: badgeCounts,
  resume_last: z.object({ type: z.string(), title: z.string(), href: z.string(), occurred_at: timestamp }).nullable(),
  /** The nearest unearned achievement; null in reduced mode. */
  teaser: teaser.nullable(),
  /** Today's workout of the active training program, while not yet done. */
  scheduled_workout: scheduledWorkout.nullable(),
  /** The book being read (the most recently updated one on the Reading shelf). */
  current_book: z
    .object({
      id: z.uuid(),
      title: z.string(),
      author: z.string().nullable(),
      current_page: z.number().int(),
      total_pages: z.number().int().nullable(),
    })
    .nullable(),
  flags: todayFlags,
  interests: z.array(z.string()),
  server_time: timestamp,
});
export type Today = z.output<typeof today>;

export const syncState = z.object({
  progress: progressStrip,
  badges: badgeCounts,
  focus: z.object({
    session_id: z.uuid().nullable(),
    status: z.enum([...focusStatuses, 'idle']),
    mode: z.enum(focusModes).nullable(),
    ends_at: timestamp.nullable(),
    paused_at: timestamp.nullable(),
  }),
  plan: z.object({
    date: dateKey,
    total: z.number().int(),
    completed: z.number().int(),
    updated_at: timestamp.nullable(),
  }),
  /** Not part of the ETag. */
  server_time: timestamp,
});
export type SyncState = z.output<typeof syncState>;
