import { ArrowDown, ArrowUp, Check, Flame, SkipForward, Undo2 } from 'lucide-react';
import { cn } from '@/lib/cn';

/** What a checklist row needs to know about a habit today. */
export interface ChecklistHabit {
  id: string;
  name: string;
  /** "Every day · 2 a day". */
  schedule: string;
  target_count: number;
  /** Times done today. */
  count: number;
  skipped: boolean;
  done: boolean;
  /** Scheduled for today (others are listed apart and can still be done). */
  due: boolean;
  current_streak: number;
  streak_unit: 'days' | 'weeks';
  /** 0–100. */
  strength: number;
}

export interface ChecklistActions {
  onComplete: (habit: ChecklistHabit) => void;
  onUndo: (habit: ChecklistHabit) => void;
  onSkip: (habit: ChecklistHabit) => void;
  onSelect: (habit: ChecklistHabit) => void;
  onMove?: (habit: ChecklistHabit, direction: -1 | 1) => void;
}

interface RowProps extends ChecklistActions {
  habit: ChecklistHabit;
  busy: boolean;
  selected: boolean;
  reordering: boolean;
  first: boolean;
  last: boolean;
}

const small =
  'inline-flex h-8 items-center gap-1 rounded-md px-2 text-xs font-medium text-muted hover:bg-subtle hover:text-fg aria-disabled:pointer-events-none aria-disabled:opacity-40';

/** One habit: a big check (or +1 for counted habits), its streak, and skip or undo. */
function HabitRow({ habit, busy, selected, reordering, first, last, ...on }: RowProps) {
  const counted = habit.target_count > 1;
  const checkLabel = habit.done
    ? `${habit.name}: done today`
    : counted
      ? `Add one to ${habit.name} (${habit.count} of ${habit.target_count})`
      : `Mark ${habit.name} done`;
  return (
    <li className={cn('flex items-center gap-3 py-3', !habit.due && !habit.done && 'opacity-80')}>
      <button
        type="button"
        onClick={() => !busy && !habit.done && !habit.skipped && on.onComplete(habit)}
        aria-label={checkLabel}
        aria-pressed={counted ? undefined : habit.done}
        aria-disabled={busy || habit.done || habit.skipped || undefined}
        className={cn(
          'group relative grid size-11 shrink-0 place-items-center rounded-full border-2 transition',
          habit.done
            ? 'border-accent bg-accent text-accent-fg'
            : 'border-line-strong text-muted hover:border-accent hover:text-accent-text',
          habit.skipped && 'border-dashed',
          busy && 'animate-pulse',
        )}
      >
        {habit.done ? (
          <Check aria-hidden className="size-5" strokeWidth={3} />
        ) : counted ? (
          <span aria-hidden className="text-xs font-semibold tabular-nums">
            {habit.count}/{habit.target_count}
          </span>
        ) : (
          <Check aria-hidden className="size-5 opacity-0 transition group-hover:opacity-60" strokeWidth={3} />
        )}
      </button>

      <div className="min-w-0 flex-1">
        <button
          type="button"
          onClick={() => on.onSelect(habit)}
          aria-current={selected || undefined}
          className={cn(
            'max-w-full truncate text-left text-[15px] font-medium hover:underline',
            habit.done && 'text-muted line-through decoration-line-strong',
          )}
        >
          {habit.name}
        </button>
        <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted">
          {habit.skipped ? <span className="font-medium text-fg">Skipped today</span> : <span>{habit.schedule}</span>}
          {habit.current_streak > 0 && (
            <span className="inline-flex items-center gap-0.5">
              <Flame aria-hidden className="size-3.5 text-accent-text" />
              {habit.current_streak}-{habit.streak_unit === 'weeks' ? 'week' : 'day'} streak
            </span>
          )}
          {counted && !habit.done && habit.count > 0 && (
            <span>
              {habit.count} of {habit.target_count} today
            </span>
          )}
        </p>
      </div>

      {reordering && on.onMove ? (
        <div className="flex shrink-0 gap-1">
          <button
            type="button"
            className={small}
            aria-label={`Move ${habit.name} up`}
            aria-disabled={first || undefined}
            onClick={() => !first && on.onMove?.(habit, -1)}
          >
            <ArrowUp aria-hidden className="size-4" />
          </button>
          <button
            type="button"
            className={small}
            aria-label={`Move ${habit.name} down`}
            aria-disabled={last || undefined}
            onClick={() => !last && on.onMove?.(habit, 1)}
          >
            <ArrowDown aria-hidden className="size-4" />
          </button>
        </div>
      ) : habit.count > 0 || habit.skipped ? (
        <button
          type="button"
          className={small}
          aria-disabled={busy || undefined}
          onClick={() => !busy && on.onUndo(habit)}
          aria-label={habit.skipped ? `Undo skipping ${habit.name}` : `Undo today's ${habit.name}`}
        >
          <Undo2 aria-hidden className="size-4" />
          <span className="hidden sm:inline">Undo</span>
        </button>
      ) : (
        <button
          type="button"
          className={small}
          aria-disabled={busy || undefined}
          onClick={() => !busy && on.onSkip(habit)}
          aria-label={`Skip ${habit.name} today`}
        >
          <SkipForward aria-hidden className="size-4" />
          <span className="hidden sm:inline">Skip</span>
        </button>
      )}
    </li>
  );
}

interface HabitChecklistProps extends ChecklistActions {
  habits: ChecklistHabit[];
  /** Habits with a request in flight. */
  busyIds: ReadonlySet<string>;
  selectedId: string | null;
  reordering: boolean;
  labelledBy: string;
}

/**
 * Today's habits in the user's order: the ones due today, then the others (which may still be
 * done). While reordering, every row offers up and down instead of skip and undo.
 */
export function HabitChecklist({ habits, busyIds, selectedId, reordering, labelledBy, ...on }: HabitChecklistProps) {
  const due = reordering ? habits : habits.filter((h) => h.due || h.done);
  const other = reordering ? [] : habits.filter((h) => !h.due && !h.done);
  const row = (h: ChecklistHabit, i: number, list: ChecklistHabit[]) => (
    <HabitRow
      key={h.id}
      habit={h}
      busy={busyIds.has(h.id)}
      selected={selectedId === h.id}
      reordering={reordering}
      first={i === 0}
      last={i === list.length - 1}
      {...on}
    />
  );
  return (
    <div className="grid gap-2">
      {due.length > 0 && (
        <ul aria-labelledby={labelledBy} className="divide-y divide-line">
          {due.map((h, i) => row(h, i, due))}
        </ul>
      )}
      {due.length === 0 && other.length > 0 && (
        <p className="py-2 text-sm text-muted">Nothing is due today. You can still do any habit below.</p>
      )}
      {other.length > 0 && (
        <section aria-label="Not due today" className="grid gap-1">
          <h3 className="pt-2 text-xs font-semibold tracking-wide text-muted uppercase">Not due today</h3>
          <ul className="divide-y divide-line">{other.map((h, i) => row(h, i, other))}</ul>
        </section>
      )}
    </div>
  );
}
