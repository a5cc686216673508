import { z } from 'zod';
import { analysisStatuses, focusModes, focusStatuses, skillKeys } from '../enums';

/**
 * The real-time events of `GET /api/events` (SPEC §7). Each SSE message is
 *
 *     id: <event id>            (a decimal string; send it back as Last-Event-ID)
 *     event: <type>
 *     data: <JSON of realtimeEvent>
 *
 * Payloads are plain JSON (timestamps are RFC 3339 strings). A service publishes inside its
 * transaction, so an event exists only if the change it reports was committed.
 * `resync` has no payload: the stream could not replay everything the client missed (more than
 * the replay limit, or older than the 24-hour retention), so the client refetches its state.
 */
const iso = z.iso.datetime({ offset: true });
const id = z.uuid();

export const eventPayloads = {
  /**
   * The focus timer changed on some device (started, paused, resumed, completed, abandoned):
   * every other device follows. The figures are as of `at`, the server's clock.
   */
  focus_state: z.object({
    session_id: id.nullable(),
    status: z.enum([...focusStatuses, 'idle']),
    mode: z.enum(focusModes).nullable(),
    duration_seconds: z.number().int().min(0).nullable(),
    /** Active time so far, pauses excluded. */
    focused_seconds: z.number().int().min(0).nullable(),
    remaining_seconds: z.number().int().min(0).nullable(),
    /** Since when it is paused; null unless paused. */
    paused_at: iso.nullable(),
    /** When the running phase ends; null while paused or idle. */
    ends_at: iso.nullable(),
    at: iso,
  }),
  /** XP and coins granted for an activity. */
  reward: z.object({
    /** The activity event type that earned it (e.g. `focus_complete`), or `quest` / `achievement`. */
    source: z.string().max(64),
    xp: z.number().int(),
    coins: z.number().int(),
    skill: z.enum(skillKeys).nullable(),
    activity_event_id: id.nullable(),
  }),
  level_up: z.object({ level: z.number().int().min(1), previous_level: z.number().int().min(0) }),
  achievement: z.object({ achievement_id: id, key: z.string().max(100), name: z.string().max(200) }),
  /** A quest reached its target and waits to be claimed. */
  quest_claimable: z.object({
    quest_id: id,
    kind: z.enum(['universal', 'personal']),
    title: z.string().max(200),
  }),
  inbox_item: z.object({ item_id: id, action: z.enum(['created', 'updated', 'deleted']) }),
  analysis_progress: z.object({
    track_id: id,
    status: z.enum(analysisStatuses),
    /** 0–1 while running. */
    progress: z.number().min(0).max(1),
    error: z.string().max(500).nullable(),
  }),
  /** A day's plan changed (items added, moved, completed). */
  plan_changed: z.object({ date: z.iso.date() }),
  /** A calendar event or one of its occurrences was created, changed or deleted. */
  calendar_changed: z.object({ event_id: id, action: z.enum(['created', 'updated', 'deleted']) }),
  /** The wallet balance changed (purchase, refund, reward). */
  wallet_changed: z.object({ coins: z.number().int() }),
  /** A cosmetic was equipped or taken off (`item_key` null: back to the default); a theme applies at once. */
  equipped_changed: z.object({
    slot: z.enum(['theme', 'frame', 'badge', 'background']),
    item_key: z.string().max(64).nullable(),
  }),
  resync: z.object({}),
} as const;

export type EventType = keyof typeof eventPayloads;
export type EventPayload<T extends EventType> = z.input<(typeof eventPayloads)[T]>;
export const eventTypes = Object.keys(eventPayloads) as EventType[];

/** One message of the stream (the `data:` line), also what `/api/sync/poll` may return. */
export const realtimeEvent = z.object({
  id: z.string().regex(/^\d+$/),
  type: z.enum(eventTypes as [EventType, ...EventType[]]),
  data: z.unknown(),
  created_at: iso,
});
export type RealtimeEvent = z.infer<typeof realtimeEvent>;

/** `Last-Event-ID` as a client sends it back. */
export const lastEventId = z.string().regex(/^\d{1,15}$/, 'Expected an event id');

export const eventsHeaders = z.object({ 'last-event-id': lastEventId.optional() });
