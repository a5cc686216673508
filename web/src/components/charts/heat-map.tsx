import { useLayoutEffect, useRef } from 'react';
import { addDays, daysBetween, weekday, weekStart } from '#common/time/day';
import { cn } from '@/lib/cn';
import { formatDayKey } from '@/lib/format';

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatMapDay {
  level: HeatLevel;
  skipped?: boolean;
  /** What happened that day, for the tooltip ("2 of 3"). */
  text?: string;
}

interface HeatMapProps {
  /** The last day shown (usually today, in the user's day). */
  end: string;
  /** Columns of weeks, Monday to Sunday; 53 covers a year. */
  weeks?: number;
  days: ReadonlyMap<string, HeatMapDay>;
  /** Names the region (it scrolls sideways on a phone). */
  title: string;
  /** The one sentence a screen reader hears for the picture ("210 of 365 days done"). */
  summary: string;
  className?: string;
}

const CELL = 11;
const STEP = 14;
const LEFT = 30;
const TOP = 18;

const levelClass: Record<HeatLevel, string> = {
  0: 'fill-subtle stroke-line',
  1: 'fill-accent/30 stroke-transparent',
  2: 'fill-accent/55 stroke-transparent',
  3: 'fill-accent/80 stroke-transparent',
  4: 'fill-accent stroke-transparent',
};
const skippedClass = 'fill-transparent stroke-muted';

interface Column {
  start: string;
  month: string | null;
}

/** Week columns ending with `end`'s week, and the month label each new month's first column gets. */
export function heatMapColumns(end: string, weeks: number): Column[] {
  const first = addDays(weekStart(end), -7 * (weeks - 1));
  const columns: Column[] = [];
  let lastMonth = '';
  let lastLabelled = -10;
  for (let w = 0; w < weeks; w++) {
    const start = addDays(first, 7 * w);
    const month = start.slice(0, 7);
    let label: string | null = null;
    // Label the first column whose Monday is in a new month, if it has room for the text.
    if (month !== lastMonth && w - lastLabelled >= 3 && !(w === 0 && Number(start.slice(8)) > 22)) {
      label = formatDayKey(start, { month: 'short', weekday: undefined, day: undefined });
      lastLabelled = w;
    }
    lastMonth = month;
    columns.push({ start, month: label });
  }
  return columns;
}

/** A GitHub-style year of days: one square per day, darker for more done. */
export function HeatMap({ end, weeks = 53, days, title, summary, className }: HeatMapProps) {
  const scroller = useRef<HTMLElement>(null);
  const columns = heatMapColumns(end, weeks);
  const width = weeks * STEP;
  const height = TOP + 7 * STEP;

  // Recent weeks matter most: on a narrow screen, start scrolled to the end.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, []);

  return (
    <div className={cn('grid gap-2', className)}>
      <div className="flex">
        {/* The weekday names stay put while the weeks scroll. */}
        <svg aria-hidden width={LEFT} height={height} className="block shrink-0">
          {[0, 2, 4].map((d) => (
            <text key={d} x={0} y={TOP + d * STEP + CELL - 1} className="fill-muted text-[10px]">
              {formatDayKey(addDays(columns[0]?.start ?? end, d), {
                weekday: 'short',
                day: undefined,
                month: undefined,
              })}
            </text>
          ))}
        </svg>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
        <section ref={scroller} aria-label={title} tabIndex={0} className="w-0 flex-1 overflow-x-auto pb-1">
          <svg role="img" aria-label={summary} width={width} height={height} className="block">
            {columns.map((col, w) => (
              <g key={col.start} transform={`translate(${w * STEP}, 0)`}>
                {col.month && (
                  <text x={0} y={11} className="fill-muted text-[10px]">
                    {col.month}
                  </text>
                )}
                {Array.from({ length: 7 }, (_, d) => {
                  const date = addDays(col.start, d);
                  if (daysBetween(date, end) < 0) return null;
                  const day = days.get(date);
                  const state = day?.skipped ? 'skipped' : (day?.text ?? 'nothing logged');
                  return (
                    <rect
                      key={date}
                      x={0.5}
                      y={TOP + weekday(date) * STEP + 0.5}
                      width={CELL - 1}
                      height={CELL - 1}
                      rx={2}
                      className={day?.skipped ? skippedClass : levelClass[day?.level ?? 0]}
                    >
                      <title>{`${formatDayKey(date)}: ${state}`}</title>
                    </rect>
                  );
                })}
              </g>
            ))}
          </svg>
        </section>
      </div>
      <div aria-hidden className="flex flex-wrap items-center justify-end gap-1 text-[11px] text-muted">
        <span className="mr-1">Less</span>
        {([0, 1, 2, 3, 4] as const).map((l) => (
          <svg key={l} aria-hidden width={CELL} height={CELL}>
            <rect x={0.5} y={0.5} width={CELL - 1} height={CELL - 1} rx={2} className={levelClass[l]} />
          </svg>
        ))}
        <span className="ml-1">More</span>
        <svg aria-hidden width={CELL} height={CELL} className="ml-3">
          <rect x={0.5} y={0.5} width={CELL - 1} height={CELL - 1} rx={2} className={skippedClass} />
        </svg>
        <span>Skipped</span>
      </div>
    </div>
  );
}
