import { Pencil } from 'lucide-react';
import type { ExerciseMeasurement, RecordType } from '#common/contracts/exercise';
import { Button } from '@/components/ui/button';
import type { SetWire } from '../api/types';
import { describeSet } from '../utils/prefill';
import { formatWeight, type WeightUnit } from '../utils/units';
import { PrBadge } from './pr-badge';

interface SetListProps {
  exerciseName: string;
  measurement: ExerciseMeasurement;
  sets: readonly SetWire[];
  unit: WeightUnit;
  badges: ReadonlyMap<string, readonly RecordType[]>;
  /** Shown with an edit button per set while the session runs. */
  onEdit?: (set: SetWire) => void;
}

/** The sets logged of one exercise: number, what was done, warm-up, RPE, the PR badge. */
export function SetList({ exerciseName, measurement, sets, unit, badges, onEdit }: SetListProps) {
  if (sets.length === 0) return null;
  let working = 0;
  return (
    <ol aria-label={`Sets of ${exerciseName}`} className="divide-y divide-line">
      {sets.map((s) => {
        const n = s.is_warmup ? 'W' : String(++working);
        const types = badges.get(s.id);
        return (
          <li key={s.id} className="flex min-h-12 items-center gap-3 py-1.5" data-testid="set-row">
            <span
              aria-hidden
              className="grid size-7 shrink-0 place-items-center rounded-full bg-subtle text-xs font-semibold text-muted tabular-nums"
            >
              {n}
            </span>
            <span className="min-w-0 flex-1">
              <span className="sr-only">{s.is_warmup ? 'Warm-up set: ' : `Set ${n}: `}</span>
              <span className="font-medium tabular-nums">
                {describeSet(s, measurement, (kg) => formatWeight(kg, unit))}
              </span>
              {s.rpe != null && <span className="ml-2 text-sm text-muted">RPE {s.rpe}</span>}
              {s.is_warmup && <span className="ml-2 text-xs text-muted">warm-up</span>}
            </span>
            {types && types.length > 0 && <PrBadge types={types} />}
            {onEdit && (
              <Button
                variant="ghost"
                size="lg"
                className="w-11 px-0"
                aria-label={`Edit ${s.is_warmup ? 'warm-up set' : `set ${n}`} of ${exerciseName}`}
                onClick={() => onEdit(s)}
              >
                <Pencil aria-hidden className="size-4" />
              </Button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
