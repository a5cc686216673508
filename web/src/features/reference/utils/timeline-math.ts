/**
 * The timeline's rules for times (docs/RULES.md "Reference tracks: the track page"): every time
 * is whole milliseconds between 0 and the track's length, a region lasts at least
 * `MIN_REGION_MS`, and a pointer that moves less than `DRAG_THRESHOLD_PX` clicks instead of
 * dragging.
 */

/** The shortest region the timeline draws, moves or resizes to. */
export const MIN_REGION_MS = 250;
/** How far a pointer must travel before a press becomes a drag. */
export const DRAG_THRESHOLD_PX = 4;
/** Arrow keys on a region: a tenth of a second; with Shift, Page Up or Page Down, a second. */
export const REGION_STEP_MS = 100;
export const REGION_BIG_STEP_MS = 1000;
/** Arrow keys on the playhead: a second; Page Up and Page Down, ten. */
export const SEEK_STEP_MS = 1000;
export const SEEK_BIG_STEP_MS = 10_000;

/** A span of the track in milliseconds. */
export interface TimeRange {
  start_ms: number;
  end_ms: number;
}

/** `ms` as a whole millisecond within the track. */
export const clampMs = (ms: number, lengthMs: number) => Math.round(Math.min(Math.max(ms, 0), Math.max(0, lengthMs)));

/** The time under a horizontal position on a box of the given left edge and width. */
export function msAtX(clientX: number, box: { left: number; width: number }, lengthMs: number): number {
  if (box.width <= 0) return 0;
  return clampMs(((clientX - box.left) / box.width) * lengthMs, lengthMs);
}

/** The range drawn between two times in either order, or null when it is shorter than a region may be. */
export function drawnRange(fromMs: number, toMs: number, lengthMs: number): TimeRange | null {
  const start = clampMs(Math.min(fromMs, toMs), lengthMs);
  const end = clampMs(Math.max(fromMs, toMs), lengthMs);
  return end - start >= MIN_REGION_MS ? { start_ms: start, end_ms: end } : null;
}

/** The range moved by `deltaMs`, its length kept, stopped at either end of the track. */
export function moveRange(range: TimeRange, deltaMs: number, lengthMs: number): TimeRange {
  const span = range.end_ms - range.start_ms;
  const start = Math.min(Math.max(Math.round(range.start_ms + deltaMs), 0), Math.max(0, lengthMs - span));
  return { start_ms: start, end_ms: start + span };
}

/** The range with one edge moved to `toMs`, kept within the track and at least `MIN_REGION_MS` long. */
export function resizeRange(range: TimeRange, edge: 'start' | 'end', toMs: number, lengthMs: number): TimeRange {
  if (edge === 'start') {
    const start = Math.min(clampMs(toMs, lengthMs), range.end_ms - MIN_REGION_MS);
    return { start_ms: Math.max(0, start), end_ms: range.end_ms };
  }
  const end = Math.max(clampMs(toMs, lengthMs), range.start_ms + MIN_REGION_MS);
  return { start_ms: range.start_ms, end_ms: Math.min(end, Math.max(lengthMs, range.start_ms + MIN_REGION_MS)) };
}

/**
 * What a key does to a time: a step in milliseconds, or `home`/`end` for the track's start or
 * end; null for a key that is not a slider key.
 */
export function keyMove(
  key: string,
  shift: boolean,
  steps: { small: number; big: number },
): number | 'home' | 'end' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return shift ? steps.big : steps.small;
    case 'ArrowLeft':
    case 'ArrowDown':
      return -(shift ? steps.big : steps.small);
    case 'PageUp':
      return steps.big;
    case 'PageDown':
      return -steps.big;
    case 'Home':
      return 'home';
    case 'End':
      return 'end';
    default:
      return null;
  }
}

/** A time as a share of the track, for CSS (`12.5%`). */
export const percentAt = (ms: number, lengthMs: number) =>
  `${lengthMs > 0 ? Math.min(100, Math.max(0, (ms / lengthMs) * 100)) : 0}%`;
