import { useId, useState } from 'react';
import { ADMIN_STATS_MAX_DAYS } from '#common/contracts/admin';
import { BarChart, type BarDatum } from '@/components/charts/bar-chart';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Select } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDayKey } from '@/lib/format';
import { type AdminStatsWire, useAdminStats } from '../api/stats';
import { AdminNav } from '../components/admin-nav';

const ranges = [7, 30, ADMIN_STATS_MAX_DAYS];

const number = (n: number) => n.toLocaleString('en');

/** Bytes as a short figure: "0 B", "12.3 MB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

type DayField = 'sign_ups' | 'events' | 'active_users' | 'coins_earned';

/** One bar per UTC day; long windows label only every seventh day. */
export function dayBars(days: AdminStatsWire['days'], field: DayField): BarDatum[] {
  return days.map((d, i) => ({
    key: d.day,
    label: days.length <= 31 || i % 7 === 0 ? String(Number(d.day.slice(8))) : '',
    longLabel: formatDayKey(d.day),
    value: d[field],
  }));
}

const charts: { field: DayField; title: string; description: string; valueLabel: string; minMax: number }[] = [
  {
    field: 'sign_ups',
    title: 'Sign-ups',
    description: 'Accounts created each day.',
    valueLabel: 'Sign-ups',
    minMax: 5,
  },
  {
    field: 'active_users',
    title: 'Active users',
    description: 'Users with at least one activity recorded that day.',
    valueLabel: 'Users',
    minMax: 5,
  },
  {
    field: 'events',
    title: 'Activity',
    description: 'Activities recorded each day (focus, habits, lessons…).',
    valueLabel: 'Activities',
    minMax: 10,
  },
  {
    field: 'coins_earned',
    title: 'Coins earned',
    description: 'Coins awarded each day, net of undone rewards.',
    valueLabel: 'Coins',
    minMax: 50,
  },
];

/** The whole instance at a glance: who is active, what they do, the economy, storage and the queue. */
export function StatsPage() {
  const [days, setDays] = useState(30);
  const stats = useAdminStats(days);

  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title="Stats"
        description="Days are UTC days; today is counted live."
        actions={
          <div className="w-44">
            <Select aria-label="Range" className="h-11" value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {ranges.map((r) => (
                <option key={r} value={r}>
                  Last {r} days
                </option>
              ))}
            </Select>
          </div>
        }
      />
      <AdminNav />
      {stats.isPending ? (
        <Skeleton className="h-80 rounded-xl" />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} retrying={stats.isFetching} />
      ) : (
        <StatsBody stats={stats.data} />
      )}
    </div>
  );
}

function StatsBody({ stats }: { stats: AdminStatsWire }) {
  const headingId = useId();
  const figures = [
    { label: 'Active in 7 days', value: number(stats.users.active_7d) },
    { label: 'Active in 30 days', value: number(stats.users.active_30d) },
    { label: 'Coins earned', value: number(stats.economy.coins_earned) },
    { label: 'Coins spent', value: number(stats.economy.coins_spent) },
    { label: 'Coins in wallets', value: number(stats.economy.coins_in_wallets) },
    { label: 'Storage used', value: `${formatBytes(stats.storage.bytes)} in ${number(stats.storage.files)} files` },
    {
      label: 'Analysis queue',
      value: `${number(stats.analysis_queue.queued)} waiting, ${number(stats.analysis_queue.running)} running`,
    },
  ];
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="sr-only">
          Headline figures
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {figures.map((f) => (
            <div key={f.label} className="rounded-xl border border-line bg-surface px-3 py-2">
              <dt className="text-xs text-muted">{f.label}</dt>
              <dd className="font-semibold tabular-nums">{f.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[repeat(2,minmax(0,1fr))]">
        {charts.map((c) => (
          <DayChart key={c.field} stats={stats} {...c} />
        ))}
      </div>
      <p className="text-sm text-muted">
        {stats.rolled_up_through
          ? `Closed days come from the daily rollup, kept as they were counted (through ${formatDayKey(stats.rolled_up_through)}).`
          : 'No closed day has been rolled up yet: a day is counted into the rollup once it has ended and something was recorded.'}
      </p>
    </div>
  );
}

function DayChart({
  stats,
  field,
  title,
  description,
  valueLabel,
  minMax,
}: { stats: AdminStatsWire } & (typeof charts)[number]) {
  const id = useId();
  return (
    <Card aria-labelledby={id}>
      <CardHeader id={id} title={title} description={description} />
      <CardBody>
        <BarChart
          data={dayBars(stats.days, field)}
          title={`${title} per day, last ${stats.days.length} days`}
          formatValue={number}
          minMax={minMax}
          categoryLabel="Day"
          valueLabel={valueLabel}
          className="grid-cols-[minmax(0,1fr)]"
        />
      </CardBody>
    </Card>
  );
}
