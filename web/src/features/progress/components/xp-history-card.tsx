import { useId, useState } from 'react';
import { LineChart, type LinePoint } from '@/components/charts/line-chart';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDayKey } from '@/lib/format';
import { type HistoryDayWire, useXpHistory } from '../api/get-history';
import { formatNumber } from '../utils/format';

export type HistoryRange = '30' | '90' | '365';

const monthLabel = (key: string) => formatDayKey(key, { weekday: undefined, day: undefined, month: 'short' });

/** One point per day; long ranges are labelled by month (on each month's first day). */
export function historyPoints(days: HistoryDayWire[], range: HistoryRange): LinePoint[] {
  return days.map((d, i) => {
    let label = String(Number(d.date.slice(8)));
    if (range !== '30') label = i === 0 || d.date.endsWith('-01') ? monthLabel(d.date) : '';
    return { key: d.date, label, longLabel: formatDayKey(d.date), value: d.xp };
  });
}

const xp = (n: number) => `${formatNumber(n)} XP`;

/** XP earned per day over the last 30, 90 or 365 days. */
export function XpHistoryCard() {
  const headingId = useId();
  const [range, setRange] = useState<HistoryRange>('30');
  const history = useXpHistory(Number(range));
  let body: React.ReactNode;
  if (history.isPending) body = <Skeleton className="h-52" />;
  else if (history.isError)
    body = <ErrorState error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />;
  else {
    const total = history.data.reduce((sum, d) => sum + d.xp, 0);
    const best = history.data.reduce((max, d) => Math.max(max, d.xp), 0);
    body = (
      <div className="grid gap-4">
        <LineChart
          data={historyPoints(history.data, range)}
          title={`XP earned per day, last ${range} days`}
          valueLabel="XP"
          formatValue={xp}
          formatTick={formatNumber}
          minMax={50}
        />
        <p className="text-sm text-muted">
          {total > 0
            ? `${xp(total)} in the last ${range} days; your best day brought ${xp(best)}.`
            : 'No XP in this period yet. Finish a focus session or a habit to see the line climb.'}
        </p>
      </div>
    );
  }
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="XP over time"
        description="What each day of yours earned."
        action={
          <SegmentedControl
            legend="Range"
            hideLegend
            size="sm"
            name="xp-range"
            value={range}
            options={[
              { value: '30', label: '30 days' },
              { value: '90', label: '90 days' },
              { value: '365', label: 'Year' },
            ]}
            onChange={setRange}
          />
        }
      />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
