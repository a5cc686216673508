import { CalendarClock, CircleCheck, Pause, Pencil, Play, RotateCcw, Trash2, X } from 'lucide-react';
import { useId } from 'react';
import { toast } from 'sonner';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { celebrate } from '@/lib/rewards';
import { useAddMilestone } from '../api/add-milestone';
import { useDeleteMilestone } from '../api/delete-milestone';
import { useGoal } from '../api/get-goal';
import { useReorderMilestones } from '../api/reorder-milestones';
import { useToggleMilestone } from '../api/toggle-milestone';
import type { GoalWire } from '../api/types';
import { useUpdateGoal } from '../api/update-goal';
import { useUpdateMilestone } from '../api/update-milestone';
import { type GoalStatus, priorityLabels, statusLabels } from '../utils/goal-labels';
import { describeTarget } from '../utils/target-date';
import { GoalProgress } from './goal-progress';
import { MilestoneList } from './milestone-list';

interface GoalDetailProps {
  goalId: string;
  today: string;
  headingRef?: React.Ref<HTMLSpanElement>;
  onEdit: (goal: GoalWire) => void;
  onDelete: (goal: GoalWire) => void;
}

/** The status changes a goal offers in each state. */
const transitions: Record<GoalStatus, Array<{ to: GoalStatus; label: string; icon: typeof Play }>> = {
  active: [
    { to: 'completed', label: 'Mark complete', icon: CircleCheck },
    { to: 'paused', label: 'Pause', icon: Pause },
    { to: 'abandoned', label: 'Abandon', icon: X },
  ],
  paused: [
    { to: 'active', label: 'Resume', icon: Play },
    { to: 'abandoned', label: 'Abandon', icon: X },
  ],
  completed: [{ to: 'active', label: 'Reopen', icon: RotateCcw }],
  abandoned: [{ to: 'active', label: 'Reopen', icon: RotateCcw }],
};

const moved = (ids: string[], id: string, direction: -1 | 1) => {
  const from = ids.indexOf(id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[from], next[to]] = [next[to] as string, next[from] as string];
  return next;
};

/** One goal: what and why, its status, and its milestones. */
export function GoalDetail({ goalId, today, headingRef, onEdit, onDelete }: GoalDetailProps) {
  const headingId = useId();
  const goal = useGoal(goalId);
  const update = useUpdateGoal();
  const add = useAddMilestone(goalId);
  const rename = useUpdateMilestone(goalId);
  const toggle = useToggleMilestone(goalId);
  const remove = useDeleteMilestone(goalId);
  const reorder = useReorderMilestones(goalId);

  if (goal.isPending) return <Skeleton className="h-96 rounded-xl" />;
  if (goal.isError)
    return (
      <ErrorState
        title="This goal could not be loaded"
        error={goal.error}
        onRetry={() => void goal.refetch()}
        retrying={goal.isFetching}
      />
    );

  const g = goal.data;
  const open = g.status === 'active' || g.status === 'paused';
  const target = g.target_date ? describeTarget(g.target_date, today, open) : null;
  const done = g.milestones.filter((m) => m.completed_at).length;
  const busy = new Set<string>();
  if (toggle.isPending && toggle.variables) busy.add(toggle.variables.id);

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title={
          <span ref={headingRef} tabIndex={-1} className="outline-none">
            {g.title}
          </span>
        }
        description={
          <span className="flex flex-wrap items-center gap-2 pt-1">
            <Badge tone={g.status === 'active' ? 'accent' : 'neutral'}>{statusLabels[g.status]}</Badge>
            {g.category && <Badge>{g.category}</Badge>}
            <span className="text-xs">{priorityLabels[g.priority]} priority</span>
          </span>
        }
        action={
          <div className="flex gap-1.5">
            <Button size="sm" onClick={() => onEdit(g)}>
              <Pencil aria-hidden className="size-4" />
              Edit
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onDelete(g)} aria-label={`Delete ${g.title}`}>
              <Trash2 aria-hidden className="size-4" />
            </Button>
          </div>
        }
      />
      <CardBody className="grid gap-5">
        {g.description && <p className="text-sm whitespace-pre-line text-muted">{g.description}</p>}
        {target && (
          <p
            className={cn('flex items-center gap-1.5 text-sm', target.late ? 'font-medium text-danger' : 'text-muted')}
          >
            <CalendarClock aria-hidden className="size-4" />
            {target.text}
          </p>
        )}
        <div className="grid gap-1.5">
          <p className="text-sm font-medium">
            {g.milestones.length === 0 ? 'No milestones yet' : `${done} of ${g.milestones.length} milestones done`}
          </p>
          <GoalProgress value={g.progress} label={`${g.title} progress`} />
        </div>

        <section aria-label="Milestones" className="grid gap-2">
          <h3 className="text-sm font-semibold">Milestones</h3>
          <MilestoneList
            milestones={g.milestones.map((m) => ({ id: m.id, title: m.title, completed: Boolean(m.completed_at) }))}
            busyIds={busy}
            adding={add.isPending}
            onAdd={(title) => add.mutate(title)}
            onToggle={(m) =>
              toggle.mutate({ id: m.id, completed: !m.completed }, { onSuccess: (r) => celebrate(r.reward) })
            }
            onRename={(m, title) => rename.mutate({ id: m.id, title })}
            onMove={(m, direction) =>
              reorder.mutate(
                moved(
                  g.milestones.map((x) => x.id),
                  m.id,
                  direction,
                ),
              )
            }
            onDelete={(m) => remove.mutate(m.id, { onSuccess: () => toast.success(`Removed “${m.title}”`) })}
          />
        </section>

        <div className="flex flex-wrap gap-2 border-t border-line pt-4">
          {transitions[g.status].map(({ to, label, icon: Icon }) => (
            <Button
              key={to}
              size="sm"
              variant={to === 'completed' ? 'primary' : 'secondary'}
              loading={update.isPending && update.variables?.body.status === to}
              disabled={update.isPending}
              onClick={() =>
                update.mutate(
                  { id: g.id, body: { status: to } },
                  {
                    onSuccess: (r) => {
                      celebrate(r.reward);
                      toast.success(
                        to === 'completed' ? `${g.title}: done!` : `${g.title} is ${statusLabels[to].toLowerCase()}`,
                      );
                    },
                  },
                )
              }
            >
              <Icon aria-hidden className="size-4" />
              {label}
            </Button>
          ))}
        </div>
      </CardBody>
    </Card>
  );
}
