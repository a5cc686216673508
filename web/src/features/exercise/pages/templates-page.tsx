import { ClipboardList, Plus } from 'lucide-react';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useWorkouts } from '../api/workouts';
import { ExerciseNav } from '../components/exercise-nav';
import { TemplateList } from '../components/template-list';

/** Workout templates: start, edit, duplicate, delete, or make a new one. */
export function TemplatesPage() {
  const workouts = useWorkouts();
  const newLink = (
    <Link to="/exercise/templates/new" className={buttonClass('primary', 'lg')}>
      <Plus aria-hidden className="size-4" />
      New template
    </Link>
  );
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Workout templates" description="The workouts you repeat, ready to start." actions={newLink} />
      <ExerciseNav />
      {workouts.isPending ? (
        <ListSkeleton rows={4} />
      ) : workouts.isError ? (
        <ErrorState error={workouts.error} onRetry={() => void workouts.refetch()} retrying={workouts.isFetching} />
      ) : workouts.data.length === 0 ? (
        <EmptyState icon={ClipboardList} title="No templates yet" action={newLink}>
          Pick exercises from the library, set your targets, and start it whenever you train.
        </EmptyState>
      ) : (
        <TemplateList templates={workouts.data} />
      )}
    </div>
  );
}
