import { ArrowDown, ArrowUp, Check, Pencil, Plus, Trash2, X } from 'lucide-react';
import { type FormEvent, useRef, useState } from 'react';
import { createMilestoneBody } from '#common/contracts/goals';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { maxLengthOf } from '@/lib/limits';

const TITLE_MAX = maxLengthOf(createMilestoneBody.shape.title);

export interface MilestoneView {
  id: string;
  title: string;
  completed: boolean;
}

interface MilestoneActions {
  onToggle: (m: MilestoneView) => void;
  onRename: (m: MilestoneView, title: string) => void;
  onMove: (m: MilestoneView, direction: -1 | 1) => void;
  onDelete: (m: MilestoneView) => void;
}

const iconButton =
  'grid size-8 shrink-0 place-items-center rounded-md text-muted hover:bg-subtle hover:text-fg aria-disabled:pointer-events-none aria-disabled:opacity-40';

function MilestoneRow({
  m,
  busy,
  first,
  last,
  ...on
}: MilestoneActions & { m: MilestoneView; busy: boolean; first: boolean; last: boolean }) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(m.title);
  const editButton = useRef<HTMLButtonElement>(null);

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const t = title.trim();
    if (t && t !== m.title) on.onRename(m, t);
    stopEditing();
  };

  if (editing) {
    return (
      <li className="py-2">
        <form onSubmit={save} className="flex items-center gap-2">
          <Input
            value={title}
            maxLength={TITLE_MAX}
            aria-label="Milestone title"
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setTitle(m.title);
                stopEditing();
              }
            }}
            autoFocus
          />
          <button type="submit" className={iconButton} aria-label="Save milestone">
            <Check aria-hidden className="size-4" />
          </button>
          <button
            type="button"
            className={iconButton}
            aria-label="Cancel editing"
            onClick={() => {
              setTitle(m.title);
              stopEditing();
            }}
          >
            <X aria-hidden className="size-4" />
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className="flex items-center gap-2 py-2">
      <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-3">
        <input
          type="checkbox"
          checked={m.completed}
          disabled={busy}
          onChange={() => on.onToggle(m)}
          className="size-5 shrink-0 accent-accent"
        />
        <span className={cn('min-w-0 break-words text-sm', m.completed && 'text-muted line-through')}>{m.title}</span>
      </label>
      <button
        ref={editButton}
        type="button"
        className={iconButton}
        aria-label={`Edit ${m.title}`}
        onClick={() => setEditing(true)}
      >
        <Pencil aria-hidden className="size-4" />
      </button>
      <button
        type="button"
        className={iconButton}
        aria-label={`Move ${m.title} up`}
        aria-disabled={first || busy || undefined}
        onClick={() => !first && !busy && on.onMove(m, -1)}
      >
        <ArrowUp aria-hidden className="size-4" />
      </button>
      <button
        type="button"
        className={iconButton}
        aria-label={`Move ${m.title} down`}
        aria-disabled={last || busy || undefined}
        onClick={() => !last && !busy && on.onMove(m, 1)}
      >
        <ArrowDown aria-hidden className="size-4" />
      </button>
      <button type="button" className={iconButton} aria-label={`Delete ${m.title}`} onClick={() => on.onDelete(m)}>
        <Trash2 aria-hidden className="size-4" />
      </button>
    </li>
  );
}

interface MilestoneListProps extends MilestoneActions {
  milestones: MilestoneView[];
  busyIds: ReadonlySet<string>;
  onAdd: (title: string) => void;
  adding: boolean;
}

/** A goal's steps: tick them off, rename, reorder, delete, and add new ones at the end. */
export function MilestoneList({ milestones, busyIds, onAdd, adding, ...on }: MilestoneListProps) {
  const [title, setTitle] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    const t = title.trim();
    if (!t) return;
    onAdd(t);
    setTitle('');
  };
  return (
    <div className="grid gap-3">
      {milestones.length === 0 ? (
        <p className="text-sm text-muted">No milestones yet. Break the goal into a few steps you can tick off.</p>
      ) : (
        <ul aria-label="Milestones" className="divide-y divide-line">
          {milestones.map((m, i) => (
            <MilestoneRow
              key={m.id}
              m={m}
              busy={busyIds.has(m.id)}
              first={i === 0}
              last={i === milestones.length - 1}
              {...on}
            />
          ))}
        </ul>
      )}
      <form onSubmit={add} className="flex gap-2">
        <Input
          value={title}
          maxLength={TITLE_MAX}
          placeholder="Add a milestone"
          aria-label="New milestone"
          onChange={(e) => setTitle(e.target.value)}
        />
        {/* Never disabled while saving: a disabled submit button would swallow the next Enter. */}
        <Button type="submit" disabled={!title.trim()} aria-busy={adding || undefined}>
          <Plus aria-hidden className="size-4" />
          Add
        </Button>
      </form>
    </div>
  );
}
