import type { z } from 'zod';
import type { EventPayload } from '#common/contracts/events';
import type { focusSession } from '#common/contracts/focus';
import type { focusModes } from '#common/enums';

/** A session as the API sends it (timestamps as strings). */
export type FocusSessionWire = z.input<typeof focusSession>;
export type FocusMode = (typeof focusModes)[number];
export type FocusStatePayload = EventPayload<'focus_state'>;

/**
 * What the display counts from: the server's remaining time at the moment this browser learned
 * it. The server owns the clock; this browser only measures how long ago that moment was, with
 * its own monotonic-enough clock, so a device whose clock is wrong still shows the right time.
 */
export interface TimerAnchor {
  session_id: string;
  mode: FocusMode;
  status: 'active' | 'paused';
  duration_ms: number;
  /** Remaining when `received_at` was read. */
  remaining_ms: number;
  /** This browser's clock when the figures arrived. */
  received_at: number;
}

const parse = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
};

/**
 * Remaining milliseconds as of the server's `now`: from `ends_at` when running (exact to the
 * millisecond), else the whole seconds the server reported.
 */
function serverRemaining(
  status: string,
  remainingSeconds: number | null,
  endsAt: string | null,
  serverNow: string | null,
): number {
  const ends = parse(endsAt);
  const now = parse(serverNow);
  if (status === 'active' && ends !== null && now !== null) return Math.max(0, ends - now);
  return Math.max(0, (remainingSeconds ?? 0) * 1000);
}

/** The anchor of an open session read from the API at `receivedAt`; null when it is closed. */
export function anchorFromSession(session: FocusSessionWire | null, receivedAt: number): TimerAnchor | null {
  if (!session || (session.status !== 'active' && session.status !== 'paused')) return null;
  return {
    session_id: session.id,
    mode: session.mode,
    status: session.status,
    duration_ms: session.duration_seconds * 1000,
    remaining_ms: serverRemaining(session.status, session.remaining_seconds, session.ends_at, session.now),
    received_at: receivedAt,
  };
}

/** The anchor after a real-time `focus_state` event; null when no session is open. */
export function anchorFromEvent(event: FocusStatePayload, receivedAt: number): TimerAnchor | null {
  if (!event.session_id || !event.mode || (event.status !== 'active' && event.status !== 'paused')) return null;
  return {
    session_id: event.session_id,
    mode: event.mode,
    status: event.status,
    duration_ms: (event.duration_seconds ?? 0) * 1000,
    remaining_ms: serverRemaining(event.status, event.remaining_seconds, event.ends_at, event.at),
    received_at: receivedAt,
  };
}

/** Milliseconds left at `now` (this browser's clock): counting down while active, still while paused. */
export function remainingAt(anchor: TimerAnchor, now: number): number {
  if (anchor.status === 'paused') return anchor.remaining_ms;
  return Math.max(0, anchor.remaining_ms - Math.max(0, now - anchor.received_at));
}

/** Whole seconds to show: rounded up, so "0:00" appears only when the time is really up. */
export const displaySeconds = (ms: number): number => Math.ceil(Math.max(0, ms) / 1000);

/** "25:00", "4:05", "1:02:03". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "25 minutes", "1 minute 30 seconds": the clock in words, for screen readers. */
export function spokenDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (minutes) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (seconds || parts.length === 0) parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

/** How much of the planned time has passed, 0–1. */
export function elapsedFraction(remainingMs: number, durationMs: number): number {
  if (durationMs <= 0) return 0;
  return Math.min(1, Math.max(0, 1 - remainingMs / durationMs));
}

export const modeLabels: Record<FocusMode, string> = {
  focus: 'Focus',
  short_break: 'Short break',
  long_break: 'Long break',
};

export interface TimerLengths {
  focus_minutes: number;
  short_break_minutes: number;
  long_break_minutes: number;
  sessions_before_long_break: number;
}

/** The planned minutes of `mode` under a preset or the user's defaults. */
export function minutesFor(mode: FocusMode, lengths: TimerLengths): number {
  if (mode === 'short_break') return lengths.short_break_minutes;
  if (mode === 'long_break') return lengths.long_break_minutes;
  return lengths.focus_minutes;
}

/**
 * What comes after a finished session: a break after focus (a long one after every
 * `sessions_before_long_break` focus sessions of the day), focus after a break.
 */
export function nextMode(finished: FocusMode, focusSessionsToday: number, lengths: TimerLengths): FocusMode {
  if (finished !== 'focus') return 'focus';
  const every = Math.max(1, lengths.sessions_before_long_break);
  return focusSessionsToday > 0 && focusSessionsToday % every === 0 ? 'long_break' : 'short_break';
}
