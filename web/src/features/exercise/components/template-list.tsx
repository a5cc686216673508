import { Copy, Pencil, Play, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { WorkoutSummaryWire } from '../api/types';
import { useDeleteWorkout, useDuplicateWorkout } from '../api/workouts';
import { useStartWorkout } from '../hooks/use-start-workout';
import { categoryLabel, levelLabel } from '../utils/labels';

/** Templates with Start, and (unless `compact`) edit, duplicate and delete. */
export function TemplateList({ templates, compact = false }: { templates: WorkoutSummaryWire[]; compact?: boolean }) {
  const start = useStartWorkout();
  const duplicate = useDuplicateWorkout();
  const remove = useDeleteWorkout();
  const [deleting, setDeleting] = useState<WorkoutSummaryWire | null>(null);
  return (
    <>
      <ul className="grid gap-3 sm:grid-cols-2">
        {templates.map((w) => (
          <li key={w.id} className="grid gap-3 rounded-xl border border-line bg-surface p-4">
            <div className="min-w-0">
              <h3 className="truncate font-semibold">{w.name}</h3>
              <p className="text-sm text-muted">
                {[
                  `${w.exercise_count} ${w.exercise_count === 1 ? 'exercise' : 'exercises'}`,
                  w.estimated_minutes ? `about ${w.estimated_minutes} min` : null,
                  categoryLabel(w.category),
                  levelLabel(w.level),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              <Button
                variant="primary"
                size="lg"
                loading={start.pending}
                onClick={() => start.start(w.id)}
                aria-label={`Start ${w.name}`}
              >
                <Play aria-hidden className="size-4" />
                Start
              </Button>
              {!compact && (
                <>
                  <Link
                    to={`/exercise/templates/${w.id}`}
                    className={buttonClass('secondary', 'lg')}
                    aria-label={`Edit ${w.name}`}
                  >
                    <Pencil aria-hidden className="size-4" />
                    Edit
                  </Link>
                  <Button
                    size="lg"
                    aria-label={`Duplicate ${w.name}`}
                    onClick={() =>
                      duplicate.mutate(w.id, { onSuccess: (copy) => toast.success(`Made “${copy.name}”`) })
                    }
                  >
                    <Copy aria-hidden className="size-4" />
                    Duplicate
                  </Button>
                  <Button
                    variant="ghost"
                    size="lg"
                    className="w-11 px-0"
                    aria-label={`Delete ${w.name}`}
                    onClick={() => setDeleting(w)}
                  >
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? 'template'}?`}
        description="Workouts done from it stay in your history; program days using it become rest days."
        confirmLabel="Delete template"
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </>
  );
}
