import { ShieldAlert } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { ExerciseWire } from '../api/types';
import { label, levelLabel, measurementLabels } from '../utils/labels';

/** An exercise's description, steps, safety note, muscles and equipment. */
export function ExerciseDetail({ exercise }: { exercise: ExerciseWire }) {
  const steps = (exercise.instructions ?? '')
    .split(/\n+/)
    .map((s) => s.replace(/^\s*(\d+[.)]|[-*•])\s*/, '').trim())
    .filter(Boolean);
  return (
    <div className="grid gap-4 text-sm">
      <div className="flex flex-wrap gap-1.5">
        <Badge tone="accent">{label(exercise.category)}</Badge>
        <Badge>{levelLabel(exercise.level)}</Badge>
        <Badge>{measurementLabels[exercise.measurement]}</Badge>
        {exercise.is_custom && <Badge>Your own</Badge>}
      </div>
      {exercise.description && <p>{exercise.description}</p>}
      {steps.length > 0 && (
        <div>
          <h3 className="mb-1 font-semibold">Steps</h3>
          <ol className="list-decimal space-y-1 pl-5">
            {steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are text in order
              <li key={i}>{s}</li>
            ))}
          </ol>
        </div>
      )}
      {exercise.safety_note && (
        <p className="flex gap-2 rounded-lg bg-subtle p-3">
          <ShieldAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>
            <span className="font-semibold">Safety: </span>
            {exercise.safety_note}
          </span>
        </p>
      )}
      <dl className="grid gap-2 sm:grid-cols-3">
        <div>
          <dt className="font-semibold">Main muscles</dt>
          <dd className="text-muted">{exercise.primary_muscles.map(label).join(', ') || '—'}</dd>
        </div>
        <div>
          <dt className="font-semibold">Also works</dt>
          <dd className="text-muted">{exercise.secondary_muscles.map(label).join(', ') || '—'}</dd>
        </div>
        <div>
          <dt className="font-semibold">Equipment</dt>
          <dd className="text-muted">{exercise.equipment.map(label).join(', ') || 'None'}</dd>
        </div>
      </dl>
    </div>
  );
}
