import { type KeyboardEvent, useRef } from 'react';
import { cn } from '@/lib/cn';
import { formatTime } from '../utils/time';
import {
  keyMove,
  MIN_REGION_MS,
  moveRange,
  percentAt,
  REGION_BIG_STEP_MS,
  REGION_STEP_MS,
  resizeRange,
  type TimeRange,
} from '../utils/timeline-math';

/** What the timeline needs of a region. */
export interface TimelineRegionData extends TimeRange {
  id: string;
  name: string;
  color: string | null;
}

/** The part of a region a press or a key acts on. */
export interface Grip {
  id: string;
  part: 'body' | 'start' | 'end';
}

/** A region's range while it is being changed; `committed` once it has been handed on to be saved. */
export interface Draft extends TimeRange {
  id: string;
  committed: boolean;
}

interface TimelineRegionProps {
  /** The region as drawn (with the change under way). */
  region: TimelineRegionData;
  /** The region as last saved, which a key press starts from. */
  saved: TimelineRegionData;
  lengthMs: number;
  selected: boolean;
  editable: boolean;
  onSelect: () => void;
  onDraft: (range: TimeRange) => void;
  onCommit: (range: TimeRange) => void;
}

const keySteps = { small: REGION_STEP_MS, big: REGION_BIG_STEP_MS };

/**
 * One region on the timeline: its body (a slider that moves it) and its two edges (sliders that
 * resize it), siblings so that no control sits inside another. Keys change a draft at once and
 * hand it on to be saved when the key is released or focus leaves.
 */
export function TimelineRegion({
  region,
  saved,
  lengthMs,
  selected,
  editable,
  onSelect,
  onDraft,
  onCommit,
}: TimelineRegionProps) {
  const pending = useRef<TimeRange | null>(null);

  const onKeyDown = (part: Grip['part']) => (e: KeyboardEvent) => {
    if (part === 'body' && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onSelect();
      return;
    }
    const move = keyMove(e.key, e.shiftKey, keySteps);
    if (move === null || !editable) return;
    e.preventDefault();
    const from = pending.current ?? saved;
    let next: TimeRange;
    if (part === 'body') {
      const delta = move === 'home' ? -from.start_ms : move === 'end' ? lengthMs - from.end_ms : move;
      next = moveRange(from, delta, lengthMs);
    } else {
      const edge = part === 'start' ? from.start_ms : from.end_ms;
      const to = move === 'home' ? 0 : move === 'end' ? lengthMs : edge + move;
      next = resizeRange(from, part, to, lengthMs);
    }
    pending.current = next;
    onDraft(next);
  };

  const flush = () => {
    const range = pending.current;
    pending.current = null;
    if (range) onCommit(range);
  };

  const span = `${formatTime(region.start_ms, true)} to ${formatTime(region.end_ms, true)}`;
  const color = region.color ?? undefined;
  const edge = (part: 'start' | 'end') => (
    <div
      role="slider"
      tabIndex={editable ? 0 : -1}
      data-grip={part}
      data-region-id={region.id}
      aria-label={`${part === 'start' ? 'Start' : 'End'} of ${region.name}`}
      aria-valuemin={part === 'start' ? 0 : region.start_ms + MIN_REGION_MS}
      aria-valuemax={part === 'start' ? region.end_ms - MIN_REGION_MS : lengthMs}
      aria-valuenow={part === 'start' ? region.start_ms : region.end_ms}
      aria-valuetext={formatTime(part === 'start' ? region.start_ms : region.end_ms, true)}
      onKeyDown={onKeyDown(part)}
      onKeyUp={flush}
      onBlur={flush}
      className={cn(
        'absolute inset-y-0 z-10 w-3 outline-offset-1 focus-visible:outline-2 focus-visible:outline-accent',
        part === 'start' ? '-left-1.5' : '-right-1.5',
        editable && 'cursor-ew-resize',
      )}
    />
  );

  return (
    <div
      className="absolute inset-y-0"
      style={{
        left: percentAt(region.start_ms, lengthMs),
        width: percentAt(region.end_ms - region.start_ms, lengthMs),
      }}
    >
      <div
        role="slider"
        tabIndex={0}
        data-grip="body"
        data-region-id={region.id}
        aria-label={region.name}
        aria-valuemin={0}
        aria-valuemax={Math.max(0, lengthMs - (region.end_ms - region.start_ms))}
        aria-valuenow={region.start_ms}
        aria-valuetext={span}
        aria-current={selected || undefined}
        onKeyDown={onKeyDown('body')}
        onKeyUp={flush}
        onBlur={flush}
        className={cn(
          'absolute inset-0 overflow-hidden border-x-2 border-accent bg-accent-soft outline-offset-2 focus-visible:outline-2 focus-visible:outline-accent',
          editable && 'cursor-grab active:cursor-grabbing',
          selected && 'ring-2 ring-accent ring-inset',
        )}
        style={color ? { borderColor: color, backgroundColor: `${color}40` } : undefined}
      >
        <span className="pointer-events-none m-1 inline-block max-w-[calc(100%-0.5rem)] truncate rounded bg-surface px-1 text-xs font-medium text-fg">
          {region.name}
        </span>
      </div>
      {editable && edge('start')}
      {editable && edge('end')}
    </div>
  );
}
