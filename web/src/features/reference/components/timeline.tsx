import { type PointerEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { formatTime } from '../utils/time';
import {
  DRAG_THRESHOLD_PX,
  drawnRange,
  keyMove,
  moveRange,
  msAtX,
  percentAt,
  resizeRange,
  SEEK_BIG_STEP_MS,
  SEEK_STEP_MS,
  type TimeRange,
} from '../utils/timeline-math';
import { type Draft, type Grip, TimelineRegion, type TimelineRegionData } from './timeline-region';

export type { TimelineRegionData } from './timeline-region';

interface TimelineProps {
  /** The track's length; 0 while it is not known (the bar then shows nothing to place). */
  lengthMs: number;
  positionMs: number;
  regions: TimelineRegionData[];
  selectedId?: string | null;
  onSeek: (ms: number) => void;
  onSelect?: (id: string) => void;
  /** A range drawn on empty timeline (regions are drawn only when given). */
  onCreate?: (range: TimeRange) => void;
  /** A region moved or resized, once the drag or the key press ends. */
  onChange?: (id: string, range: TimeRange) => void;
  /** Drawn under the regions, across the whole bar (the waveform, once the analysis has one). */
  background?: ReactNode;
  /** Annotations, marked along the bottom for the eye (the list beside the player reads them out). */
  marks?: TimelineMark[];
}

/** An annotation's place on the bar: a tick for a point, a strip for a range. */
export interface TimelineMark {
  id: string;
  start_ms: number;
  end_ms: number | null;
}

/** A press on the bar: where it began, what it holds, and whether it has become a drag. */
interface Gesture {
  pointerId: number;
  startX: number;
  startMs: number;
  grip: Grip | null;
  moved: boolean;
}

/**
 * The track as a bar: the playhead, and the regions drawn on it. A click seeks; dragging on
 * empty bar draws a region, dragging a region moves it and dragging its edges resizes it. The
 * keyboard does the same through sliders (the playhead, and each region's body and edges),
 * saving when the key is released. Rules in docs/RULES.md.
 */
export function Timeline({
  lengthMs,
  positionMs,
  regions,
  selectedId = null,
  onSeek,
  onSelect,
  onCreate,
  onChange,
  background,
  marks = [],
}: TimelineProps) {
  const hintId = useId();
  const bar = useRef<HTMLDivElement>(null);
  const gesture = useRef<Gesture | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const known = lengthMs > 0;

  // A saved change shows through the regions given back; the draft that stood in for it goes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `regions` is the signal, not an input.
  useEffect(() => setDraft((d) => (d?.committed ? null : d)), [regions]);

  const msAt = (clientX: number) =>
    msAtX(clientX, bar.current?.getBoundingClientRect() ?? { left: 0, width: 0 }, lengthMs);
  const rangeOf = (id: string) => regions.find((r) => r.id === id);

  /** The range a drag to `clientX` makes, for the gesture under way. */
  const dragged = (g: Gesture, clientX: number): TimeRange | null => {
    const to = msAt(clientX);
    if (!g.grip) return drawnRange(g.startMs, to, lengthMs);
    const origin = rangeOf(g.grip.id);
    if (!origin) return null;
    if (g.grip.part === 'body') return moveRange(origin, to - g.startMs, lengthMs);
    return resizeRange(origin, g.grip.part, to, lengthMs);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!known || e.button !== 0) return;
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-grip]');
    const id = target?.dataset.regionId;
    const part = target?.dataset.grip as Grip['part'] | undefined;
    gesture.current = {
      pointerId: e.pointerId,
      startX: e.clientX,
      startMs: msAt(e.clientX),
      grip: id && part ? { id, part } : null,
      moved: false,
    };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g || g.pointerId !== e.pointerId) return;
    if (!g.moved && Math.abs(e.clientX - g.startX) < DRAG_THRESHOLD_PX) return;
    if (!g.grip && !onCreate) return;
    if (g.grip && !onChange) return;
    g.moved = true;
    const range = dragged(g, e.clientX);
    const from = g.grip ? g.grip.id : 'new';
    setDraft(range ? { id: from, ...range, committed: false } : null);
  };

  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g || g.pointerId !== e.pointerId) return;
    gesture.current = null;
    if (!g.moved) {
      setDraft(null);
      if (g.grip) onSelect?.(g.grip.id);
      else onSeek(g.startMs);
      return;
    }
    const range = dragged(g, e.clientX);
    if (!g.grip) {
      setDraft(null);
      if (range) onCreate?.(range);
      return;
    }
    commit(g.grip.id, range);
  };

  /** Saves a region's new range, or drops the draft when nothing changed. */
  const commit = (id: string, range: TimeRange | null) => {
    const origin = rangeOf(id);
    if (!range || !origin || (origin.start_ms === range.start_ms && origin.end_ms === range.end_ms)) {
      setDraft(null);
      return;
    }
    setDraft({ id, ...range, committed: true });
    onChange?.(id, range);
  };

  const seekKey = (e: React.KeyboardEvent) => {
    const move = keyMove(e.key, e.shiftKey, { small: SEEK_STEP_MS, big: SEEK_BIG_STEP_MS });
    if (move === null || !known) return;
    e.preventDefault();
    const to = move === 'home' ? 0 : move === 'end' ? lengthMs : positionMs + move;
    onSeek(Math.min(Math.max(0, to), lengthMs));
  };

  const shown = (r: TimelineRegionData): TimelineRegionData =>
    draft && draft.id === r.id ? { ...r, start_ms: draft.start_ms, end_ms: draft.end_ms } : r;

  return (
    <fieldset aria-describedby={hintId} className="grid min-w-0 gap-1.5">
      <legend className="sr-only">Timeline</legend>
      <p id={hintId} className="text-xs text-muted">
        {known
          ? `Click to play from there${onCreate ? '; drag across the bar to mark a region, drag a region or its edges to change it' : ''}. Arrow keys move the focused marker.`
          : 'The timeline shows the track once its length is known.'}
      </p>
      <div
        ref={bar}
        data-testid="timeline"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          gesture.current = null;
          setDraft(null);
        }}
        className="relative h-20 touch-none overflow-hidden rounded-md border border-line bg-subtle select-none"
      >
        {background && (
          <div aria-hidden className="pointer-events-none absolute inset-0">
            {background}
          </div>
        )}
        {known &&
          regions.map((r) => (
            <TimelineRegion
              key={r.id}
              region={shown(r)}
              saved={r}
              lengthMs={lengthMs}
              selected={selectedId === r.id}
              editable={Boolean(onChange)}
              onSelect={() => onSelect?.(r.id)}
              onDraft={(range) => setDraft({ id: r.id, ...range, committed: false })}
              onCommit={(range) => commit(r.id, range)}
            />
          ))}
        {known &&
          marks.map((m) => (
            <div
              key={m.id}
              aria-hidden
              data-testid="timeline-mark"
              className="pointer-events-none absolute bottom-0 h-1.5 min-w-0.5 rounded-t-sm bg-fg opacity-60"
              style={{
                left: percentAt(m.start_ms, lengthMs),
                width: percentAt((m.end_ms ?? m.start_ms) - m.start_ms, lengthMs),
              }}
            />
          ))}
        {known && draft?.id === 'new' && (
          <div
            aria-hidden
            data-testid="timeline-new-region"
            className="pointer-events-none absolute inset-y-0 border-x-2 border-accent bg-accent-soft opacity-80"
            style={{
              left: percentAt(draft.start_ms, lengthMs),
              width: percentAt(draft.end_ms - draft.start_ms, lengthMs),
            }}
          />
        )}
        <div
          role="slider"
          tabIndex={known ? 0 : -1}
          aria-label="Playback position"
          aria-valuemin={0}
          aria-valuemax={Math.max(0, lengthMs)}
          aria-valuenow={Math.min(positionMs, Math.max(0, lengthMs))}
          aria-valuetext={
            known ? `${formatTime(positionMs, true)} of ${formatTime(lengthMs)}` : formatTime(positionMs, true)
          }
          aria-disabled={!known || undefined}
          onKeyDown={seekKey}
          className="pointer-events-none absolute inset-y-0 -ml-px w-0.5 bg-fg outline-offset-2 focus-visible:outline-2 focus-visible:outline-accent"
          style={{ left: percentAt(positionMs, lengthMs) }}
        >
          <span aria-hidden className="absolute -top-px -left-1 size-2.5 rounded-full bg-fg" />
        </div>
      </div>
    </fieldset>
  );
}
