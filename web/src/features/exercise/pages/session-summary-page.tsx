import { Star } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { useRecentRecords } from '../api/records';
import { useSession } from '../api/sessions';
import { ExerciseNav } from '../components/exercise-nav';
import { SetList } from '../components/set-list';
import { useWeightUnit } from '../hooks/use-weight-unit';
import { formatMinutes } from '../utils/labels';
import { prBadges } from '../utils/records';
import { formatVolume } from '../utils/units';

const statusLabels = { active: 'In progress', completed: 'Finished', abandoned: 'Abandoned' } as const;

/** A past session: what was done, its records and what it earned. */
export function SessionSummaryPage() {
  const { id = '' } = useParams();
  const session = useSession(id);
  const records = useRecentRecords();
  const unit = useWeightUnit();
  if (session.isPending) return <PageSkeleton />;
  if (session.isError) {
    return (
      <div className="mx-auto w-full max-w-3xl">
        <PageHeader title="Workout" />
        <ErrorState error={session.error} onRetry={() => void session.refetch()} retrying={session.isFetching} />
      </div>
    );
  }
  const s = session.data;
  const setIds = s.exercises.flatMap((e) => e.sets.map((x) => x.id));
  const badges = prBadges(setIds, new Map(), records.data);
  const facts = [
    { label: 'Status', value: statusLabels[s.status] },
    { label: 'Time', value: s.duration_seconds != null ? formatMinutes(s.duration_seconds / 60) : '—' },
    { label: 'Working sets', value: String(s.working_set_count) },
    { label: 'Volume', value: formatVolume(s.total_volume, unit) },
    ...(s.xp_awarded > 0 ? [{ label: 'Earned', value: `${s.xp_awarded} XP · ${s.coins_awarded} coins` }] : []),
  ];
  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader
        title={s.name}
        description={formatDate(s.started_at)}
        actions={
          s.status === 'active' ? (
            <Link to="/exercise/session" className={buttonClass('primary', 'lg')}>
              Back to the workout
            </Link>
          ) : undefined
        }
      />
      <ExerciseNav />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {facts.map((f) => (
          <div key={f.label} className="rounded-xl border border-line bg-surface px-3 py-2">
            <dt className="text-xs text-muted">{f.label}</dt>
            <dd className="font-semibold tabular-nums">{f.value}</dd>
          </div>
        ))}
      </dl>
      {(s.rating || s.notes) && (
        <p className="mb-6 text-sm text-muted">
          {s.rating ? (
            <span className="mr-2 inline-flex items-center gap-1">
              <Star aria-hidden className="size-4" /> {s.rating} of 5
            </span>
          ) : null}
          {s.notes}
        </p>
      )}
      <div className="grid gap-4">
        {s.exercises.map((e) => (
          <Card key={e.exercise.id} aria-label={e.exercise.name} className="p-4">
            <h2 className="mb-2 text-lg font-semibold">{e.exercise.name}</h2>
            <SetList
              exerciseName={e.exercise.name}
              measurement={e.exercise.measurement}
              sets={e.sets}
              unit={unit}
              badges={badges}
            />
          </Card>
        ))}
      </div>
    </div>
  );
}
