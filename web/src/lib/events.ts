import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { EventPayload, EventType, RealtimeEvent } from '#common/contracts/events';
import { queryClient } from './query-client';
import {
  authKeys,
  calendarKeys,
  focusKeys,
  gamificationKeys,
  inboxKeys,
  marketKeys,
  planKeys,
  questKeys,
  referenceKeys,
  settingsKeys,
  todayKeys,
} from './query-keys';
import { celebrator } from './rewards';
import { useSyncPoll } from './sync-poll';

/**
 * The signed-in app's one connection to `GET /api/events` (docs/REALTIME.md). The browser
 * reconnects by itself and sends `Last-Event-ID`, so missed events are replayed; when the
 * connection fails for good (signed out, too many tabs) it is opened again later, and the
 * cached state is refetched since the replay position is lost then.
 */

export type RealtimeHandler<T extends EventType> = (data: EventPayload<T>, event: RealtimeEvent) => void;
export type RealtimeStatus = 'idle' | 'connecting' | 'open' | 'closed';

/** Every SSE event name the stream sends (the contract's `eventPayloads`), without loading zod here. */
const streamTypes = [
  'focus_state',
  'reward',
  'level_up',
  'achievement',
  'quest_claimable',
  'inbox_item',
  'analysis_progress',
  'plan_changed',
  'calendar_changed',
  'wallet_changed',
  'equipped_changed',
  'resync',
] as const satisfies readonly EventType[];
// A type added to the contract but missing above fails here.
type Missing = Exclude<EventType, (typeof streamTypes)[number]>;
const everyType: Missing extends never ? true : Missing = true;
void everyType;

const listeners = new Map<EventType, Set<RealtimeHandler<EventType>>>();

/** Calls `handler` for each event of `type`; returns the unsubscribe function. */
export function subscribe<T extends EventType>(type: T, handler: RealtimeHandler<T>): () => void {
  let set = listeners.get(type);
  if (!set) {
    set = new Set();
    listeners.set(type, set);
  }
  set.add(handler as RealtimeHandler<EventType>);
  return () => {
    set.delete(handler as RealtimeHandler<EventType>);
  };
}

/** Runs `handler` (always the latest one passed) for each event of `type` while mounted. */
export function useRealtimeEvent<T extends EventType>(type: T, handler: RealtimeHandler<T>): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => subscribe(type, (data, event) => latest.current(data, event)), [type]);
}

const invalidate = (...keys: (readonly unknown[])[]) => {
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
};

/** Refetch everything the user sees (not the session). */
const refetchAll = () => void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] });

/** What the app does with each event before the subscribers hear it. */
const defaults: { [T in EventType]?: RealtimeHandler<T> } = {
  reward: (data, event) => celebrator.fromStreamReward(data, event),
  achievement: (data, event) => celebrator.fromStreamAchievement(data, event),
  level_up: (data, event) => celebrator.fromStreamLevelUp(data, event),
  wallet_changed: () => invalidate(gamificationKeys.summary, marketKeys.all),
  // Equipping a theme wrote the `theme` setting: reading it again applies the theme on this device too.
  equipped_changed: () => invalidate(settingsKeys.all, marketKeys.all),
  quest_claimable: () => invalidate(questKeys.all, todayKeys.all),
  focus_state: () => invalidate(focusKeys.all, todayKeys.all),
  plan_changed: () => invalidate(planKeys.all, todayKeys.all),
  calendar_changed: () => invalidate(calendarKeys.all, planKeys.all, todayKeys.all),
  inbox_item: () => invalidate(inboxKeys.all, todayKeys.all),
  analysis_progress: ({ track_id, status }) => {
    // A running analysis's figures are patched into its cache by the page showing them
    // (features/reference/analysis); elsewhere they are only marked stale.
    const analyses = referenceKeys.analyses(track_id);
    if (status === 'running') return void queryClient.invalidateQueries({ queryKey: analyses, refetchType: 'none' });
    invalidate(analyses);
    if (status === 'completed') {
      // The analysis fills the track's length, tempo, key and loudness.
      void queryClient.invalidateQueries({ queryKey: referenceKeys.track(track_id), exact: true });
      invalidate(referenceKeys.trackLists);
    }
  },
  resync: refetchAll,
};

/** Hands one parsed message to the default handling and every subscriber. */
export function dispatch(event: RealtimeEvent): void {
  const type = event.type;
  try {
    (defaults[type] as RealtimeHandler<EventType> | undefined)?.(event.data as EventPayload<EventType>, event);
  } catch (error) {
    console.error(error);
  }
  for (const handler of listeners.get(type) ?? []) {
    try {
      handler(event.data as EventPayload<EventType>, event);
    } catch (error) {
      console.error(error);
    }
  }
}

function parse(message: MessageEvent<string>): RealtimeEvent | null {
  try {
    const event = JSON.parse(message.data) as RealtimeEvent;
    return typeof event === 'object' && event !== null && typeof event.type === 'string' ? event : null;
  } catch {
    return null;
  }
}

// Connection state, readable by pages that poll only while the stream is down.
let status: RealtimeStatus = 'idle';
const statusListeners = new Set<() => void>();
const setStatus = (next: RealtimeStatus) => {
  if (status === next) return;
  status = next;
  for (const listener of statusListeners) listener();
};

/** 'open' while events arrive live; poll when it is anything else. */
export function useRealtimeStatus(): RealtimeStatus {
  return useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    () => status,
    () => 'idle' as const,
  );
}

const RETRY_MS = [3_000, 10_000, 30_000, 60_000];
let users = 0;
let source: EventSource | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;

function open(): void {
  if (typeof EventSource === 'undefined' || source) return;
  setStatus('connecting');
  const es = new EventSource('/api/events');
  source = es;
  const reopened = failures > 0;
  es.onopen = () => {
    setStatus('open');
    // A new connection starts without a replay position: what happened meanwhile is refetched.
    if (reopened) refetchAll();
    failures = 0;
  };
  es.onerror = () => {
    if (es.readyState === EventSource.CONNECTING) {
      setStatus('connecting'); // the browser retries with Last-Event-ID
      return;
    }
    es.close();
    if (source === es) source = null;
    setStatus('closed');
    const delay = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
    failures += 1;
    if (users > 0) retryTimer = setTimeout(open, delay);
  };
  for (const type of streamTypes) {
    es.addEventListener(type, (message) => {
      const event = parse(message as MessageEvent<string>);
      if (event) dispatch(event);
    });
  }
}

function close(): void {
  clearTimeout(retryTimer);
  source?.close();
  source = null;
  failures = 0;
  setStatus('idle');
  celebrator.reset();
}

/**
 * Keeps the stream open while the signed-in layout is mounted (one connection however many
 * callers), and polls `GET /api/sync/poll` instead while it is down (lib/sync-poll.ts).
 */
export function useEventStream(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    users += 1;
    open();
    return () => {
      users -= 1;
      if (users === 0) close();
    };
  }, [enabled]);
  const current = useRealtimeStatus();
  useSyncPoll(enabled && current !== 'open');
}
