import { ArchiveRestore } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useArchiveHabit } from '../api/archive-habit';
import { useHabits } from '../api/get-habits';
import { describeSchedule } from '../utils/schedule';

/** Habits put away: loaded when opened, each can come back to the checklist. */
export function ArchivedHabits() {
  const [open, setOpen] = useState(false);
  const archived = useHabits(true, open);
  const restore = useArchiveHabit();

  let body: React.ReactNode = null;
  if (open) {
    if (archived.isPending) body = <ListSkeleton rows={2} />;
    else if (archived.isError)
      body = (
        <ErrorState error={archived.error} onRetry={() => void archived.refetch()} retrying={archived.isFetching} />
      );
    else if (archived.data.length === 0) body = <p className="text-sm text-muted">Nothing archived.</p>;
    else
      body = (
        <ul className="divide-y divide-line">
          {archived.data.map((h) => (
            <li key={h.id} className="flex flex-wrap items-center gap-3 py-2.5">
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">{h.name}</p>
                <p className="text-xs text-muted">
                  {describeSchedule(h)} · longest streak {h.longest_streak}
                </p>
              </div>
              <Button
                size="sm"
                loading={restore.isPending && restore.variables?.id === h.id}
                onClick={() =>
                  restore.mutate(
                    { id: h.id, archived: false },
                    {
                      onSuccess: () => toast.success(`${h.name} is back`),
                    },
                  )
                }
              >
                <ArchiveRestore aria-hidden className="size-4" />
                Restore
              </Button>
            </li>
          ))}
        </ul>
      );
  }

  return (
    <details
      className="mt-6 rounded-xl border border-line bg-surface px-5 py-3"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className="cursor-pointer text-sm font-medium text-muted">Archived habits</summary>
      <div className="pt-3">{body}</div>
    </details>
  );
}
