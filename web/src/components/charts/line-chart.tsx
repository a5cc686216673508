import { useId } from 'react';
import { cn } from '@/lib/cn';
import {
  ChartTable,
  datumTitle,
  GridLines,
  niceCeiling,
  type SeriesDatum,
  SLOT,
  seriesRows,
  VIEW_HEIGHT,
  XLabels,
  YAxis,
} from './chart-frame';

export type LinePoint = SeriesDatum;

interface LineChartProps {
  data: LinePoint[];
  /** What the chart shows; names the figure and its data table. */
  title: string;
  /** Formats a value for tooltips and the table ("120 XP"). */
  formatValue?: (value: number) => string;
  /** Formats the axis figures ("120"); defaults to `formatValue`. */
  formatTick?: (value: number) => string;
  /** The y axis reaches at least this value, so a quiet month does not look busy. */
  minMax?: number;
  /** Column headings of the screen-reader table. */
  categoryLabel?: string;
  valueLabel?: string;
  /** Shade the area under the line. */
  area?: boolean;
  className?: string;
}

/** The SVG path through the points (x at the centre of each slot). */
export function linePath(values: number[], top: number): string {
  return values
    .map((v, i) => {
      const x = i * SLOT + SLOT / 2;
      const y = VIEW_HEIGHT - (top > 0 ? (Math.max(0, v) / top) * VIEW_HEIGHT : 0);
      return `${i === 0 ? 'M' : 'L'}${x} ${Number(y.toFixed(2))}`;
    })
    .join(' ');
}

/**
 * A small responsive line chart in the bar chart's frame: the SVG stretches to its box with
 * strokes that keep their width, the labels are HTML, and screen readers get a table.
 */
export function LineChart({
  data,
  title,
  formatValue = String,
  formatTick = formatValue,
  minMax = 0,
  categoryLabel = 'Day',
  valueLabel = 'Value',
  area = true,
  className,
}: LineChartProps) {
  const tableId = useId();
  const gradientId = useId();
  const top = niceCeiling(Math.max(minMax, ...data.map((d) => d.value)));
  const width = Math.max(1, data.length) * SLOT;
  const path = linePath(
    data.map((d) => d.value),
    top,
  );
  const last = data.length - 1;
  const areaPath =
    data.length > 0 ? `${path} L${last * SLOT + SLOT / 2} ${VIEW_HEIGHT} L${SLOT / 2} ${VIEW_HEIGHT} Z` : '';

  return (
    <figure className={cn('grid min-w-0 gap-2', className)}>
      <figcaption id={tableId} className="sr-only">
        {title}
      </figcaption>
      <div className="flex min-w-0 gap-2">
        <YAxis top={top} formatTick={formatTick} />
        <svg
          aria-hidden
          viewBox={`0 0 ${width} ${VIEW_HEIGHT}`}
          preserveAspectRatio="none"
          className="h-40 min-w-0 flex-1 overflow-visible"
        >
          <defs>
            <linearGradient id={gradientId} x1="0" x2="0" y1="0" y2="1">
              <stop offset="0%" stopColor="var(--c-accent)" stopOpacity={0.28} />
              <stop offset="100%" stopColor="var(--c-accent)" stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <GridLines width={width} />
          {area && data.length > 1 && <path d={areaPath} fill={`url(#${gradientId})`} />}
          {data.length > 0 && (
            <path
              d={path}
              fill="none"
              className="stroke-accent"
              strokeWidth={2}
              strokeLinejoin="round"
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
            />
          )}
          {data.map((d, i) => (
            // A full-height slot per point so hovering anywhere above a day shows its value.
            <rect key={d.key} x={i * SLOT} y={0} width={SLOT} height={VIEW_HEIGHT} fill="transparent">
              <title>{datumTitle(d, formatValue)}</title>
            </rect>
          ))}
        </svg>
      </div>
      <XLabels data={data} />
      <ChartTable
        labelledBy={tableId}
        rows={seriesRows(data)}
        formatValue={formatValue}
        categoryLabel={categoryLabel}
        valueLabel={valueLabel}
      />
    </figure>
  );
}
