import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  type CreateWorkoutBody,
  createWorkoutBody,
  DURATION_MAX_SECONDS,
  REST_MAX_SECONDS,
  TARGET_REPS_MAX,
  TARGET_SETS_MAX,
  WEIGHT_MAX_KG,
} from '#common/contracts/exercise';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { maxLengthOf } from '@/lib/limits';
import type { ExerciseRefWire, WorkoutWire } from '../api/types';
import { useSaveWorkout, useWorkout } from '../api/workouts';
import { ExerciseNav } from '../components/exercise-nav';
import { ExercisePicker } from '../components/exercise-picker';
import { useWeightUnit } from '../hooks/use-weight-unit';
import { categoryOptions, levelOptions } from '../utils/labels';
import { parseWeight, type WeightUnit, weightField } from '../utils/units';

const limits = {
  name: maxLengthOf(createWorkoutBody.shape.name),
  description: maxLengthOf(createWorkoutBody.shape.description),
};

interface Row {
  key: string;
  exercise: ExerciseRefWire;
  sets: string;
  reps: string;
  duration: string;
  weight: string;
  rest: string;
}

const str = (n: number | null | undefined) => (n == null ? '' : String(n));

function rowsOf(w: WorkoutWire | undefined, unit: WeightUnit): Row[] {
  return (w?.exercises ?? []).map((e) => ({
    key: e.id,
    exercise: e.exercise,
    sets: str(e.target_sets),
    reps: str(e.target_reps),
    duration: str(e.target_duration_seconds),
    weight: weightField(e.target_weight, unit),
    rest: str(e.rest_seconds),
  }));
}

