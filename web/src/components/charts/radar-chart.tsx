import { useId } from 'react';
import { cn } from '@/lib/cn';
import { ChartTable } from './chart-frame';

export interface RadarAxis {
  key: string;
  label: string;
  value: number;
  /** A colour for the axis dot (any CSS colour); the polygon uses the accent. */
  color?: string;
}

interface RadarChartProps {
  axes: RadarAxis[];
  /** The value at the outer ring; defaults to a tidy ceiling of the largest value. */
  max?: number;
  /** What the chart shows; names the figure and its data table. */
  title: string;
  formatValue?: (value: number) => string;
  /** Number of grid rings. */
  rings?: number;
  categoryLabel?: string;
  valueLabel?: string;
  className?: string;
}

const SIZE = 240;
const CENTER = SIZE / 2;
const RADIUS = 78;

/** The point at `fraction` of the radius on axis `i` of `n`, starting at twelve o'clock. */
export function radarPoint(i: number, n: number, fraction: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
  const r = RADIUS * Math.min(1.5, Math.max(0, fraction));
  return [Number((CENTER + r * Math.cos(angle)).toFixed(2)), Number((CENTER + r * Math.sin(angle)).toFixed(2))];
}

const polygon = (points: [number, number][]) => points.map(([x, y]) => `${x},${y}`).join(' ');

/** Where a label sits beside its axis end, so text never covers the chart. */
function anchorFor(x: number): 'start' | 'middle' | 'end' {
  if (Math.abs(x - CENTER) < 4) return 'middle';
  return x > CENTER ? 'start' : 'end';
}

/**
 * A radar (spider) chart in a square SVG that scales with its box. Each axis is labelled with
 * its name and value; screen readers get the numbers as a table.
 */
export function RadarChart({
  axes,
  max,
  title,
  formatValue = String,
  rings = 4,
  categoryLabel = 'Skill',
  valueLabel = 'Value',
  className,
}: RadarChartProps) {
  const tableId = useId();
  const n = axes.length;
  const top = max ?? Math.max(1, ...axes.map((a) => a.value));
  const shape = axes.map((a, i) => radarPoint(i, n, Math.min(1, a.value / top)));

  return (
    <figure className={cn('grid justify-items-center', className)}>
      <figcaption id={tableId} className="sr-only">
        {title}
      </figcaption>
      <svg aria-hidden viewBox={`-56 0 ${SIZE + 112} ${SIZE}`} className="w-full max-w-md overflow-visible">
        {Array.from({ length: rings }, (_, r) => {
          const f = (r + 1) / rings;
          return (
            <polygon
              key={f}
              points={polygon(axes.map((_, i) => radarPoint(i, n, f)))}
              className={cn('fill-none', r === rings - 1 ? 'stroke-line-strong' : 'stroke-line')}
              strokeWidth={1}
            />
          );
        })}
        {axes.map((a, i) => {
          const [x, y] = radarPoint(i, n, 1);
          return <line key={a.key} x1={CENTER} y1={CENTER} x2={x} y2={y} className="stroke-line" strokeWidth={1} />;
        })}
        {n > 2 && (
          <polygon
            points={polygon(shape)}
            className="fill-accent/20 stroke-accent"
            strokeWidth={2}
            strokeLinejoin="round"
          />
        )}
        {axes.map((a, i) => {
          const [x, y] = shape[i] ?? [CENTER, CENTER];
          return (
            <circle
              key={a.key}
              cx={x}
              cy={y}
              r={3.5}
              className="stroke-surface"
              strokeWidth={1.5}
              style={{ fill: a.color ?? 'var(--c-accent)' }}
            >
              <title>{`${a.label}: ${formatValue(a.value)}`}</title>
            </circle>
          );
        })}
        {axes.map((a, i) => {
          const [x, y] = radarPoint(i, n, 1.18);
          const anchor = anchorFor(x);
          const dy = y < CENTER - RADIUS * 0.9 ? -4 : y > CENTER + RADIUS * 0.9 ? 10 : 3;
          return (
            <text key={a.key} x={x} y={y + dy} textAnchor={anchor} className="fill-muted text-[10px]">
              <tspan className="fill-fg font-medium">{a.label}</tspan>
              <tspan dx={4}>{formatValue(a.value)}</tspan>
            </text>
          );
        })}
      </svg>
      <ChartTable
        labelledBy={tableId}
        rows={axes}
        formatValue={formatValue}
        categoryLabel={categoryLabel}
        valueLabel={valueLabel}
      />
    </figure>
  );
}
