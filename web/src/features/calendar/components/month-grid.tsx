import type { DayKey } from '#common/time/day';
import { cn } from '@/lib/cn';
import type { CalendarItemWire } from '../api/types';
import { dayLabel } from '../utils/dates';
import { byDay, itemKey } from '../utils/layout';
import { EventChip } from './event-chip';

const SHOWN = 3;

interface MonthGridProps {
  days: DayKey[];
  /** The month shown (`YYYY-MM`): other days are dimmed. */
  month: string;
  today: DayKey;
  items: CalendarItemWire[];
  tz: string;
  onOpen: (item: CalendarItemWire) => void;
  onOpenDay: (day: DayKey) => void;
}

/** Six weeks, Monday first; each day lists its first events and how many more it has. */
export function MonthGrid({ days, month, today, items, tz, onOpen, onOpenDay }: MonthGridProps) {
  const perDay = byDay(items, tz);
  const weekdays = days.slice(0, 7);
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <div className="grid grid-cols-7 border-b border-line bg-subtle/60" aria-hidden>
        {weekdays.map((d) => (
          <div key={d} className="px-2 py-1.5 text-xs font-medium text-muted">
            {dayLabel(d, { weekday: 'short' })}
          </div>
        ))}
      </div>
      <ol className="grid grid-cols-7">
        {days.map((day) => {
          const list = perDay.get(day) ?? [];
          const outside = !day.startsWith(month);
          const name = dayLabel(day, { weekday: 'long', day: 'numeric', month: 'long' });
          return (
            <li
              key={day}
              aria-label={`${name}: ${list.length === 0 ? 'no events' : `${list.length} event${list.length === 1 ? '' : 's'}`}`}
              className={cn(
                'grid min-h-24 min-w-0 content-start gap-1 border-b border-l border-line p-1 [&:nth-child(7n+1)]:border-l-0',
                outside && 'bg-subtle/50',
              )}
            >
              <button
                type="button"
                onClick={() => onOpenDay(day)}
                aria-label={`Open ${name}`}
                className={cn(
                  'grid size-6 place-items-center justify-self-start rounded-full text-xs font-medium hover:bg-subtle',
                  outside ? 'text-muted' : 'text-fg',
                  day === today && 'bg-accent text-accent-fg hover:bg-accent',
                )}
              >
                {Number(day.slice(8))}
              </button>
              {list.slice(0, SHOWN).map((item) => (
                <EventChip key={itemKey(item)} item={item} tz={tz} onOpen={onOpen} />
              ))}
              {list.length > SHOWN && (
                <button
                  type="button"
                  onClick={() => onOpenDay(day)}
                  className="justify-self-start rounded px-1 text-[11px] font-medium text-accent-text hover:underline"
                >
                  {list.length - SHOWN} more
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
