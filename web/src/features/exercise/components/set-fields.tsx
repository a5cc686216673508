import type { ExerciseMeasurement } from '#common/contracts/exercise';
import { Input, Select } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { rpeChoices, type SetDraft } from '../utils/set-draft';
import type { WeightUnit } from '../utils/units';

interface SetFieldsProps {
  idPrefix: string;
  /** Names the inputs for screen readers ("Bench press weight"). */
  exerciseName: string;
  measurement: ExerciseMeasurement;
  unit: WeightUnit;
  draft: SetDraft;
  onChange: (draft: SetDraft) => void;
  invalid?: boolean;
  describedBy?: string;
}

const box = 'grid min-w-0 gap-1 text-xs font-medium text-muted';
const big = 'h-12 text-lg tabular-nums';

/** A set's inputs, large enough for a thumb: what the measurement logs, RPE, warm-up. */
export function SetFields({
  idPrefix,
  exerciseName,
  measurement,
  unit,
  draft,
  onChange,
  invalid,
  describedBy,
}: SetFieldsProps) {
  const set = <K extends keyof SetDraft>(key: K, value: SetDraft[K]) => onChange({ ...draft, [key]: value });
  const aria = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {measurement === 'weight_reps' && (
        <label className={box} htmlFor={`${idPrefix}-weight`}>
          Weight ({unit})
          <Input
            id={`${idPrefix}-weight`}
            className={big}
            inputMode="decimal"
            value={draft.weight}
            aria-label={`${exerciseName} weight in ${unit}`}
            onChange={(e) => set('weight', e.target.value)}
            {...aria}
          />
        </label>
      )}
      {(measurement === 'weight_reps' || measurement === 'reps') && (
        <label className={box} htmlFor={`${idPrefix}-reps`}>
          Reps
          <Input
            id={`${idPrefix}-reps`}
            className={big}
            inputMode="numeric"
            value={draft.reps}
            aria-label={`${exerciseName} reps`}
            onChange={(e) => set('reps', e.target.value)}
            {...aria}
          />
        </label>
      )}
      {measurement === 'duration' && (
        <label className={box} htmlFor={`${idPrefix}-duration`}>
          Seconds
          <Input
            id={`${idPrefix}-duration`}
            className={big}
            inputMode="numeric"
            value={draft.duration}
            aria-label={`${exerciseName} time in seconds`}
            onChange={(e) => set('duration', e.target.value)}
            {...aria}
          />
        </label>
      )}
      {measurement === 'distance' && (
        <label className={box} htmlFor={`${idPrefix}-distance`}>
          Metres
          <Input
            id={`${idPrefix}-distance`}
            className={big}
            inputMode="decimal"
            value={draft.distance}
            aria-label={`${exerciseName} distance in metres`}
            onChange={(e) => set('distance', e.target.value)}
            {...aria}
          />
        </label>
      )}
      <label className={box} htmlFor={`${idPrefix}-rpe`}>
        RPE (optional)
        <Select
          id={`${idPrefix}-rpe`}
          className="h-12 text-base"
          value={draft.rpe}
          aria-label={`${exerciseName} RPE`}
          onChange={(e) => set('rpe', e.target.value)}
        >
          <option value="">—</option>
          {rpeChoices.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </label>
      <div className={box}>
        <span aria-hidden>Type</span>
        <button
          type="button"
          aria-pressed={draft.warmup}
          aria-label={`${exerciseName} warm-up set`}
          onClick={() => set('warmup', !draft.warmup)}
          className={cn(
            'h-12 rounded-lg border text-sm font-medium transition',
            draft.warmup ? 'border-accent bg-accent-soft text-accent-text' : 'border-line-strong bg-surface text-fg',
          )}
        >
          Warm-up
        </button>
      </div>
    </div>
  );
}
