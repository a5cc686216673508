import {
  DndContext,
  type DragEndEvent,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Repeat } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { DayKey } from '#common/time/day';
import { cn } from '@/lib/cn';
import type { CalendarItemWire } from '../api/types';
import { atMinute, dayLabel, minuteOfDay, timeLabel } from '../utils/dates';
import { byDay, isAllDayRow, itemKey, type Placed, placeDay } from '../utils/layout';
import { EventChip, eventStyle } from './event-chip';

const HOUR_PX = 48;
const PX_PER_MINUTE = HOUR_PX / 60;
const SNAP_MINUTES = 15;
const hours = Array.from({ length: 24 }, (_, h) => h);

interface TimeGridProps {
  days: DayKey[];
  today: DayKey;
  items: CalendarItemWire[];
  tz: string;
  onOpen: (item: CalendarItemWire) => void;
  onOpenDay: (day: DayKey) => void;
  /** A drag ended: the item should now start at `start` (its length kept). */
  onMove: (item: CalendarItemWire, start: Date) => void;
}

/** The week or day view: an hour grid per day; timed events can be dragged to another time or day. */
export function TimeGrid({ days, today, items, tz, onOpen, onOpenDay, onMove }: TimeGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const timed = byDay(
    items.filter((i) => !isAllDayRow(i)),
    tz,
  );
  const allDay = byDay(items.filter(isAllDayRow), tz);

  useEffect(() => {
    // Open at the working day rather than at midnight.
    if (scroller.current) scroller.current.scrollTop = 7 * HOUR_PX - 12;
  }, []);

  const dragEnd = ({ active, over, delta }: DragEndEvent) => {
    const item = active.data.current?.item as CalendarItemWire | undefined;
    if (!item || !over) return;
    const day = String(over.id) as DayKey;
    const moved = Math.round(delta.y / PX_PER_MINUTE / SNAP_MINUTES) * SNAP_MINUTES;
    const minute = Math.min(24 * 60 - SNAP_MINUTES, Math.max(0, minuteOfDay(item.start_time, tz) + moved));
    const start = atMinute(day, minute, tz);
    if (start.getTime() !== Date.parse(item.start_time)) onMove(item, start);
  };

  const columns = `3.5rem repeat(${days.length}, minmax(0, 1fr))`;
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <div className="grid border-b border-line" style={{ gridTemplateColumns: columns }}>
        <div />
        {days.map((day) => (
          <button
            key={day}
            type="button"
            onClick={() => onOpenDay(day)}
            aria-label={`Open ${dayLabel(day, { weekday: 'long', day: 'numeric', month: 'long' })}`}
            className={cn(
              'grid justify-items-center gap-0.5 border-l border-line px-1 py-2 text-xs text-muted hover:bg-subtle',
              day === today && 'text-accent-text',
            )}
          >
            <span>{dayLabel(day, { weekday: 'short' })}</span>
            <span className={cn('text-base font-semibold text-fg', day === today && 'text-accent-text')}>
              {Number(day.slice(8))}
            </span>
          </button>
        ))}
      </div>
      <div className="grid border-b border-line" style={{ gridTemplateColumns: columns }}>
        <div className="px-1 py-1.5 text-right text-[11px] text-muted">All day</div>
        {days.map((day) => (
          <ul
            key={day}
            className="grid min-h-8 content-start gap-1 border-l border-line p-1"
            aria-label={`All day, ${day}`}
          >
            {(allDay.get(day) ?? []).map((item) => (
              <li key={itemKey(item)}>
                <EventChip item={item} tz={tz} onOpen={onOpen} compact />
              </li>
            ))}
          </ul>
        ))}
      </div>
      <DndContext sensors={sensors} onDragEnd={dragEnd}>
        <div ref={scroller} className="max-h-[36rem] overflow-y-auto" data-testid="time-grid">
          <div className="relative grid" style={{ gridTemplateColumns: columns, height: 24 * HOUR_PX }}>
            <div aria-hidden className="relative">
              {hours.map((h) => (
                <span
                  key={h}
                  className="absolute right-1.5 -translate-y-1/2 text-[11px] text-muted"
                  style={{ top: h * HOUR_PX }}
                >
                  {h === 0 ? '' : `${String(h).padStart(2, '0')}:00`}
                </span>
              ))}
            </div>
            {days.map((day) => (
              <DayColumn key={day} day={day} placed={placeDay(timed.get(day) ?? [], tz)} tz={tz} onOpen={onOpen} />
            ))}
          </div>
        </div>
      </DndContext>
    </div>
  );
}

function DayColumn({
  day,
  placed,
  tz,
  onOpen,
}: {
  day: DayKey;
  placed: Placed[];
  tz: string;
  onOpen: (item: CalendarItemWire) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: day });
  return (
    <ul
      ref={setNodeRef}
      aria-label={`Events on ${dayLabel(day, { weekday: 'long', day: 'numeric', month: 'long' })}`}
      data-day={day}
      className={cn('relative border-l border-line', isOver && 'bg-accent-soft/40')}
      style={{
        backgroundImage: 'linear-gradient(to bottom, var(--c-line) 1px, transparent 1px)',
        backgroundSize: `100% ${HOUR_PX}px`,
      }}
    >
      {placed.map((p) => (
        <TimedEvent key={itemKey(p.item)} placed={p} tz={tz} onOpen={onOpen} />
      ))}
    </ul>
  );
}

function TimedEvent({ placed, tz, onOpen }: { placed: Placed; tz: string; onOpen: (item: CalendarItemWire) => void }) {
  const { item, top, length, lane, lanes } = placed;
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: itemKey(item),
    data: { item },
  });
  const range = item.end_time
    ? `${timeLabel(item.start_time, tz)}–${timeLabel(item.end_time, tz)}`
    : timeLabel(item.start_time, tz);
  // The native button is the role; drag is a pointer shortcut (the dialog reschedules by keyboard).
  const { role: _role, 'aria-describedby': _instructions, ...dragAttributes } = attributes;
  return (
    <li
      className="absolute px-0.5"
      style={{
        top: top * PX_PER_MINUTE,
        height: length * PX_PER_MINUTE,
        left: `${(lane / lanes) * 100}%`,
        width: `${100 / lanes}%`,
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        zIndex: isDragging ? 20 : 1,
      }}
    >
      <button
        ref={setNodeRef}
        type="button"
        {...dragAttributes}
        {...listeners}
        aria-label={`${item.title}, ${range}${item.recurrence_rule ? ', repeats' : ''}`}
        onClick={() => onOpen(item)}
        data-testid="calendar-event"
        className={cn(
          'flex h-full w-full touch-none flex-col overflow-hidden rounded-md border-l-4 px-1.5 py-0.5 text-left text-xs shadow-xs',
          'bg-subtle text-fg hover:brightness-95 focus-visible:outline-2 focus-visible:outline-accent',
          isDragging && 'cursor-grabbing opacity-90 shadow-lg',
        )}
        style={eventStyle(item)}
      >
        <span className="flex items-center gap-1 truncate font-medium">
          {item.recurrence_rule && <Repeat aria-hidden className="size-3 shrink-0" />}
          <span className="truncate">{item.title}</span>
        </span>
        {length >= 40 && <span className="truncate text-muted">{range}</span>}
      </button>
    </li>
  );
}
