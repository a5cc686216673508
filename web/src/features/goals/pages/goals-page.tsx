import { Plus, Target } from 'lucide-react';
import { useRef, useState } from 'react';
import { toast } from 'sonner';
import { dayKey } from '#common/time/day';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { EmptyFilter, EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useAddressParams } from '@/lib/address-params';
import { useUser } from '@/lib/auth';
import { useCreateGoal } from '../api/create-goal';
import { useDeleteGoal } from '../api/delete-goal';
import { useGoals } from '../api/get-goals';
import type { GoalWire } from '../api/types';
import { useUpdateGoal } from '../api/update-goal';
import { GoalDetail } from '../components/goal-detail';
import { GoalForm, type GoalFormValues } from '../components/goal-form';
import { GoalList } from '../components/goal-list';
import type { GoalStatus } from '../utils/goal-labels';

type Filter = GoalStatus | 'all';

const filters: Array<{ value: Filter; label: string }> = [
  { value: 'active', label: 'Active' },
  { value: 'paused', label: 'Paused' },
  { value: 'completed', label: 'Done' },
  { value: 'abandoned', label: 'Dropped' },
  { value: 'all', label: 'All' },
];

const emptyText: Record<Filter, string> = {
  active: 'No active goals.',
  paused: 'No paused goals.',
  completed: 'No finished goals yet. They will gather here.',
  abandoned: 'Nothing dropped.',
  all: 'No goals yet.',
};

type Editing = { kind: 'create' } | { kind: 'edit'; goal: GoalWire } | null;

export function GoalsPage() {
  const user = useUser();
  const today = dayKey(new Date(), user.timezone, user.day_start_hour);
  const [params, setParam] = useAddressParams();
  const filter = (filters.find((f) => f.value === params.get('status'))?.value ?? 'active') as Filter;
  const goals = useGoals(filter);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<GoalWire | null>(null);
  const heading = useRef<HTMLSpanElement>(null);
  const create = useCreateGoal();
  const update = useUpdateGoal();
  const remove = useDeleteGoal();

  const list = goals.data?.pages.flatMap((p) => p.data) ?? [];
  const selectedId = params.get('goal') ?? list[0]?.id ?? null;
  const select = (id: string) => {
    setParam({ goal: id });
    requestAnimationFrame(() => heading.current?.focus());
  };

  const save = (values: GoalFormValues) => {
    if (editing?.kind === 'edit') {
      update.mutate(
        { id: editing.goal.id, body: values },
        {
          onSuccess: () => {
            setEditing(null);
            toast.success('Goal saved');
          },
        },
      );
    } else {
      create.mutate(values, {
        onSuccess: (goal) => {
          setEditing(null);
          toast.success('Goal added. Now break it into milestones.');
          if (filter !== 'active' && filter !== 'all') setParam({ status: null });
          select(goal.id);
        },
      });
    }
  };

  let listBody: React.ReactNode;
  if (goals.isPending) listBody = <ListSkeleton rows={3} />;
  else if (goals.isError)
    listBody = (
      <ErrorState
        title="Your goals could not be loaded"
        error={goals.error}
        onRetry={() => void goals.refetch()}
        retrying={goals.isFetching}
      />
    );
  else if (list.length === 0)
    listBody =
      filter === 'active' || filter === 'all' ? (
        <EmptyState
          icon={Target}
          title="What are you working towards?"
          action={
            <Button variant="primary" onClick={() => setEditing({ kind: 'create' })}>
              <Plus aria-hidden className="size-4" />
              Set a goal
            </Button>
          }
        >
          An EP, a first gig, a steady practice. Name it, then break it into milestones you can tick off.
        </EmptyState>
      ) : (
        <EmptyFilter>{emptyText[filter]}</EmptyFilter>
      );
  else
    listBody = (
      <div className="grid gap-3">
        <GoalList goals={list} selectedId={selectedId} onSelect={select} today={today} />
        {goals.hasNextPage && (
          <Button
            className="justify-self-center"
            onClick={() => void goals.fetchNextPage()}
            loading={goals.isFetchingNextPage}
          >
            Show more goals
          </Button>
        )}
      </div>
    );

  return (
    <div className="mx-auto w-full max-w-6xl">
      <PageHeader
        title="Goals"
        description="Bigger aims, broken into milestones."
        actions={
          <Button variant="primary" onClick={() => setEditing({ kind: 'create' })}>
            <Plus aria-hidden className="size-4" />
            New goal
          </Button>
        }
      />
      <div className="mb-5">
        <SegmentedControl
          legend="Show"
          hideLegend
          size="sm"
          name="goal-status"
          value={filter}
          options={filters}
          onChange={(v) => setParam({ status: v, goal: null })}
        />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,0.9fr)_minmax(0,1.1fr)]">
        <div>{listBody}</div>
        {selectedId && list.length > 0 && (
          <GoalDetail
            key={selectedId}
            goalId={selectedId}
            today={today}
            headingRef={heading}
            onEdit={(goal) => setEditing({ kind: 'edit', goal })}
            onDelete={setDeleting}
          />
        )}
      </div>

      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.kind === 'edit' ? 'Edit goal' : 'New goal'}
      >
        {editing && (
          <GoalForm
            initial={editing.kind === 'edit' ? editing.goal : undefined}
            submitLabel={editing.kind === 'edit' ? 'Save goal' : 'Add goal'}
            saving={create.isPending || update.isPending}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>

      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.title ?? 'goal'}?`}
        description="The goal and its milestones are removed for good. Abandoning keeps them in your history."
        confirmLabel="Delete goal"
        pending={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast.success(`${deleting.title} deleted`);
              setDeleting(null);
              setParam({ goal: null });
            },
          })
        }
      />
    </div>
  );
}
