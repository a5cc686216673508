import { CalendarRange, Plus } from 'lucide-react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { usePrograms } from '../api/programs';
import { ExerciseNav } from '../components/exercise-nav';
import { levelLabel } from '../utils/labels';

/** Training programs: the active one first. */
export function ProgramsPage() {
  const programs = usePrograms();
  const newLink = (
    <Link to="/exercise/programs/new" className={buttonClass('primary', 'lg')}>
      <Plus aria-hidden className="size-4" />
      New program
    </Link>
  );
  const list = [...(programs.data ?? [])].sort((a, b) => Number(b.is_active) - Number(a.is_active));
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Programs" description="Weeks of workouts, scheduled into your calendar." actions={newLink} />
      <ExerciseNav />
      {programs.isPending ? (
        <ListSkeleton rows={3} />
      ) : programs.isError ? (
        <ErrorState error={programs.error} onRetry={() => void programs.refetch()} retrying={programs.isFetching} />
      ) : list.length === 0 ? (
        <EmptyState icon={CalendarRange} title="No programs yet" action={newLink}>
          Plan weeks of training from your templates; the active program puts each workout in your calendar.
        </EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {list.map((p) => (
            <li key={p.id}>
              <Link
                to={`/exercise/programs/${p.id}`}
                className="grid min-h-20 gap-1 rounded-xl border border-line bg-surface p-4 hover:border-line-strong"
              >
                <span className="flex items-center justify-between gap-2">
                  <span className="truncate font-semibold">{p.name}</span>
                  {p.is_active && <Badge tone="accent">Active</Badge>}
                </span>
                <span className="text-sm text-muted">
                  {[`${p.duration_weeks} ${p.duration_weeks === 1 ? 'week' : 'weeks'}`, p.goal, levelLabel(p.level)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