/** A whole number from min to max, null when empty, or undefined when wrong. */
const whole = (s: string, min: number, max: number): number | null | undefined => {
  if (s.trim() === '') return null;
  const n = Number(s);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

/** New template or an existing one: name, details, exercises in order with their targets. */
export function TemplateEditorPage() {
  const { id } = useParams();
  const existing = useWorkout(id);
  if (id && existing.isPending) return <PageSkeleton />;
  if (id && existing.isError) {
    return (
      <div className="mx-auto w-full max-w-3xl">
        <PageHeader title="Template" />
        <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />
      </div>
    );
  }
  return <TemplateForm key={existing.data?.updated_at ?? 'new'} workout={existing.data} />;
}

function TemplateForm({ workout }: { workout: WorkoutWire | undefined }) {
  const unit = useWeightUnit();
  const navigate = useNavigate();
  const save = useSaveWorkout();
  const formId = useId();
  const [name, setName] = useState(workout?.name ?? '');
  const [description, setDescription] = useState(workout?.description ?? '');
  const [category, setCategory] = useState<string>(workout?.category ?? '');
  const [level, setLevel] = useState<string>(workout?.level ?? '');
  const [minutes, setMinutes] = useState(str(workout?.estimated_minutes));
  const [rows, setRows] = useState<Row[]>(() => rowsOf(workout, unit));
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const update = (key: string, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (index: number, by: number) =>
    setRows((rs) => {
      const next = [...rs];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setProblem('Name the template.');
    const exercises: CreateWorkoutBody['exercises'] = [];
    for (const r of rows) {
      const sets = whole(r.sets, 1, TARGET_SETS_MAX);
      const reps = whole(r.reps, 1, TARGET_REPS_MAX);
      const duration = whole(r.duration, 1, DURATION_MAX_SECONDS);
      const rest = whole(r.rest, 0, REST_MAX_SECONDS);
      const weight = parseWeight(r.weight, unit, WEIGHT_MAX_KG);
      if (sets === undefined)
        return setProblem(`${r.exercise.name}: sets are a whole number from 1 to ${TARGET_SETS_MAX}.`);
      if (reps === undefined)
        return setProblem(`${r.exercise.name}: reps are a whole number from 1 to ${TARGET_REPS_MAX}.`);
      if (duration === undefined) return setProblem(`${r.exercise.name}: the time is in whole seconds.`);
      if (rest === undefined) return setProblem(`${r.exercise.name}: rest is 0 to ${REST_MAX_SECONDS} seconds.`);
      if ('error' in weight) return setProblem(`${r.exercise.name}: ${weight.error}`);
      exercises.push({
        exercise_id: r.exercise.id,
        target_sets: sets,
        target_reps: reps,
        target_duration_seconds: duration,
        target_weight: weight.kg,
        rest_seconds: rest,
      });
    }
    const estimated = whole(minutes, 1, 600);
    if (estimated === undefined) return setProblem('The estimate is a whole number of minutes, up to 600.');
    setProblem(null);
    const body = {
      name: name.trim(),
      description: description.trim() || null,
      category: (category || null) as CreateWorkoutBody['category'],
      level: (level || null) as CreateWorkoutBody['level'],
      estimated_minutes: estimated,
      exercises,
    };
    save.mutate({ id: workout?.id ?? null, body }, { onSuccess: () => navigate('/exercise/templates') });
  };

  const message = problem ?? (save.error ? errorMessage(save.error) : null);
  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader title={workout ? `Edit ${workout.name}` : 'New template'} />
      <ExerciseNav />
      <form id={formId} onSubmit={submit} noValidate className="grid gap-5">
        <Field label="Name">
          {({ id }) => (
            <Input
              id={id}
              value={name}
              maxLength={limits.name}
              onChange={(e) => setName(e.target.value)}
              className="h-11"
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
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Category">
            {({ id }) => (
              <Select id={id} value={category} onChange={(e) => setCategory(e.target.value)} className="h-11">
                <option value="">—</option>
                {categoryOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Level">
            {({ id }) => (
              <Select id={id} value={level} onChange={(e) => setLevel(e.target.value)} className="h-11">
                <option value="">—</option>
                {levelOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Minutes (estimate)">
            {({ id }) => (
              <Input
                id={id}
                inputMode="numeric"
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
                className="h-11"
              />
            )}
          </Field>
        </div>

        <section aria-label="Exercises" className="grid gap-3">
          <h2 className="text-lg font-semibold">Exercises</h2>
          {rows.length === 0 && <p className="text-sm text-muted">Add exercises from the library.</p>}
          <ol className="grid gap-3">
            {rows.map((r, i) => (
              <li key={r.key}>
                <Card aria-label={r.exercise.name} className="grid gap-3 p-4">
                  <div className="flex items-center justify-between gap-2">
                    <p className="min-w-0 truncate font-semibold">
                      {i + 1}. {r.exercise.name}
                    </p>
                    <div className="flex shrink-0 gap-1">
                      <Button
                        variant="ghost"
                        size="lg"
                        className="w-11 px-0"
                        disabled={i === 0}
                        aria-label={`Move ${r.exercise.name} up`}
                        onClick={() => move(i, -1)}
                      >
                        <ArrowUp aria-hidden className="size-4" />
                      </Button>
                      <Button
                        variant="ghost"
                        size="lg"
                        className="w-11 px-0"
                        disabled={i === rows.length - 1}
                        aria-label={`Move ${r.exercise.name} down`}
                        onClick={() => move(i, 1)}
                      >
                        <ArrowDown aria-hidden className="size-4" />
                      </Button>
                      <Button
                        variant="ghost"
                        size="lg"
                        className="w-11 px-0"
                        aria-label={`Remove ${r.exercise.name}`}
                        onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                      >
                        <Trash2 aria-hidden className="size-4" />
                      </Button>
                    </div>
                  </div>
                  <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                    <TargetInput
                      label="Sets"
                      name={r.exercise.name}
                      value={r.sets}
                      onChange={(v) => update(r.key, { sets: v })}
                    />
                    {r.exercise.measurement === 'duration' ? (
                      <TargetInput
                        label="Seconds"
                        name={r.exercise.name}
                        value={r.duration}
                        onChange={(v) => update(r.key, { duration: v })}
                      />
                    ) : (
                      <TargetInput
                        label="Reps"
                        name={r.exercise.name}
                        value={r.reps}
                        onChange={(v) => update(r.key, { reps: v })}
                      />
                    )}
                    {r.exercise.measurement === 'weight_reps' && (
                      <TargetInput
                        label={`Weight (${unit})`}
                        name={r.exercise.name}
                        value={r.weight}
                        decimal
                        onChange={(v) => update(r.key, { weight: v })}
                      />
                    )}
                    <TargetInput
                      label="Rest (s)"
                      name={r.exercise.name}
                      value={r.rest}
                      placeholder="90"
                      onChange={(v) => update(r.key, { rest: v })}
                    />
                  </div>
                </Card>
              </li>
            ))}
          </ol>
          <Button size="lg" className="h-12" onClick={() => setPicking(true)}>
            <Plus aria-hidden className="size-4" />
            Add exercise
          </Button>
        </section>

        {message && (
          <p role="alert" className="text-sm font-medium text-danger">
            {message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" size="lg" onClick={() => navigate('/exercise/templates')}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" size="lg" loading={save.isPending}>
            Save template
          </Button>
        </div>
      </form>
      <ExercisePicker
        open={picking}
        onClose={() => setPicking(false)}
        chosen={new Set(rows.map((r) => r.exercise.id))}
        onPick={(exercise) =>
          setRows((rs) => [
            ...rs,
            {
              key: crypto.randomUUID(),
              exercise,
              sets: '3',
              reps: exercise.measurement === 'duration' ? '' : '10',
              duration: exercise.measurement === 'duration' ? '30' : '',
              weight: '',
              rest: '',
            },
          ])
        }
      />
    </div>
  );
}

function TargetInput({
  label,
  name,
  value,
  onChange,
  decimal,
  placeholder,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (v: string) => void;
  decimal?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {label}
      </label>
      <Input
        id={id}
        className="h-11 tabular-nums"
        inputMode={decimal ? 'decimal' : 'numeric'}
        value={value}
        placeholder={placeholder}
        aria-label={`${name} ${label.toLowerCase()}`}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
