import { z } from 'zod';
import { focusModes, focusStatuses } from '../enums';
import { FOCUS_MAX_SECONDS, FOCUS_MIN_SECONDS } from '../rules/focus';
import { dateKey, pageQuery, timestamp } from './base';
import { rewardOutcome } from './gamification';
import { longText, text } from './text';

/** Focus timer, history, stats, presets and music libraries (`/api/focus`, SPEC §6 Focus). */

export const focusMode = z.enum(focusModes);
export const focusStatus = z.enum(focusStatuses);
const count = z.number().int().min(0);

/**
 * A session as of the server's `now`. While it runs, a client counts down from
 * `remaining_seconds` (or towards `ends_at`); while paused, nothing moves.
 */
export const focusSession = z.object({
  id: z.uuid(),
  mode: focusMode,
  status: focusStatus,
  /** The planned length. */
  duration_seconds: z.number().int(),
  label: z.string().nullable(),
  started_at: timestamp,
  /** When it completed or was abandoned. */
  ended_at: timestamp.nullable(),
  /** Active (elapsed) time, pauses excluded: live while open, fixed once closed. Rewards use it. */
  focused_seconds: count,
  remaining_seconds: count,
  /** Paused time so far, the running pause included. */
  paused_seconds: count,
  pause_count: count,
  /** Since when the running pause lasts; null unless paused. */
  paused_at: timestamp.nullable(),
  /** When the running phase ends; null unless active. */
  ends_at: timestamp.nullable(),
  xp_awarded: count,
  coins_awarded: count,
  /** The server time these figures refer to; a client offsets its own clock by it. */
  now: timestamp,
  created_at: timestamp,
  updated_at: timestamp,
});
export type FocusSession = z.output<typeof focusSession>;

export const startFocusBody = z.strictObject({
  mode: focusMode,
  duration_seconds: z.number().int().min(FOCUS_MIN_SECONDS).max(FOCUS_MAX_SECONDS),
  /** One of the user's presets (404 otherwise); its name labels the session unless `label` is given. */
  preset_id: z.uuid().optional(),
  label: text(100).min(1).optional(),
});
export type StartFocusBody = z.input<typeof startFocusBody>;

/** A completion and what it paid (`duplicate` when it was paid before). */
export const focusCompletion = z.object({ session: focusSession, reward: rewardOutcome });
export type FocusCompletion = z.output<typeof focusCompletion>;

/** History filters: `from`/`to` are the user's days (inclusive) the sessions started in. */
export const focusListQuery = pageQuery
  .extend({
    mode: focusMode.optional(),
    status: focusStatus.optional(),
    from: dateKey.optional(),
    to: dateKey.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '`from` must not be after `to`', path: ['to'] });
export type FocusListQuery = z.input<typeof focusListQuery>;

// ── Stats ────────────────────────────────────────────────────────────────────

export const focusStatsPeriod = z.enum(['day', 'week', 'month']);

export const focusStatsQuery = z.object({
  /** The period the summary covers: the current user-day, ISO week or month. */
  period: focusStatsPeriod.default('day'),
  /** Length of the per-day series, ending today. */
  days: z.coerce.number().int().min(1).max(366).default(14),
  /** Which sessions count; breaks have their own figures. */
  mode: focusMode.default('focus'),
});
export type FocusStatsQuery = z.input<typeof focusStatsQuery>;

/** Sessions count for the user-day they ended in. */
export const focusTotals = z.object({
  /** Focused time of completed sessions, as rewards and quests count it. */
  focused_seconds: count,
  /** `focused_seconds` in whole minutes. */
  minutes: count,
  /** Completed sessions. */
  sessions: count,
  abandoned: count,
  /** completed / (completed + abandoned), 0–1; null when none closed. */
  completion_rate: z.number().min(0).max(1).nullable(),
});

export const focusStats = z.object({
  period: focusStatsPeriod,
  mode: focusMode,
  /** `2026-01-15`, `2026-W03` or `2026-01`. */
  key: z.string(),
  start: timestamp,
  end: timestamp,
  today: dateKey,
  summary: focusTotals,
  /** One entry per user-day, oldest first, the last one today. */
  days: z.array(focusTotals.extend({ date: dateKey })),
});
export type FocusStats = z.output<typeof focusStats>;

