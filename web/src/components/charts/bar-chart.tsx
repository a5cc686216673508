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

export type BarDatum = SeriesDatum;

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

const BAR = 6.4;

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

  return (
    <figure className={cn('grid gap-2', className)}>
      <figcaption id={tableId} className="sr-only">
        {title}
      </figcaption>
      <div className="flex gap-2">
        <YAxis top={top} formatTick={formatTick} />
        <svg
          aria-hidden
          viewBox={`0 0 ${width} ${VIEW_HEIGHT}`}
          preserveAspectRatio="none"
          className="h-40 min-w-0 flex-1 overflow-visible"
        >
          <GridLines width={width} />
          {data.map((d, i) => {
            const h = top > 0 ? (Math.max(0, d.value) / top) * VIEW_HEIGHT : 0;
            return (
              <g key={d.key}>
                {/* A full-height hit area so thin bars still show their tooltip. */}
                <rect x={i * SLOT} y={0} width={SLOT} height={VIEW_HEIGHT} fill="transparent">
                  <title>{datumTitle(d, formatValue)}</title>
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
