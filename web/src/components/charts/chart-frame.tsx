/**
 * The parts the bar and line charts share: one slot per datum in a 100-unit-high SVG that
 * stretches to its box, a y axis and x labels in HTML so text never stretches, dashed grid lines,
 * and the screen-reader table every chart carries.
 */

export interface SeriesDatum {
  /** Unique per datum (e.g. a day key). */
  key: string;
  /** The short axis label ("Mo", "12"). */
  label: string;
  /** The full label for tooltips and the data table ("Monday 12 May"). */
  longLabel?: string;
  value: number;
}

export const VIEW_HEIGHT = 100;
export const SLOT = 10;

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

/** The tooltip text of one datum. */
export const datumTitle = (d: SeriesDatum, formatValue: (value: number) => string) =>
  `${d.longLabel ?? d.label}: ${formatValue(d.value)}`;

export function YAxis({ top, formatTick }: { top: number; formatTick: (value: number) => string }) {
  return (
    <div aria-hidden className="flex w-8 shrink-0 flex-col justify-between text-right text-[11px] text-muted">
      <span>{formatTick(top)}</span>
      <span>{formatTick(top / 2)}</span>
      <span>0</span>
    </div>
  );
}

/** The baseline and the dashed half and top lines, across `width` view units. */
export function GridLines({ width }: { width: number }) {
  return [0, 0.5, 1].map((f) => (
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
  ));
}

export function XLabels({ data }: { data: SeriesDatum[] }) {
  const step = labelStep(data.length);
  return (
    <div aria-hidden className="ml-10 flex min-w-0 overflow-hidden text-[11px] text-muted">
      {data.map((d, i) => (
        <span key={d.key} className="min-w-0 flex-1 text-center">
          {i % step === 0 ? d.label : ''}
        </span>
      ))}
    </div>
  );
}

interface ChartTableProps {
  /** The id of the element naming the chart (its figcaption). */
  labelledBy: string;
  rows: { key: string; label: string; value: number }[];
  formatValue: (value: number) => string;
  categoryLabel: string;
  valueLabel: string;
}

/**
 * The chart's numbers for screen readers. The visually hidden box is a wrapper: a table keeps
 * its content's width whatever width it is given, and would widen the page on a phone.
 */
export function ChartTable({ labelledBy, rows, formatValue, categoryLabel, valueLabel }: ChartTableProps) {
  return (
    <div className="sr-only">
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{formatValue(r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rows of the screen-reader table for a series: the long labels. */
export const seriesRows = (data: SeriesDatum[]) =>
  data.map((d) => ({ key: d.key, label: d.longLabel ?? d.label, value: d.value }));
