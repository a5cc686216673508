import { CalendarCheck, Dumbbell, Play } from 'lucide-react';
import { Link } from 'react-router';
import { Button, buttonClass } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { useProgram, usePrograms } from '../api/programs';
import { useActiveSession, useSessionList } from '../api/sessions';
import { useWorkouts } from '../api/workouts';
import { ExerciseNav } from '../components/exercise-nav';
import { TemplateList } from '../components/template-list';
import { useStartWorkout } from '../hooks/use-start-workout';
import { useWeightUnit } from '../hooks/use-weight-unit';
import { formatMinutes } from '../utils/labels';
import { formatVolume } from '../utils/units';

const description = 'Train with a plan and see your records.';

/** The Exercise overview: the running workout (or ways to start one), today's program day, recent sessions. */
export function ExercisePage() {
  const active = useActiveSession();
  const start = useStartWorkout();
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Exercise" description={description} />
      <ExerciseNav />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        {active.data ? (
          <Card aria-label="Workout in progress" className="border-accent p-4">
            <p className="text-sm font-medium text-accent-text">Workout in progress</p>
            <p className="mt-1 text-lg font-semibold">{active.data.name}</p>
            <p className="text-sm text-muted">
              {active.data.working_set_count} working {active.data.working_set_count === 1 ? 'set' : 'sets'} so far
            </p>
            <Link to="/exercise/session" className={buttonClass('primary', 'lg', 'mt-3 h-12 w-full sm:w-auto')}>
              <Play aria-hidden className="size-4" />
              Resume workout
            </Link>
          </Card>
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button
              variant="primary"
              size="lg"
              className="h-12"
              loading={start.pending}
              disabled={active.isPending}
              onClick={() => start.start()}
            >
              <Dumbbell aria-hidden className="size-4" />
              Start an empty workout
            </Button>
          </div>
        )}
        <TodayProgramDay hidden={Boolean(active.data)} />
        <TemplatesCard />
        <RecentSessions />
      </div>
    </div>
  );
}

function TodayProgramDay({ hidden }: { hidden: boolean }) {
  const programs = usePrograms();
  const activeProgram = programs.data?.find((p) => p.is_active);
  const program = useProgram(activeProgram?.id);
  const start = useStartWorkout();
  const progress = program.data?.progress;
  if (!activeProgram || !progress) return null;
  return (
    <Card aria-label="Your program" className="p-4">
      <p className="flex items-center gap-2 text-sm font-medium text-muted">
        <CalendarCheck aria-hidden className="size-4" />
        {activeProgram.name}
        {progress.current_week ? ` · week ${progress.current_week} of ${activeProgram.duration_weeks}` : ''}
        {` · ${progress.days_done} of ${progress.days_total} days done`}
      </p>
      {progress.today ? (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <p className="text-lg font-semibold">Today: {progress.today.name}</p>
          {!hidden && (
            <Button
              variant="primary"
              size="lg"
              loading={start.pending}
              onClick={() => start.start(progress.today?.workout_id)}
            >
              <Play aria-hidden className="size-4" />
              Start today’s workout
            </Button>
          )}
        </div>
      ) : (
        <p className="mt-2 text-sm text-muted">Nothing scheduled for today.</p>
      )}
    </Card>
  );
}

function TemplatesCard() {
  const workouts = useWorkouts();
  return (
    <Card aria-labelledby="exercise-templates">
      <CardHeader
        id="exercise-templates"
        title="Templates"
        description="Start a workout from one of your templates."
        action={
          <Link to="/exercise/templates" className={buttonClass('secondary', 'md')}>
            All templates
          </Link>
        }
      />
      <CardBody>
        {workouts.isPending ? (
          <ListSkeleton />
        ) : workouts.isError ? (
          <ErrorState error={workouts.error} onRetry={() => void workouts.refetch()} />
        ) : workouts.data.length === 0 ? (
          <p className="text-sm text-muted">
            No templates yet.{' '}
            <Link to="/exercise/templates/new" className="font-medium text-accent-text underline">
              Make your first one
            </Link>
            .
          </p>
        ) : (
          <TemplateList templates={workouts.data.slice(0, 4)} compact />
        )}
      </CardBody>
    </Card>
  );
}

function RecentSessions() {
  const sessions = useSessionList();
  const unit = useWeightUnit();
  const items = sessions.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Card aria-labelledby="exercise-history">
      <CardHeader id="exercise-history" title="History" description="Your workouts, newest first." />
      <CardBody>
        {sessions.isPending ? (
          <ListSkeleton />
        ) : sessions.isError ? (
          <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : items.length === 0 ? (
          <p className="text-sm text-muted">Your finished workouts will be listed here.</p>
        ) : (
          <ul className="divide-y divide-line">
            {items.map((s) => (
              <li key={s.id}>
                <Link
                  to={s.status === 'active' ? '/exercise/session' : `/exercise/sessions/${s.id}`}
                  className="flex min-h-12 items-center justify-between gap-3 py-2 hover:text-accent-text"
                >
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{s.name}</span>
                    <span className="block text-sm text-muted">
                      {formatDate(s.started_at)}
                      {s.status === 'abandoned' ? ' · abandoned' : s.status === 'active' ? ' · in progress' : ''}
                    </span>
                  </span>
                  <span className="shrink-0 text-right text-sm text-muted tabular-nums">
                    {s.duration_seconds != null ? formatMinutes(s.duration_seconds / 60) : ''}
                    <span className="block">{formatVolume(s.total_volume, unit)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {sessions.hasNextPage && (
          <Button className="mt-3" loading={sessions.isFetchingNextPage} onClick={() => void sessions.fetchNextPage()}>
            Show more
          </Button>
        )}
      </CardBody>
    </Card>
  );
}
