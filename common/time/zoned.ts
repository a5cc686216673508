/**
 * Wall-clock time in an IANA zone, for calendar events: the local time of an instant and the
 * instant a local time names. Pure (only `Intl`), shared by the server and the web app.
 */

import { zoneOffset } from './day';

export { zoneOffset };

const DAY = 86_400_000;

/** The local wall time of an instant, expressed as if it were UTC milliseconds. */
export function wallTime(instant: Date, timeZone: string): number {
  return instant.getTime() + zoneOffset(instant.getTime(), timeZone);
}

/**
 * The instant a wall time names in a zone. A time that occurs twice (autumn) is the earlier one;
 * a time skipped by a gap (spring) is read with the offset before the gap, so 02:30 becomes
 * 03:30 — as RFC 5545 §3.3.5 asks.
 */
export function zonedInstant(wall: number, timeZone: string): Date {
  const before = zoneOffset(wall - DAY, timeZone);
  const after = zoneOffset(wall + DAY, timeZone);
  const candidates = [wall - before, wall - after].sort((a, b) => a - b);
  const exact = candidates.find((t) => t + zoneOffset(t, timeZone) === wall);
  return new Date(exact ?? wall - before);
}
