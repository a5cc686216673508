import { Dumbbell, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { toast } from 'sonner';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/skeleton';
import { formatRelative } from '@/lib/format';
import { celebrate } from '@/lib/rewards';
import { useRecentRecords } from '../api/records';
import {
  useAbandonSession,
  useActiveSession,
  useDeleteSet,
  useFinishSession,
  useLastSets,
  useLogSet,
  useUpdateSet,
} from '../api/sessions';
import type { ExerciseRefWire, SessionWire, SetWire } from '../api/types';
import { useWorkout } from '../api/workouts';
import { EditSetDialog } from '../components/edit-set-dialog';
import { ExerciseBlock } from '../components/exercise-block';
import { ExerciseNav } from '../components/exercise-nav';
import { ExercisePicker } from '../components/exercise-picker';
import { FinishDialog } from '../components/finish-dialog';
import { RestBar } from '../components/rest-bar';
import { useRestTimer } from '../hooks/use-rest-timer';
import { useWeightUnit } from '../hooks/use-weight-unit';
import { playRestAlert, primeRestAlert } from '../utils/alert';
import { prBadges, type SetRecords, withHits } from '../utils/records';
import { DEFAULT_REST_SECONDS } from '../utils/rest';
import { formatVolume } from '../utils/units';

const workingSets = (n: number) => `${n} working ${n === 1 ? 'set' : 'sets'}`;

/** The live session: the one running, or a way to start one. */
export function SessionPage() {
  const active = useActiveSession();
  if (active.isPending) return <PageSkeleton />;
  if (active.isError) {
    return (
      <div className="mx-auto w-full max-w-3xl">
        <PageHeader title="Workout" />
        <ErrorState error={active.error} onRetry={() => void active.refetch()} retrying={active.isFetching} />
      </div>
    );
  }
  if (!active.data) {
    return (
      <div className="mx-auto w-full max-w-3xl">
        <PageHeader title="Workout" />
        <ExerciseNav />
        <EmptyState
          icon={Dumbbell}
          title="No workout running"
          action={
            <Link to="/exercise" className={buttonClass('primary', 'lg')}>
              Start a workout
            </Link>
          }
        >
          Start one from a template or an empty one on the Exercise page.
        </EmptyState>
      </div>
    );
  }
  return <LiveSession session={active.data} />;
}

function LiveSession({ session }: { session: SessionWire }) {
  const unit = useWeightUnit();
  const navigate = useNavigate();
  const template = useWorkout(session.workout_id);
  const [added, setAdded] = useState<ExerciseRefWire[]>([]);
  const [picking, setPicking] = useState(false);
  const [hits, setHits] = useState<SetRecords>(new Map());
  const [editing, setEditing] = useState<{ set: SetWire; exercise: ExerciseRefWire } | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [abandoning, setAbandoning] = useState(false);
  const records = useRecentRecords();
  const logSet = useLogSet(session.id);
  const updateSet = useUpdateSet(session.id);
  const deleteSet = useDeleteSet(session.id);
  const finish = useFinishSession(session.id);
  const abandon = useAbandonSession(session.id);
  // The exercise whose set started the rest: its block shows the countdown.
  const [restingAfter, setRestingAfter] = useState<string | null>(null);
  const timer = useRestTimer(() => {
    playRestAlert();
    toast('Rest is over', { description: 'Time for the next set.' });
  });

  // Template order first, then exercises logged outside it, then those added here.
  const blocks = useMemo(() => {
    const byId = new Map(session.exercises.map((e) => [e.exercise.id, e]));
    const list: { exercise: ExerciseRefWire; sets: SetWire[] }[] = [];
    const seen = new Set<string>();
    const push = (exercise: ExerciseRefWire) => {
      if (seen.has(exercise.id)) return;
      seen.add(exercise.id);
      list.push({ exercise, sets: byId.get(exercise.id)?.sets ?? [] });
    };
    for (const t of template.data?.exercises ?? []) push(t.exercise);
    for (const e of session.exercises) push(e.exercise);
    for (const e of added) push(e);
    return list;
  }, [session.exercises, template.data, added]);

  const ids = blocks.map((b) => b.exercise.id);
  const last = useLastSets(ids);
  const lastOf = (id: string) => last.data?.find((l) => l.exercise_id === id) ?? null;
  const targetOf = (id: string) => template.data?.exercises.find((t) => t.exercise.id === id) ?? null;
  const allSetIds = blocks.flatMap((b) => b.sets.map((s) => s.id));
  const badges = prBadges(allSetIds, hits, records.data);

  const onLog = (exercise: ExerciseRefWire, body: Parameters<typeof logSet.mutate>[0]) => {
    primeRestAlert(); // this tap lets the tone play when the rest ends
    logSet.mutate(body, {
      onSuccess: (write) => {
        setHits((h) => withHits(h, write.set.id, write.records));
        celebrate(write.reward, { title: 'Personal record' });
        if (!write.set.is_warmup) {
          setRestingAfter(exercise.id);
          timer.start(targetOf(exercise.id)?.rest_seconds ?? DEFAULT_REST_SECONDS);
        }
      },
    });
  };

  return (
    <div className="mx-auto w-full max-w-3xl pb-8">
      <PageHeader
        title={session.name}
        description={`Started ${formatRelative(session.started_at)} · ${workingSets(session.working_set_count)} · ${formatVolume(session.total_volume, unit)}`}
        actions={
          <div className="flex gap-2">
            <Button variant="ghost" size="lg" onClick={() => setAbandoning(true)}>
              Abandon
            </Button>
            <Button variant="primary" size="lg" onClick={() => setFinishing(true)}>
              Finish
            </Button>
          </div>
        }
      />
      <div className="grid gap-4">
        {blocks.length === 0 && (
          <p className="rounded-xl border border-line bg-surface px-5 py-8 text-center text-sm text-muted">
            Add the first exercise to log its sets.
          </p>
        )}
        {blocks.map(({ exercise, sets }) => (
          <ExerciseBlock
            key={exercise.id}
            exercise={exercise}
            sets={sets}
            target={targetOf(exercise.id)}
            last={lastOf(exercise.id)}
            unit={unit}
            badges={badges}
            logging={logSet.isPending && logSet.variables?.exercise_id === exercise.id}
            onLog={(body) => onLog(exercise, { ...body, exercise_id: exercise.id })}
            onEdit={(set) => setEditing({ set, exercise })}
            restTimer={restingAfter === exercise.id ? <RestBar timer={timer} /> : null}
          />
        ))}
        <Button size="lg" className="h-12" onClick={() => setPicking(true)}>
          <Plus aria-hidden className="size-4" />
          Add exercise
        </Button>
      </div>

      <ExercisePicker
        open={picking}
        onClose={() => setPicking(false)}
        chosen={new Set(ids)}
        onPick={(e) => setAdded((a) => [...a, e])}
      />
      <EditSetDialog
        target={
          editing ? { set: editing.set, name: editing.exercise.name, measurement: editing.exercise.measurement } : null
        }
        unit={unit}
        saving={updateSet.isPending}
        deleting={deleteSet.isPending}
        error={updateSet.error}
        onClose={() => {
          updateSet.reset();
          setEditing(null);
        }}
        onSave={(body) =>
          editing &&
          updateSet.mutate(
            { setId: editing.set.id, body },
            {
              onSuccess: (write) => {
                setHits((h) => withHits(h, write.set.id, write.records));
                celebrate(write.reward, { title: 'Personal record' });
                setEditing(null);
              },
            },
          )
        }
        onDelete={() =>
          editing &&
          deleteSet.mutate(editing.set.id, {
            onSuccess: () => {
              setHits((h) => withHits(h, editing.set.id, []));
              setEditing(null);
            },
          })
        }
      />
      <FinishDialog
        open={finishing}
        pending={finish.isPending}
        error={finish.error}
        onClose={() => {
          finish.reset();
          setFinishing(false);
        }}
        onFinish={(body) =>
          finish.mutate(body, {
            onSuccess: (result) => {
              timer.skip();
              celebrate(result.reward, { title: 'Workout' });
              navigate(`/exercise/sessions/${result.session.id}`);
            },
          })
        }
      />
      <ConfirmDialog
        open={abandoning}
        onClose={() => setAbandoning(false)}
        title="Abandon this workout?"
        description="Its sets stay in your history, but it earns nothing."
        confirmLabel="Abandon workout"
        cancelLabel="Keep training"
        pending={abandon.isPending}
        onConfirm={() =>
          abandon.mutate(undefined, {
            onSuccess: () => {
              timer.skip();
              setAbandoning(false);
              navigate('/exercise');
            },
          })
        }
      />
    </div>
  );
}
