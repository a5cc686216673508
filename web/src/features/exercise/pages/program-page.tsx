import { Check, Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { type CreateProgramBody, createProgramBody, PROGRAM_WEEKS_MAX } from '#common/contracts/exercise';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { ProgressBar } from '@/components/ui/progress-bar';
import { PageSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { maxLengthOf } from '@/lib/limits';
import { useDeleteProgram, useProgram, useSaveProgram, useSetProgramActive } from '../api/programs';
import type { ProgramWire, WorkoutSummaryWire } from '../api/types';
import { useWorkouts } from '../api/workouts';
import { ExerciseNav } from '../components/exercise-nav';
import { useStartWorkout } from '../hooks/use-start-workout';
import { levelOptions, weekdayShort, weekdays } from '../utils/labels';

const limits = {
  name: maxLengthOf(createProgramBody.shape.name),
  goal: maxLengthOf(createProgramBody.shape.goal),
  description: maxLengthOf(createProgramBody.shape.description),
};

/** A week as edited: the template of each weekday (index 0 = Monday), '' for rest. */
interface WeekDraft {
  key: string;
  is_deload: boolean;
  days: string[];
  /** Kept as they were: the editor does not change a week's name and notes, nor a day's notes. */
  name: string | null;
  notes: string | null;
  dayNotes: (string | null)[];
}

const emptyWeek = (): WeekDraft => ({
  key: crypto.randomUUID(),
  is_deload: false,
  days: Array(7).fill(''),
  name: null,
  notes: null,
  dayNotes: Array(7).fill(null),
});

function weeksOf(p: ProgramWire | undefined): WeekDraft[] {
  if (!p) return [emptyWeek()];
  return p.weeks.map((w) => {
    const days = Array<string>(7).fill('');
    const dayNotes = Array<string | null>(7).fill(null);
    for (const d of w.days) {
      days[d.day_of_week - 1] = d.workout_id ?? '';
      dayNotes[d.day_of_week - 1] = d.notes;
    }
    return { key: w.id, is_deload: w.is_deload, days, name: w.name, notes: w.notes, dayNotes };
  });
}

/** A program: its progress while active, activate or deactivate, and the editor of its weeks. */
export function ProgramPage() {
  const { id } = useParams();
  const program = useProgram(id);
  const workouts = useWorkouts();
  if ((id && program.isPending) || workouts.isPending) return <PageSkeleton />;
  if ((id && program.isError) || workouts.isError) {
    return (
      <div className="mx-auto w-full max-w-5xl">
        <PageHeader title="Program" />
        <ErrorState error={program.error ?? workouts.error} onRetry={() => void program.refetch()} />
      </div>
    );
  }
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title={program.data?.name ?? 'New program'} description={program.data?.description ?? undefined} />
      <ExerciseNav />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        {program.data && <ProgramStatus program={program.data} />}
        <ProgramForm key={program.data?.updated_at ?? 'new'} program={program.data} templates={workouts.data} />
      </div>
    </div>
  );
}

function ProgramStatus({ program }: { program: ProgramWire }) {
  const setActive = useSetProgramActive();
  const remove = useDeleteProgram();
  const start = useStartWorkout();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const progress = program.progress;
  return (
    <Card aria-labelledby="program-status">
      <CardHeader
        id="program-status"
        title={program.is_active ? 'Active program' : 'Not active'}
        description={
          program.is_active
            ? 'Its workouts are in your calendar.'
            : 'Activate it to start this week and put its workouts in your calendar.'
        }
        action={
          <div className="flex flex-wrap gap-2">
            <Button
              variant={program.is_active ? 'secondary' : 'primary'}
              size="lg"
              loading={setActive.isPending}
              onClick={() =>
                setActive.mutate(
                  { id: program.id, active: !program.is_active },
                  { onSuccess: () => toast.success(program.is_active ? 'Program stopped' : 'Program started') },
                )
              }
            >
              {program.is_active ? 'Deactivate' : 'Activate'}
            </Button>
            <Button variant="ghost" size="lg" onClick={() => setDeleting(true)}>
              Delete
            </Button>
          </div>
        }
      />
      {progress && (
        <CardBody className="grid gap-3">
          <p className="text-sm">
            {progress.current_week
              ? `Week ${progress.current_week} of ${program.duration_weeks}, ${weekdays[progress.current_day - 1]}`
              : 'Outside the program’s weeks'}
            {` · ${progress.days_done} of ${progress.days_total} workouts done`}
          </p>
          <ProgressBar value={progress.percent} max={100} label="Program progress" />
          {progress.today && (
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-semibold">Today: {progress.today.name}</p>
              <Button
                variant="primary"
                size="lg"
                loading={start.pending}
                onClick={() => start.start(progress.today?.workout_id)}
              >
                Start today’s workout
              </Button>
            </div>
          )}
        </CardBody>
      )}
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title={`Delete ${program.name}?`}
        description="Its workouts leave your calendar; sessions you did stay in your history."
        confirmLabel="Delete program"
        pending={remove.isPending}
        onConfirm={() => remove.mutate(program.id, { onSuccess: () => navigate('/exercise/programs') })}
      />
    </Card>
  );
}

function ProgramForm({ program, templates }: { program: ProgramWire | undefined; templates: WorkoutSummaryWire[] }) {
  const save = useSaveProgram();
  const navigate = useNavigate();
  const [name, setName] = useState(program?.name ?? '');
  const [goal, setGoal] = useState(program?.goal ?? '');
  const [level, setLevel] = useState<string>(program?.level ?? '');
  const [description, setDescription] = useState(program?.description ?? '');
  const [weeks, setWeeks] = useState<WeekDraft[]>(() => weeksOf(program));
  const [problem, setProblem] = useState<string | null>(null);
  const doneDays = new Set(
    program?.weeks.flatMap((w) => w.days.filter((d) => d.done).map((d) => `${w.week_number}-${d.day_of_week}`)),
  );
  const current = program?.progress?.current_week ?? null;

  const setDay = (wi: number, di: number, value: string) =>
    setWeeks((ws) => ws.map((w, i) => (i === wi ? { ...w, days: w.days.map((d, j) => (j === di ? value : d)) } : w)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setProblem('Name the program.');
    setProblem(null);
    const body: CreateProgramBody = {
      name: name.trim(),
      goal: goal.trim() || null,
      description: description.trim() || null,
      level: (level || null) as CreateProgramBody['level'],
      weeks: weeks.map((w) => ({
        name: w.name,
        notes: w.notes,
        is_deload: w.is_deload,
        days: w.days.flatMap((d, i) =>
          d || w.dayNotes[i] ? [{ day_of_week: i + 1, workout_id: d || null, notes: w.dayNotes[i] ?? null }] : [],
        ),
      })),
    };
    save.mutate(
      { id: program?.id ?? null, body },
      {
        onSuccess: (p) => {
          toast.success('Program saved');
          if (!program) navigate(`/exercise/programs/${p.id}`, { replace: true });
        },
      },
    );
  };

  const message = problem ?? (save.error ? errorMessage(save.error) : null);
  return (
    <form onSubmit={submit} noValidate className="grid gap-5">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Name" className="sm:col-span-2">
          {({ id }) => (
            <Input
              id={id}
              className="h-11"
              value={name}
              maxLength={limits.name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label="Level">
          {({ id }) => (
            <Select id={id} className="h-11" value={level} onChange={(e) => setLevel(e.target.value)}>
              <option value="">—</option>
              {levelOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label="Goal (optional)">
        {({ id }) => (
          <Input
            id={id}
            className="h-11"
            value={goal}
            maxLength={limits.goal}
            onChange={(e) => setGoal(e.target.value)}
          />
        )}
      </Field>
      <Field label="Description (optional)">
        {({ id }) => (
          <Textarea
            id={id}
            rows={2}
            value={description}
            maxLength={limits.description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <section aria-label="Weeks" className="grid gap-3">
        <h2 className="text-lg font-semibold">Weeks</h2>
        {templates.length === 0 && (
          <p className="text-sm text-muted">Make a workout template first: each day holds one, or rest.</p>
        )}
        {weeks.map((w, wi) => (
          <Card key={w.key} aria-label={`Week ${wi + 1}`} className="grid gap-3 p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="flex items-center gap-2 font-semibold">
                Week {wi + 1}
                {current === wi + 1 && <Badge tone="accent">This week</Badge>}
              </h3>
              <div className="flex items-center gap-2">
                <label className="flex min-h-11 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={w.is_deload}
                    onChange={(e) =>
                      setWeeks((ws) => ws.map((x, i) => (i === wi ? { ...x, is_deload: e.target.checked } : x)))
                    }
                  />
                  Deload
                </label>
                <Button
                  variant="ghost"
                  size="lg"
                  className="w-11 px-0"
                  aria-label={`Remove week ${wi + 1}`}
                  disabled={weeks.length === 1}
                  onClick={() => setWeeks((ws) => ws.filter((_, i) => i !== wi))}
                >
                  <Trash2 aria-hidden className="size-4" />
                </Button>
              </div>
            </div>
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-7">
              {w.days.map((d, di) => (
                <div key={weekdays[di]} className="grid gap-1 text-xs font-medium text-muted">
                  <span className="flex items-center gap-1">
                    {weekdayShort[di]}
                    {doneDays.has(`${wi + 1}-${di + 1}`) && (
                      <>
                        <Check aria-hidden className="size-3.5 text-accent-text" />
                        <span className="sr-only">done</span>
                      </>
                    )}
                  </span>
                  <Select
                    className="h-11 text-sm"
                    aria-label={`Week ${wi + 1}, ${weekdays[di]}`}
                    value={d}
                    onChange={(e) => setDay(wi, di, e.target.value)}
                  >
                    <option value="">Rest</option>
                    {templates.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.name}
                      </option>
                    ))}
                  </Select>
                </div>
              ))}
            </div>
          </Card>
        ))}
        <Button
          size="lg"
          className="h-12"
          disabled={weeks.length >= PROGRAM_WEEKS_MAX}
          onClick={() =>
            setWeeks((ws) => [...ws, { ...emptyWeek(), days: [...(ws.at(-1)?.days ?? Array(7).fill(''))] }])
          }
        >
          <Plus aria-hidden className="size-4" />
          Add a week
        </Button>
      </section>
      {message && (
        <p role="alert" className="text-sm font-medium text-danger">
          {message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="submit" variant="primary" size="lg" loading={save.isPending}>
          Save program
        </Button>
      </div>
    </form>
  );
}
