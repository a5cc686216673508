import { useId } from 'react';
import { BarChart } from '@/components/charts/bar-chart';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDayKey } from '@/lib/format';
import type { FocusStatsWire, useFocusStats } from '../api/get-focus-stats';

export type StatsRange = 14 | 30;

interface FocusStatsCardProps {
  stats: ReturnType<typeof useFocusStats>;
  range: StatsRange;
  onRangeChange: (range: StatsRange) => void;
}

const minutes = (n: number) => `${Math.round(n)} min`;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg bg-subtle px-3 py-2.5">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/** The chart's bars: one per day, labelled with the day of the month (weekday for a fortnight). */
export function chartData(stats: FocusStatsWire, range: StatsRange) {
  return stats.days.map((d) => ({
    key: d.date,
    label:
      range <= 14
        ? formatDayKey(d.date, { weekday: 'narrow', day: undefined, month: undefined })
        : String(Number(d.date.slice(8))),
    longLabel: formatDayKey(d.date),
    value: d.minutes,
  }));
}

/** Today's totals and focus minutes per day over the last 14 or 30 days. */
export function FocusStatsCard({ stats, range, onRangeChange }: FocusStatsCardProps) {
  const headingId = useId();
  let body: React.ReactNode;
  if (stats.isPending) body = <Skeleton className="h-56" />;
  else if (stats.isError)
    body = <ErrorState error={stats.error} onRetry={() => void stats.refetch()} retrying={stats.isFetching} />;
  else {
    const today = stats.data.days.at(-1);
    const total = stats.data.days.reduce((sum, d) => sum + d.minutes, 0);
    const rate = today?.completion_rate;
    body = (
      <div className="grid gap-5">
        <dl className="grid grid-cols-3 gap-2">
          <Figure label="Focused today" value={minutes(today?.minutes ?? 0)} />
          <Figure label="Sessions today" value={String(today?.sessions ?? 0)} />
          <Figure label="Finished today" value={rate == null ? '–' : `${Math.round(rate * 100)}%`} />
        </dl>
        <BarChart
          data={chartData(stats.data, range)}
          title={`Focus minutes per day, last ${range} days`}
          className="pt-1"
          valueLabel="Focus minutes"
          formatValue={minutes}
          formatTick={String}
          minMax={60}
        />
        <p className="text-sm text-muted">
          {total > 0 ? `${minutes(total)} of focus in the last ${range} days.` : 'No focus time yet in this period.'}
        </p>
      </div>
    );
  }
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Focus time"
        description="Minutes of completed focus sessions per day."
        action={
          <SegmentedControl
            legend="Range"
            hideLegend
            size="sm"
            name="focus-range"
            value={String(range) as '14' | '30'}
            options={[
              { value: '14', label: '14 days' },
              { value: '30', label: '30 days' },
            ]}
            onChange={(v) => onRangeChange(Number(v) as StatsRange)}
          />
        }
      />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
