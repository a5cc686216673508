/**
 * Wall-clock time in an IANA zone, for calendar events: the local time of an instant and the
 * instant a local time names. Pure (only `Intl`), shared by the server and the web app.
 */

const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's UTC offset at `ms`, in milliseconds (whole seconds). */
export function zoneOffset(ms: number, timeZone: string): number {
  const seconds = Math.floor(ms / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(seconds)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = new Date(Date.UTC(2000, (p.month as number) - 1, p.day, p.hour, p.minute, p.second));
  wall.setUTCFullYear(p.year as number);
  return wall.getTime() - seconds;
}

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
