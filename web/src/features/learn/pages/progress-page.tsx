import { useId } from 'react';
import { PROGRESS_DAYS } from '#common/contracts/learn';
import { BarChart } from '@/components/charts/bar-chart';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ProgressBar } from '@/components/ui/progress-bar';
import { PageSkeleton } from '@/components/ui/skeleton';
import { formatDayKey } from '@/lib/format';
import { useLearnProgress } from '../api/reads';
import type { LearnProgressWire } from '../api/types';
import { LearnNav } from '../components/learn-nav';
import { dailySeries } from '../utils/days';
import { difficultyLabels, drillTypeLabels } from '../utils/labels';

const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

function DrillTable({ drills }: { drills: LearnProgressWire['drills'] }) {
  if (drills.length === 0) return <p className="text-sm text-muted">No drills yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="text-left text-xs text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Drill
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Rounds
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Best
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Last
            </th>
          </tr>
        </thead>
        <tbody>
          {drills.map((d) => (
            <tr key={d.id} className="border-t border-line">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                <span className="font-medium">{d.title}</span>
                <span className="block text-xs text-muted">
                  {drillTypeLabels[d.drill_type]} · {difficultyLabels[d.difficulty]}
                </span>
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{d.sessions}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{pct(d.best_score)}</td>
              <td className="py-2 text-right tabular-nums">{pct(d.last_score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Learn progress: lessons per topic, each drill's scores, reviews coming, drill scores per day. */
export function ProgressPage() {
  const progress = useLearnProgress();
  const lessonsId = useId();
  const drillsId = useId();
  const reviewsId = useId();
  const chartId = useId();
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Learn progress" description="Lessons completed, drill scores and reviews to come." />
      <LearnNav />
      {progress.isPending ? (
        <PageSkeleton />
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} retrying={progress.isFetching} />
      ) : (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 md:grid-cols-2">
          <Card aria-labelledby={lessonsId}>
            <CardHeader
              id={lessonsId}
              title="Lessons"
              description={`${progress.data.lessons_completed} of ${progress.data.lessons_total} completed`}
            />
            <CardBody>
              <ul className="grid gap-3">
                {progress.data.topics.map((t) => (
                  <li key={t.id} className="grid gap-1 text-sm">
                    <span className="flex justify-between gap-2">
                      <span>{t.name}</span>
                      <span className="tabular-nums text-muted">
                        {t.completed} / {t.total}
                      </span>
                    </span>
                    <ProgressBar
                      size="sm"
                      value={t.completed}
                      max={t.total}
                      label={`Lessons completed in ${t.name}`}
                      valueText={`${t.completed} of ${t.total} lessons`}
                    />
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
          <Card aria-labelledby={reviewsId}>
            <CardHeader id={reviewsId} title="Reviews" />
            <CardBody>
              <dl className="grid grid-cols-2 gap-3">
                <div className="rounded-xl border border-line px-3 py-2">
                  <dt className="text-xs text-muted">Due now</dt>
                  <dd className="text-xl font-semibold tabular-nums">{progress.data.reviews.due_now}</dd>
                </div>
                <div className="rounded-xl border border-line px-3 py-2">
                  <dt className="text-xs text-muted">Next 7 days</dt>
                  <dd className="text-xl font-semibold tabular-nums">{progress.data.reviews.due_next_7_days}</dd>
                </div>
              </dl>
            </CardBody>
          </Card>
          <Card aria-labelledby={chartId} className="md:col-span-2">
            <CardHeader
              id={chartId}
              title="Drill scores"
              description={`Average score of the rounds played each day, over the last ${PROGRESS_DAYS} days.`}
            />
            <CardBody>
              <BarChart
                data={dailySeries(progress.data.scores, PROGRESS_DAYS, (r) => r.average_score).map((d) => ({
                  key: d.day,
                  label: formatDayKey(d.day, { weekday: undefined, month: undefined }),
                  longLabel: `${formatDayKey(d.day)}${d.row ? ` (${d.row.rounds} ${d.row.rounds === 1 ? 'round' : 'rounds'})` : ''}`,
                  value: d.value,
                }))}
                title={`Average drill score per day, last ${PROGRESS_DAYS} days`}
                formatValue={(v) => `${v}%`}
                minMax={100}
                categoryLabel="Day"
                valueLabel="Average score"
                className="grid-cols-[minmax(0,1fr)]"
              />
            </CardBody>
          </Card>
          <Card aria-labelledby={drillsId} className="md:col-span-2">
            <CardHeader id={drillsId} title="Drills" />
            <CardBody>
              <DrillTable drills={progress.data.drills} />
            </CardBody>
          </Card>
        </div>
      )}
    </div>
  );
}
