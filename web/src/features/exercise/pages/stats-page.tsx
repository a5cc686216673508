import { useId, useState } from 'react';
import { type MuscleGroup, muscleGroupNames } from '#common/contracts/exercise';
import { BarChart } from '@/components/charts/bar-chart';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Select } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDayKey } from '@/lib/format';
import { useExerciseStats } from '../api/stats';
import type { StatsWire } from '../api/types';
import { ExerciseNav } from '../components/exercise-nav';
import { useWeightUnit } from '../hooks/use-weight-unit';
import { formatMinutes, groupLabel } from '../utils/labels';
import { formatVolume, KG_PER_LB, type WeightUnit } from '../utils/units';

const ranges = [4, 12, 26, 52];

/** Weekly volume (one muscle group or all) in the user's unit. */
export function weeklyVolume(stats: StatsWire, group: MuscleGroup | 'all', unit: WeightUnit) {
  const factor = unit === 'lb' ? 1 / KG_PER_LB : 1;
  return stats.weeks.map((w) => {
    const kg = group === 'all' ? w.volume : (w.volume_by_group[group] ?? 0);
    return {
      key: w.week_start,
      label: formatDayKey(w.week_start, { weekday: undefined, month: 'numeric' }),
      longLabel: `Week of ${formatDayKey(w.week_start)}`,
      value: Math.round(kg * factor),
    };
  });
}

/** Weekly training: sessions, and volume by muscle group. */
export function StatsPage() {
  const [weeks, setWeeks] = useState(12);
  const [group, setGroup] = useState<MuscleGroup | 'all'>('all');
  const stats = useExerciseStats(weeks);
  const unit = useWeightUnit();
  const volumeId = useId();
  const sessionsId = useId();
  const groupsId = useId();

  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title="Training stats"
        description="Week by week, Monday to Sunday."
        actions={
          <Select
            aria-label="Range"
            className="h-11 w-40"
            value={weeks}
            onChange={(e) => setWeeks(Number(e.target.value))}
          >
            {ranges.map((r) => (
              <option key={r} value={r}>
                Last {r} weeks
              </option>
            ))}
          </Select>
        }
      />
      <ExerciseNav />
      {stats.isPending ? (
        <Skeleton className="h-80 rounded-xl" />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} retrying={stats.isFetching} />
      ) : (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
          <dl className="grid grid-cols-3 gap-3">
            {[
              { label: 'Sessions', value: String(stats.data.totals.sessions) },
              { label: 'Active time', value: formatMinutes(stats.data.totals.active_minutes) },
              { label: 'Volume', value: formatVolume(stats.data.totals.volume, unit) },
            ].map((f) => (
              <div key={f.label} className="rounded-xl border border-line bg-surface px-3 py-2">
                <dt className="text-xs text-muted">{f.label}</dt>
                <dd className="font-semibold tabular-nums">{f.value}</dd>
              </div>
            ))}
          </dl>
          <Card aria-labelledby={volumeId}>
            <CardHeader
              id={volumeId}
              title="Weekly volume"
              description={`Weight × reps of working sets, in ${unit}.`}
              action={
                <Select
                  aria-label="Muscle group"
                  className="h-10 w-36"
                  value={group}
                  onChange={(e) => setGroup(e.target.value as MuscleGroup | 'all')}
                >
                  <option value="all">All groups</option>
                  {muscleGroupNames.map((g) => (
                    <option key={g} value={g}>
                      {groupLabel(g)}
                    </option>
                  ))}
                </Select>
              }
            />
            <CardBody>
              <BarChart
                data={weeklyVolume(stats.data, group, unit)}
                title={`Weekly volume, ${group === 'all' ? 'all groups' : groupLabel(group)}`}
                formatValue={(v) => `${v.toLocaleString('en')} ${unit}`}
                formatTick={(v) => (v >= 1000 ? `${Math.round(v / 100) / 10}k` : String(v))}
                categoryLabel="Week"
                valueLabel="Volume"
              />
            </CardBody>
          </Card>
          <Card aria-labelledby={groupsId}>
            <CardHeader id={groupsId} title="Volume by muscle group" description={`Over the last ${weeks} weeks.`} />
            <CardBody>
              <GroupBars stats={stats.data} unit={unit} />
            </CardBody>
          </Card>
          <Card aria-labelledby={sessionsId}>
            <CardHeader id={sessionsId} title="Sessions per week" />
            <CardBody>
              <BarChart
                data={stats.data.weeks.map((w) => ({
                  key: w.week_start,
                  label: formatDayKey(w.week_start, { weekday: undefined, month: 'numeric' }),
                  longLabel: `Week of ${formatDayKey(w.week_start)}`,
                  value: w.sessions,
                }))}
                title="Sessions per week"
                minMax={3}
                categoryLabel="Week"
                valueLabel="Sessions"
              />
            </CardBody>
          </Card>
        </div>
      )}
    </div>
  );
}

function GroupBars({ stats, unit }: { stats: StatsWire; unit: WeightUnit }) {
  const totals = muscleGroupNames.map((g) => ({
    group: g,
    kg: stats.weeks.reduce((sum, w) => sum + (w.volume_by_group[g] ?? 0), 0),
  }));
  const top = Math.max(1, ...totals.map((t) => t.kg));
  return (
    <ul className="grid gap-2">
      {totals.map((t) => (
        <li key={t.group} className="grid grid-cols-[6rem_minmax(0,1fr)_auto] items-center gap-3 text-sm">
          <span>{groupLabel(t.group)}</span>
          <span aria-hidden className="h-2.5 overflow-hidden rounded-full bg-subtle">
            <span className="block h-full rounded-full bg-accent" style={{ width: `${(t.kg / top) * 100}%` }} />
          </span>
          <span className="text-right tabular-nums">{formatVolume(t.kg, unit)}</span>
        </li>
      ))}
    </ul>
  );
}
