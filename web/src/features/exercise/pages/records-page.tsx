import { Trophy } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { useRecords } from '../api/records';
import type { PersonalRecordWire } from '../api/types';
import { ExerciseNav } from '../components/exercise-nav';
import { useWeightUnit } from '../hooks/use-weight-unit';
import { recordLabels } from '../utils/records';
import { formatVolume, formatWeight, type WeightUnit } from '../utils/units';

/** A record's value in words: weights in the user's unit. */
export function recordValue(
  r: Pick<PersonalRecordWire, 'record_type' | 'weight'>,
  value: number,
  unit: WeightUnit,
): string {
  switch (r.record_type) {
    case 'max_weight':
    case 'estimated_1rm':
      return formatWeight(value, unit);
    case 'max_volume':
      return formatVolume(value, unit);
    case 'max_reps':
      return r.weight ? `${value} reps at ${formatWeight(r.weight, unit)}` : `${value} reps`;
    case 'max_duration':
      return `${value} s`;
    case 'max_distance':
      return `${value.toLocaleString('en')} m`;
  }
}

const improvementOf = (r: PersonalRecordWire, unit: WeightUnit): string => {
  if (r.improvement == null || r.previous_value == null) return 'First record';
  const v = recordValue(r, r.improvement, unit);
  return `+${v.replace(/ at .*/, '')}`;
};

/** Personal records by exercise: each record's value, its improvement and when it was set. */
export function RecordsPage() {
  const records = useRecords();
  const unit = useWeightUnit();
  const all = records.data?.pages.flatMap((p) => p.data) ?? [];
  const byExercise = new Map<string, PersonalRecordWire[]>();
  for (const r of all) byExercise.set(r.exercise.id, [...(byExercise.get(r.exercise.id) ?? []), r]);
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Personal records" description="Your best, exercise by exercise." />
      <ExerciseNav />
      {records.isPending ? (
        <ListSkeleton rows={4} />
      ) : records.isError ? (
        <ErrorState error={records.error} onRetry={() => void records.refetch()} retrying={records.isFetching} />
      ) : all.length === 0 ? (
        <EmptyState icon={Trophy} title="No records yet">
          Log working sets in a workout: your first and every better one is a record.
        </EmptyState>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {[...byExercise.values()].map((list) => {
            const exercise = list[0]?.exercise;
            if (!exercise) return null;
            return (
              <Card key={exercise.id} aria-label={exercise.name} className="p-4">
                <h2 className="mb-2 font-semibold">{exercise.name}</h2>
                <ul className="divide-y divide-line">
                  {list.map((r) => (
                    <li key={r.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                      <span className="min-w-0">
                        <span className="block font-medium">{recordLabels[r.record_type]}</span>
                        <span className="block text-muted">
                          {improvementOf(r, unit)} · {formatDate(r.achieved_at)}
                        </span>
                      </span>
                      <span className="shrink-0 text-right font-semibold tabular-nums">
                        {recordValue(r, r.value, unit)}
                      </span>
                    </li>
                  ))}
                </ul>
              </Card>
            );
          })}
        </div>
      )}
      {records.hasNextPage && (
        <Button className="mt-4" loading={records.isFetchingNextPage} onClick={() => void records.fetchNextPage()}>
          More records
        </Button>
      )}
    </div>
  );
}
