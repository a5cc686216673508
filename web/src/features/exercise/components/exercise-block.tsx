import { type ReactNode, useId, useState } from 'react';
import type { RecordType } from '#common/contracts/exercise';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ExerciseRefWire, LastSetsWire, SetWire, WorkoutExerciseWire } from '../api/types';
import { describeSet, prefillSet } from '../utils/prefill';
import { DEFAULT_REST_SECONDS, formatRest } from '../utils/rest';
import { draftOf, readDraft, type SetFieldsBody } from '../utils/set-draft';
import { formatWeight, type WeightUnit } from '../utils/units';
import { SetFields } from './set-fields';
import { SetList } from './set-list';

interface ExerciseBlockProps {
  exercise: ExerciseRefWire;
  sets: readonly SetWire[];
  target: WorkoutExerciseWire | null;
  last: LastSetsWire | null;
  unit: WeightUnit;
  badges: ReadonlyMap<string, readonly RecordType[]>;
  logging: boolean;
  onLog: (body: SetFieldsBody) => void;
  onEdit: (set: SetWire) => void;
  /** The rest countdown, shown above the next set while it runs after this exercise's set. */
  restTimer?: ReactNode;
}

/** One exercise of the live session: last time, the sets logged, and the next set, prefilled. */
export function ExerciseBlock({
  exercise,
  sets,
  target,
  last,
  unit,
  badges,
  logging,
  onLog,
  onEdit,
  restTimer,
}: ExerciseBlockProps) {
  const headingId = useId();
  const working = sets.filter((s) => !s.is_warmup).length;
  const weight = (kg: number) => formatWeight(kg, unit);
  const rest = target?.rest_seconds ?? DEFAULT_REST_SECONDS;
  const goal = [
    target?.target_reps ? `${target.target_reps} reps` : null,
    target?.target_duration_seconds ? `${target.target_duration_seconds} s` : null,
    target?.target_weight ? weight(target.target_weight) : null,
    `rest ${formatRest(rest)}`,
  ].filter(Boolean);
  return (
    <Card aria-labelledby={headingId} className="p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {exercise.name}
      </h2>
      <p className="text-sm text-muted">
        {target?.target_sets
          ? working < target.target_sets
            ? `Set ${working + 1} of ${target.target_sets} · `
            : `All ${target.target_sets} sets done · `
          : ''}
        {goal.join(' · ')}
      </p>
      {last && last.sets.length > 0 && (
        <p className="mt-1 text-sm text-muted">
          Last time: {last.sets.map((s) => describeSet(s, exercise.measurement, weight)).join(', ')}
        </p>
      )}
      <div className="mt-3">
        <SetList
          exerciseName={exercise.name}
          measurement={exercise.measurement}
          sets={sets}
          unit={unit}
          badges={badges}
          onEdit={onEdit}
        />
      </div>
      {restTimer}
      <NextSet
        // A new row, prefilled again, after each set and once last time's sets arrive.
        key={`${sets.length}-${last ? 'last' : 'none'}-${unit}`}
        exercise={exercise}
        sets={sets}
        target={target}
        last={last}
        unit={unit}
        logging={logging}
        onLog={onLog}
      />
    </Card>
  );
}

function NextSet({
  exercise,
  sets,
  target,
  last,
  unit,
  logging,
  onLog,
}: Pick<ExerciseBlockProps, 'exercise' | 'sets' | 'target' | 'last' | 'unit' | 'logging' | 'onLog'>) {
  const id = useId();
  const [draft, setDraft] = useState(() =>
    draftOf(prefillSet({ measurement: exercise.measurement, logged: sets, last, target }), unit),
  );
  const [error, setError] = useState<string | null>(null);
  const log = () => {
    const result = readDraft(draft, exercise.measurement, unit);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    onLog(result.body);
  };
  return (
    <div className="mt-3 grid gap-3 rounded-xl bg-subtle/60 p-3">
      <SetFields
        idPrefix={id}
        exerciseName={exercise.name}
        measurement={exercise.measurement}
        unit={unit}
        draft={draft}
        onChange={setDraft}
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
      <Button
        variant="primary"
        size="lg"
        className="h-12 w-full text-base"
        loading={logging}
        onClick={log}
        aria-label={`Log set of ${exercise.name}`}
      >
        Log set
      </Button>
    </div>
  );
}
