import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { focusModes, focusStatuses } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';
import { reference_tracks } from '../reference/reference.tables';

/**
 * Focus and break sessions. The server owns the clock: remaining = duration_seconds − (now −
 * started_at − paused time), the paused time living in focus_pause_state.
 */
export const focus_sessions = pgTable(
  'focus_sessions',
  {
    id: id(),
    user_id: ownerId(),
    mode: text().notNull().default('focus'),
    status: text().notNull().default('active'),
    /** Planned length. */
    duration_seconds: integer().notNull(),
    label: text(),
    started_at: ts().notNull().defaultNow(),
    /** When it completed or was abandoned. */
    ended_at: ts(),
    /** Active time actually spent (pauses excluded); rewards use this, not the plan. */
    focused_seconds: integer().notNull().default(0),
    xp_awarded: integer().notNull().default(0),
    coins_awarded: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('focus_sessions_user_started_idx').on(t.user_id, t.started_at, t.id),
    // Stats count what ended in a period.
    index('focus_sessions_user_ended_idx').on(t.user_id, t.ended_at).where(sql`${t.ended_at} is not null`),
    // Starting a session abandons any other open one: at most one per user.
    uniqueIndex('focus_sessions_one_open_per_user').on(t.user_id).where(sql`${t.status} in ('active', 'paused')`),
    check('focus_sessions_mode_valid', oneOf(t.mode, focusModes)),
    check('focus_sessions_status_valid', oneOf(t.status, focusStatuses)),
    check('focus_sessions_duration_range', sql`${t.duration_seconds} between 1 and 86400`),
    check(
      'focus_sessions_ended_iff_closed',
      sql`(${t.ended_at} is not null) = (${t.status} in ('completed', 'abandoned'))`,
    ),
    check(
      'focus_sessions_counters_non_negative',
      sql`${t.focused_seconds} >= 0 and ${t.xp_awarded} >= 0 and ${t.coins_awarded} >= 0`,
    ),
  ],
);

/**
 * Pause bookkeeping of one session, kept apart so pause/resume (idempotent, synced to every
 * device) touch a small row: the paused total so far and, while paused, since when.
 */
export const focus_pause_state = pgTable(
  'focus_pause_state',
  {
    id: id(),
    user_id: ownerId(),
    session_id: uuid()
      .notNull()
      .references(() => focus_sessions.id, { onDelete: 'cascade' }),
    is_paused: boolean().notNull().default(false),
    paused_at: ts(),
    /** Completed pauses only; the running one is now − paused_at. */
    total_paused_ms: integer().notNull().default(0),
    pause_count: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('focus_pause_state_session_key').on(t.session_id),
    index('focus_pause_state_user_idx').on(t.user_id),
    check('focus_pause_state_paused_at_iff_paused', sql`(${t.paused_at} is not null) = ${t.is_paused}`),
    check('focus_pause_state_counters_non_negative', sql`${t.total_paused_ms} >= 0 and ${t.pause_count} >= 0`),
  ],
);

/** A user's named focus music collection. */
export const focus_libraries = pgTable(
  'focus_libraries',
  {
    id: id(),
    user_id: ownerId(),
    name: text().notNull(),
    description: text(),
    is_favorite: boolean().notNull().default(false),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('focus_libraries_user_created_idx').on(t.user_id, t.created_at, t.id),
    check('focus_libraries_name_length', sql`char_length(${t.name}) between 1 and 100`),
  ],
);

/** Ordered tracks of a library; the tracks are the user's uploaded reference audio. */
export const focus_library_tracks = pgTable(
  'focus_library_tracks',
  {
    id: id(),
    user_id: ownerId(),
    library_id: uuid()
      .notNull()
      .references(() => focus_libraries.id, { onDelete: 'cascade' }),
    track_id: uuid()
      .notNull()
      .references(() => reference_tracks.id, { onDelete: 'cascade' }),
    sort_order: integer().notNull().default(0),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('focus_library_tracks_library_track_key').on(t.library_id, t.track_id),
    index('focus_library_tracks_library_order_idx').on(t.library_id, t.sort_order, t.id),
    index('focus_library_tracks_track_idx').on(t.track_id),
    index('focus_library_tracks_user_idx').on(t.user_id),
  ],
);

/** A user's timer presets: focus and break lengths, sessions before a long break. */
export const focus_presets = pgTable(
  'focus_presets',
  {
    id: id(),
    user_id: ownerId(),
    name: text().notNull(),
    focus_minutes: integer().notNull().default(25),
    short_break_minutes: integer().notNull().default(5),
    long_break_minutes: integer().notNull().default(15),
    sessions_before_long_break: integer().notNull().default(4),
    is_default: boolean().notNull().default(false),
    sort_order: integer().notNull().default(0),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('focus_presets_user_order_idx').on(t.user_id, t.sort_order, t.id),
    uniqueIndex('focus_presets_one_default_per_user').on(t.user_id).where(sql`${t.is_default}`),
    check('focus_presets_name_length', sql`char_length(${t.name}) between 1 and 100`),
    // Same ranges as the focus_defaults setting.
    check('focus_presets_focus_range', sql`${t.focus_minutes} between 1 and 240`),
    check('focus_presets_short_break_range', sql`${t.short_break_minutes} between 1 and 60`),
    check('focus_presets_long_break_range', sql`${t.long_break_minutes} between 1 and 120`),
    check('focus_presets_sessions_range', sql`${t.sessions_before_long_break} between 1 and 12`),
  ],
);
