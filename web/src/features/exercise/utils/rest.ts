/** The rest after a working set when its template gives none. */
export const DEFAULT_REST_SECONDS = 90;
/** What "+15 s" adds. */
export const REST_STEP_SECONDS = 15;

/** A running rest: when it ends (epoch ms) and how long it was in all. */
export interface Rest {
  endsAt: number;
  totalMs: number;
}

/** A rest of `seconds` starting now; none for zero. */
export function startRest(now: number, seconds: number | null | undefined): Rest | null {
  const s = seconds ?? DEFAULT_REST_SECONDS;
  if (s <= 0) return null;
  return { endsAt: now + s * 1000, totalMs: s * 1000 };
}

/** The rest made longer by `seconds` (from now when it had already ended). */
export function extendRest(rest: Rest, now: number, seconds = REST_STEP_SECONDS): Rest {
  const base = Math.max(rest.endsAt, now);
  return { endsAt: base + seconds * 1000, totalMs: rest.totalMs + (base - rest.endsAt) + seconds * 1000 };
}

/** Milliseconds left, never negative. */
export const restLeft = (rest: Rest, now: number): number => Math.max(0, rest.endsAt - now);

/** Whole seconds shown: 90 at the start, 1 in the last second, 0 at the end. */
export const restSecondsShown = (rest: Rest, now: number): number => Math.ceil(restLeft(rest, now) / 1000);

/** "1:30", "0:05". */
export function formatRest(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