// ── Presets ──────────────────────────────────────────────────────────────────

/** At most this many presets per user: the list comes whole. */
export const FOCUS_PRESETS_LIMIT = 50;

export const focusPreset = z.object({
  id: z.uuid(),
  name: z.string(),
  focus_minutes: z.number().int(),
  short_break_minutes: z.number().int(),
  long_break_minutes: z.number().int(),
  sessions_before_long_break: z.number().int(),
  /** At most one per user; setting it moves it from the previous default. */
  is_default: z.boolean(),
  sort_order: z.number().int(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type FocusPreset = z.output<typeof focusPreset>;

/** The same ranges as the `focus_defaults` setting. */
const presetFields = {
  name: text(100).min(1),
  focus_minutes: z.number().int().min(1).max(240),
  short_break_minutes: z.number().int().min(1).max(60),
  long_break_minutes: z.number().int().min(1).max(120),
  sessions_before_long_break: z.number().int().min(1).max(12),
  is_default: z.boolean(),
  sort_order: z.number().int().min(0).max(10_000),
};

export const createFocusPresetBody = z.strictObject({
  ...presetFields,
  focus_minutes: presetFields.focus_minutes.default(25),
  short_break_minutes: presetFields.short_break_minutes.default(5),
  long_break_minutes: presetFields.long_break_minutes.default(15),
  sessions_before_long_break: presetFields.sessions_before_long_break.default(4),
  is_default: presetFields.is_default.default(false),
  sort_order: presetFields.sort_order.optional(),
});
export type CreateFocusPresetBody = z.input<typeof createFocusPresetBody>;

export const updateFocusPresetBody = z.strictObject(presetFields).partial();
export type UpdateFocusPresetBody = z.input<typeof updateFocusPresetBody>;

// ── Music libraries ──────────────────────────────────────────────────────────

/** At most this many tracks per library: a library comes with all of its tracks. */
export const FOCUS_LIBRARY_TRACKS_LIMIT = 500;

export const focusLibrary = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  is_favorite: z.boolean(),
  track_count: count,
  created_at: timestamp,
  updated_at: timestamp,
});
export type FocusLibrary = z.output<typeof focusLibrary>;

/** A track of a library: one of the user's uploaded reference tracks. */
export const focusLibraryTrack = z.object({
  /** The reference track's id (what `DELETE …/tracks/:track_id` takes). */
  track_id: z.uuid(),
  sort_order: z.number().int(),
  added_at: timestamp,
  title: z.string(),
  artist: z.string().nullable(),
  duration_seconds: z.number().nullable(),
});
export type FocusLibraryTrack = z.output<typeof focusLibraryTrack>;

export const focusLibraryDetail = focusLibrary.extend({ tracks: z.array(focusLibraryTrack) });
export type FocusLibraryDetail = z.output<typeof focusLibraryDetail>;

const libraryFields = {
  name: text(100).min(1),
  description: longText(2000).nullable(),
  is_favorite: z.boolean(),
};

export const createFocusLibraryBody = z.strictObject({
  name: libraryFields.name,
  description: libraryFields.description.optional(),
  is_favorite: libraryFields.is_favorite.default(false),
});
export type CreateFocusLibraryBody = z.input<typeof createFocusLibraryBody>;

export const updateFocusLibraryBody = z.strictObject(libraryFields).partial();
export type UpdateFocusLibraryBody = z.input<typeof updateFocusLibraryBody>;

export const addFocusLibraryTrackBody = z.strictObject({
  /** One of the user's reference tracks (404 otherwise). */
  track_id: z.uuid(),
  /** Position in the library; after the last track when left out. */
  sort_order: z.number().int().min(0).max(100_000).optional(),
});
export type AddFocusLibraryTrackBody = z.input<typeof addFocusLibraryTrackBody>;

export const libraryTrackParams = z.object({ id: z.uuid(), track_id: z.uuid() });
