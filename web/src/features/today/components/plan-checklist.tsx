import { ArrowDown, ArrowUp, ExternalLink, Play, Plus, RefreshCw, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { createPlanItemBody } from '#common/contracts/plan';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input } from '@/components/ui/field';
import { ListSkeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { maxLengthOf } from '@/lib/limits';
import { useAddPlanItem } from '../api/add-plan-item';
import { useCompletePlanItem } from '../api/complete-plan-item';
import { useDeletePlanItem } from '../api/delete-plan-item';
import { useGeneratePlan } from '../api/generate-plan';
import { usePlan } from '../api/get-plan';
import { useReorderPlan } from '../api/reorder-plan';
import { focusStartMinutes } from '../api/start-focus-block';
import type { PlanItemWire } from '../api/types';
import { useUpdatePlanItem } from '../api/update-plan-item';
import { PlanNotes } from './plan-notes';

const TITLE_MAX = maxLengthOf(createPlanItemBody.shape.title);

const iconButton =
  'grid size-8 shrink-0 place-items-center rounded-md text-muted hover:bg-subtle hover:text-fg aria-disabled:pointer-events-none aria-disabled:opacity-40';

const kindLabels: Record<string, string> = {
  focus: 'Focus',
  habit: 'Habit',
  quest: 'Quest',
  universal_quest: 'Quest',
  event: 'Event',
  workout: 'Workout',
  review: 'Review',
  goal: 'Goal',
  custom: 'To-do',
};

function timeOf(item: PlanItemWire): string | null {
  if (!item.scheduled_at) return null;
  return new Date(item.scheduled_at).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

interface RowProps {
  item: PlanItemWire;
  first: boolean;
  last: boolean;
  onToggle: (item: PlanItemWire) => void;
  onMove: (item: PlanItemWire, direction: -1 | 1) => void;
  onDelete: (item: PlanItemWire) => void;
  onStartFocus: (minutes: number, label: string) => void;
}

function PlanRow({ item, first, last, onToggle, onMove, onDelete, onStartFocus }: RowProps) {
  const done = item.completed_at !== null;
  const minutes = item.href ? focusStartMinutes(item.href) : null;
  const meta = [
    kindLabels[item.kind] ?? item.kind,
    timeOf(item),
    item.duration_minutes && `${item.duration_minutes} min`,
    item.details,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className="flex items-center gap-2 py-2" data-testid="plan-item">
      <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-3">
        <input
          type="checkbox"
          checked={done}
          onChange={() => onToggle(item)}
          className="size-5 shrink-0 accent-accent"
        />
        <span className="min-w-0">
          <span className={cn('block break-words text-sm text-fg', done && 'text-muted line-through')}>
            {item.title}
          </span>
          <span className="block text-xs text-muted">{meta}</span>
        </span>
      </label>
      {!done && minutes !== null && (
        <button
          type="button"
          className={iconButton}
          aria-label={`Start ${item.title}`}
          onClick={() => onStartFocus(minutes, item.title)}
        >
          <Play aria-hidden className="size-4" />
        </button>
      )}
      {!done && minutes === null && item.href && (
        <Link to={item.href} className={iconButton} aria-label={`Open ${item.title}`}>
          <ExternalLink aria-hidden className="size-4" />
        </Link>
      )}
      <button
        type="button"
        className={iconButton}
        aria-label={`Move ${item.title} up`}
        aria-disabled={first || undefined}
        onClick={() => !first && onMove(item, -1)}
      >
        <ArrowUp aria-hidden className="size-4" />
      </button>
      <button
        type="button"
        className={iconButton}
        aria-label={`Move ${item.title} down`}
        aria-disabled={last || undefined}
        onClick={() => !last && onMove(item, 1)}
      >
        <ArrowDown aria-hidden className="size-4" />
      </button>
      <button type="button" className={iconButton} aria-label={`Remove ${item.title}`} onClick={() => onDelete(item)}>
        <Trash2 aria-hidden className="size-4" />
      </button>
    </li>
  );
}

interface PlanChecklistProps {
  date: string;
  onStartFocus: (minutes: number, label: string) => void;
}

/** The day's plan: tick items off (2 XP each), add, reorder, remove, fill it from the day, notes. */
export function PlanChecklist({ date, onStartFocus }: PlanChecklistProps) {
  const plan = usePlan(date);
  const generate = useGeneratePlan();
  const add = useAddPlanItem();
  const complete = useCompletePlanItem(date);
  const update = useUpdatePlanItem(date);
  const remove = useDeletePlanItem(date);
  const reorder = useReorderPlan(date);
  const [title, setTitle] = useState('');

  const items = plan.data?.items ?? [];
  const toggle = (item: PlanItemWire) => {
    if (item.completed_at) update.mutate({ id: item.id, body: { completed: false } });
    else complete.mutate(item.id);
  };
  const move = (item: PlanItemWire, direction: -1 | 1) => {
    const ids = items.map((i) => i.id);
    const at = ids.indexOf(item.id);
    const to = at + direction;
    if (at < 0 || to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to] as string, ids[at] as string];
    reorder.mutate(ids);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const t = title.trim();
    if (!t) return;
    add.mutate({ date, title: t }, { onSuccess: () => setTitle('') });
  };

  const refresh = (
    <Button size="sm" onClick={() => generate.mutate(date)} loading={generate.isPending}>
      {!generate.isPending && <RefreshCw aria-hidden className="size-4" />}
      {items.length > 0 ? 'Refresh from my day' : 'Plan my day'}
    </Button>
  );

  return (
    <Card aria-labelledby="plan-heading">
      <CardHeader
        id="plan-heading"
        title="Today’s plan"
        description={plan.data && items.length > 0 ? `${plan.data.completed} of ${plan.data.total} done` : undefined}
        action={refresh}
      />
      <CardBody>
        {plan.isPending ? (
          <ListSkeleton rows={3} />
        ) : plan.isError ? (
          <ErrorState error={plan.error} onRetry={() => plan.refetch()} retrying={plan.isFetching} />
        ) : (
          <>
            {items.length === 0 ? (
              <p className="py-2 text-sm text-muted">
                Nothing planned yet. “Plan my day” gathers a focus block, your habits due, quests in progress and the
                day’s events; or add your own below.
              </p>
            ) : (
              <ul className="divide-y divide-line" aria-label="Plan items">
                {items.map((item, i) => (
                  <PlanRow
                    key={item.id}
                    item={item}
                    first={i === 0}
                    last={i === items.length - 1}
                    onToggle={toggle}
                    onMove={move}
                    onDelete={(it) => remove.mutate(it.id)}
                    onStartFocus={onStartFocus}
                  />
                ))}
              </ul>
            )}
            {(generate.isError || add.isError || complete.isError || reorder.isError) && (
              <p role="alert" className="mt-2 text-sm text-danger">
                That did not go through. Please try again.
              </p>
            )}
            <form onSubmit={submit} className="mt-4 flex items-end gap-2">
              <Field label="Add to today’s plan" className="min-w-0 flex-1">
                {({ id }) => (
                  <Input
                    id={id}
                    value={title}
                    maxLength={TITLE_MAX}
                    placeholder="e.g. Send the mix to Sam"
                    onChange={(e) => setTitle(e.target.value)}
                  />
                )}
              </Field>
              <Button type="submit" loading={add.isPending} disabled={!title.trim()}>
                {!add.isPending && <Plus aria-hidden className="size-4" />}
                Add
              </Button>
            </form>
            <PlanNotes date={date} notes={plan.data?.notes ?? null} />
          </>
        )}
      </CardBody>
    </Card>
  );
}
