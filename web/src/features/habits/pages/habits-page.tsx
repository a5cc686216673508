import { Plus, Repeat } from 'lucide-react';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { useArchiveHabit } from '../api/archive-habit';
import { useCreateHabit } from '../api/create-habit';
import { useDeleteHabit } from '../api/delete-habit';
import { useHabits } from '../api/get-habits';
import type { HabitWire } from '../api/types';
import { useUpdateHabit } from '../api/update-habit';
import { ArchivedHabits } from '../components/archived-habits';
import { HabitDetail } from '../components/habit-detail';
import { HabitForm, type HabitFormValues } from '../components/habit-form';
import { TodayCard } from '../components/today-card';

/** Small starts, offered when there is no habit yet. */
const starters: Array<Partial<HabitFormValues>> = [
  { name: 'Practise my instrument', schedule_type: 'daily', target_count: 1 },
  { name: 'Finish one loop or sketch', schedule_type: 'times_per_week', times_per_week: 3, target_count: 1 },
  { name: 'Stretch', schedule_type: 'daily', target_count: 1 },
  { name: 'Drink a glass of water', schedule_type: 'daily', target_count: 8 },
];

type Editing = { kind: 'create'; initial?: Partial<HabitFormValues> } | { kind: 'edit'; habit: HabitWire } | null;

export function HabitsPage() {
  const habits = useHabits();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<HabitWire | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const create = useCreateHabit();
  const update = useUpdateHabit();
  const archive = useArchiveHabit();
  const remove = useDeleteHabit();

  const list = habits.data ?? [];
  const selected = list.find((h) => h.id === params.get('habit')) ?? list[0] ?? null;
  const select = (id: string) => {
    setParams(
      (p) => {
        p.set('habit', id);
        return p;
      },
      { replace: true },
    );
    requestAnimationFrame(() => detailHeading.current?.focus());
  };

  const save = (values: HabitFormValues) => {
    if (editing?.kind === 'edit') {
      update.mutate(
        { id: editing.habit.id, body: values },
        {
          onSuccess: () => {
            setEditing(null);
            toast.success('Habit saved');
          },
        },
      );
    } else {
      create.mutate(values, {
        onSuccess: (habit) => {
          setEditing(null);
          toast.success(`${habit.name} added`);
          select(habit.id);
        },
      });
    }
  };

  const newButton = (
    <Button variant="primary" onClick={() => setEditing({ kind: 'create' })}>
      <Plus aria-hidden className="size-4" />
      New habit
    </Button>
  );

  let body: React.ReactNode;
  if (habits.isPending) {
    body = (
      <div role="status" aria-label="Loading habits" className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-80 rounded-xl" />
        <Skeleton className="h-80 rounded-xl" />
      </div>
    );
  } else if (habits.isError) {
    body = (
      <ErrorState
        title="Your habits could not be loaded"
        error={habits.error}
        onRetry={() => void habits.refetch()}
        retrying={habits.isFetching}
      />
    );
  } else if (list.length === 0) {
    body = (
      <EmptyState
        icon={Repeat}
        title="Start with something small"
        action={
          <>
            <div className="flex flex-wrap justify-center gap-2">
              {starters.map((s) => (
                <Button key={s.name} size="sm" onClick={() => setEditing({ kind: 'create', initial: s })}>
                  {s.name}
                </Button>
              ))}
            </div>
            {newButton}
          </>
        }
      >
        Two minutes counts. Pick one of these or write your own; you can skip a day without losing your streak.
      </EmptyState>
    );
  } else {
    body = (
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)]">
        <TodayCard habits={list} selectedId={selected?.id ?? null} onSelect={select} />
        {selected && (
          <HabitDetail
            key={selected.id}
            habit={selected}
            headingRef={detailHeading}
            onEdit={() => setEditing({ kind: 'edit', habit: selected })}
            onArchive={() =>
              archive.mutate(
                { id: selected.id, archived: true },
                { onSuccess: () => toast.success(`${selected.name} archived`) },
              )
            }
            archiving={archive.isPending}
            onDelete={() => setDeleting(selected)}
          />
        )}
      </div>
    );
  }

  return (
    <div className="mx-auto w-full max-w-6xl">
      <PageHeader
        title="Habits"
        description="Small routines, kept without guilt."
        actions={list.length > 0 && newButton}
      />
      {body}
      {!habits.isPending && <ArchivedHabits />}

      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.kind === 'edit' ? 'Edit habit' : 'New habit'}
      >
        {editing && (
          <HabitForm
            initial={editing.kind === 'edit' ? editing.habit : editing.initial}
            submitLabel={editing.kind === 'edit' ? 'Save habit' : 'Add habit'}
            saving={create.isPending || update.isPending}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>

      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? 'habit'}?`}
        description="Its whole history goes with it. Archive it instead to keep the history."
        confirmLabel="Delete habit"
        pending={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast.success(`${deleting.name} deleted`);
              setDeleting(null);
              setParams(
                (p) => {
                  p.delete('habit');
                  return p;
                },
                { replace: true },
              );
            },
          })
        }
      />
    </div>
  );
}
