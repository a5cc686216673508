import { Repeat } from 'lucide-react';
import type { CSSProperties } from 'react';
import { cn } from '@/lib/cn';
import type { CalendarItemWire } from '../api/types';
import { timeLabel } from '../utils/dates';

/** The event's colour as the accent bar on its left; text stays in the theme's colours for contrast. */
export function eventStyle(item: Pick<CalendarItemWire, 'color'>): CSSProperties {
  return { borderLeftColor: item.color ?? 'var(--c-accent)' };
}

interface EventChipProps {
  item: CalendarItemWire;
  tz: string;
  onOpen: (item: CalendarItemWire) => void;
  /** Without the start time (all-day rows). */
  compact?: boolean;
}

/** One event as a small button: month cells and the all-day row. */
export function EventChip({ item, tz, onOpen, compact }: EventChipProps) {
  const time = item.all_day ? null : timeLabel(item.start_time, tz);
  return (
    <button
      type="button"
      onClick={() => onOpen(item)}
      data-testid="calendar-event"
      aria-label={`${item.title}${time ? `, ${time}` : ', all day'}${item.recurrence_rule ? ', repeats' : ''}`}
      className={cn(
        'flex w-full min-w-0 items-center gap-1 rounded border-l-[3px] bg-subtle px-1 py-0.5 text-left text-[11px] leading-tight text-fg',
        'hover:brightness-95 focus-visible:outline-2 focus-visible:outline-accent',
      )}
      style={eventStyle(item)}
    >
      {item.recurrence_rule && <Repeat aria-hidden className="size-3 shrink-0 text-muted" />}
      {!compact && time && <span className="shrink-0 text-muted">{time}</span>}
      <span className="truncate font-medium">{item.title}</span>
    </button>
  );
}
