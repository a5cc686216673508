import { useId } from 'react';
import { cn } from '@/lib/cn';

export interface BarDatum {
  /** Unique per bar (e.g. a day key). */
  key: string;
  /** The short axis label ("Mo", "12"). */
  label: string;
  /** The full label for tooltips and the data table ("Monday 12 May"). */
  longLabel?: string;
  value: number;
}

interface BarChartProps {
  data: BarDatum[];
  /** What the chart shows; names the figure and its data table. */
  title: string;
  /** Formats a value for tooltips, the axis and the table ("25 min"). */
  formatValue?: (value: number) => string;
  /** Formats the axis figures, which have little room ("60"); defaults to `formatValue`. */
  formatTick?: (value: number) => string;
  /** The y axis reaches at least this value, so a quiet week does not look busy. */
  minMax?: number;
  /** Column headings of the screen-reader table. */
  categoryLabel?: string;
  valueLabel?: string;
  className?: string;
}

const VIEW_HEIGHT = 100;
const SLOT = 10;
const BAR = 6.4;

/** A tidy axis top: 1, 2 or 5 times a power of ten at or above `max`. */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/** Shows every n-th axis label so they never crowd (about seven fit a phone). */
export const labelStep = (count: number): number => Math.max(1, Math.ceil(count / 8));

/**
 * A small responsive bar chart. The bars are drawn in an SVG that stretches to its box; the axis
 * labels are HTML so text never stretches. Screen readers get the same numbers as a table.
 */
export function BarChart({
  data,
  title,
  formatValue = String,
  formatTick = formatValue,
  minMax = 0,
  categoryLabel = 'Day',
  valueLabel = 'Value',
  className,
}: BarChartProps) {
  const tableId = useId();
  const top = niceCeiling(Math.max(minMax, ...data.map((d) => d.value)));
  const width = Math.max(1, data.length) * SLOT;
  const step = labelStep(data.length);

  return (
    <figure className={cn('grid gap-2', className)}>
      <figcaption id={tableId} className="sr-only">
        {title}
      </figcaption>
      <div className="flex gap-2">
        <div aria-hidden className="flex w-8 shrink-0 flex-col justify-between text-right text-[11px] text-muted">
          <span>{formatTick(top)}</span>
          <span>{formatTick(top / 2)}</span>
          <span>0</span>
        </div>
        <svg
          aria-hidden
          viewBox={`0 0 ${width} ${VIEW_HEIGHT}`}
          preserveAspectRatio="none"
          className="h-40 min-w-0 flex-1 overflow-visible"
        >
          {[0, 0.5, 1].map((f) => (
            <line
              key={f}
              x1={0}
              x2={width}
              y1={VIEW_HEIGHT * f}
              y2={VIEW_HEIGHT * f}
              className="stroke-line"
              strokeWidth={1}
              vectorEffect="non-scaling-stroke"
              strokeDasharray={f === 1 ? undefined : '3 3'}
            />
          ))}
          {data.map((d, i) => {
            const h = top > 0 ? (Math.max(0, d.value) / top) * VIEW_HEIGHT : 0;
            return (
              <g key={d.key}>
                {/* A full-height hit area so thin bars still show their tooltip. */}
                <rect x={i * SLOT} y={0} width={SLOT} height={VIEW_HEIGHT} fill="transparent">
                  <title>{`${d.longLabel ?? d.label}: ${formatValue(d.value)}`}</title>
                </rect>
                <rect
                  x={i * SLOT + (SLOT - BAR) / 2}
                  y={VIEW_HEIGHT - h}
                  width={BAR}
                  height={h}
                  rx={1}
                  className="pointer-events-none fill-accent"
                />
              </g>
            );
          })}
        </svg>
      </div>
      <div aria-hidden className="ml-10 flex text-[11px] text-muted">
        {data.map((d, i) => (
          <span key={d.key} className="min-w-0 flex-1 text-center">
            {i % step === 0 ? d.label : ''}
          </span>
        ))}
      </div>
      <table className="sr-only" aria-labelledby={tableId}>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.longLabel ?? d.label}</th>
              <td>{formatValue(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
