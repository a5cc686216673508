import { Plus, Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { EmptyFilter } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input, Select } from '@/components/ui/field';
import { FilterChip } from '@/components/ui/filter-chip';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useAddressParams } from '@/lib/address-params';
import { errorMessage } from '@/lib/api-client';
import { type LibraryFilters, useDeleteExercise, useExercise, useLibrary, useSaveExercise } from '../api/exercises';
import type { ExerciseWire } from '../api/types';
import { ExerciseDetail } from '../components/exercise-detail';
import { ExerciseForm } from '../components/exercise-form';
import { ExerciseNav } from '../components/exercise-nav';
import { categoryOptions, equipmentOptions, label, levelOptions, muscleOptions } from '../utils/labels';

const filterDefs = [
  { key: 'muscle', label: 'Muscle', options: muscleOptions },
  { key: 'equipment', label: 'Equipment', options: equipmentOptions },
  { key: 'category', label: 'Category', options: categoryOptions },
  { key: 'level', label: 'Level', options: levelOptions },
  {
    key: 'source',
    label: 'Source',
    options: [
      { value: 'builtin', label: 'Built-in' },
      { value: 'custom', label: 'Your own' },
    ],
  },
] as const;

/** The exercise library: search, filters (kept in the address), a page at a time, details and the user's own. */
export function LibraryPage() {
  const [params, setParam] = useAddressParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  useEffect(() => {
    const t = setTimeout(() => {
      if (typed.trim() !== q) setParam({ q: typed.trim() || null });
    }, 300);
    return () => clearTimeout(t);
  }, [typed, q, setParam]);

  const filters = Object.fromEntries(
    [['q', q] as const, ...filterDefs.map((f) => [f.key, params.get(f.key) ?? ''] as const)].filter(([, v]) => v),
  ) as LibraryFilters;
  const library = useLibrary(filters);
  const items = library.data?.pages.flatMap((p) => p.data) ?? [];
  const openId = params.get('open');
  const [editing, setEditing] = useState<ExerciseWire | 'new' | null>(null);

  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title="Exercise library"
        description="Built-in exercises and your own."
        actions={
          <Button variant="primary" size="lg" onClick={() => setEditing('new')}>
            <Plus aria-hidden className="size-4" />
            New exercise
          </Button>
        }
      />
      <ExerciseNav />
      <div className="grid gap-4">
        <div className="relative">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted"
          />
          <Input
            type="search"
            aria-label="Search exercises"
            placeholder="Search exercises"
            maxLength={200}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            className="h-11 pl-9"
          />
        </div>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {filterDefs.map((f) => (
            <Select
              key={f.key}
              aria-label={f.label}
              className="h-11"
              value={params.get(f.key) ?? ''}
              onChange={(e) => setParam({ [f.key]: e.target.value || null })}
            >
              <option value="">{`Any ${f.label.toLowerCase()}`}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          ))}
        </div>
        {filterDefs.some((f) => params.get(f.key)) && (
          <div className="flex flex-wrap gap-2">
            {filterDefs.map((f) => {
              const v = params.get(f.key);
              if (!v) return null;
              const text = f.options.find((o) => o.value === v)?.label ?? v;
              return (
                <FilterChip
                  key={f.key}
                  label={`Remove filter ${f.label}: ${text}`}
                  onClear={() => setParam({ [f.key]: null })}
                >
                  {text}
                </FilterChip>
              );
            })}
          </div>
        )}
        {library.isPending ? (
          <ListSkeleton rows={6} />
        ) : library.isError ? (
          <ErrorState error={library.error} onRetry={() => void library.refetch()} retrying={library.isFetching} />
        ) : items.length === 0 ? (
          <EmptyFilter>No exercise matches. Try fewer filters or another word.</EmptyFilter>
        ) : (
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface" aria-label="Exercises">
            {items.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  onClick={() => setParam({ open: e.id })}
                  className="flex min-h-14 w-full items-center justify-between gap-3 px-4 py-2 text-left hover:bg-subtle"
                >
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{e.name}</span>
                    <span className="block truncate text-sm text-muted">
                      {[label(e.category), ...e.primary_muscles.map(label)].join(' · ')}
                    </span>
                  </span>
                  <span className="shrink-0 text-xs text-muted">{e.is_custom ? 'Your own' : label(e.level)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {library.hasNextPage && (
          <Button size="lg" loading={library.isFetchingNextPage} onClick={() => void library.fetchNextPage()}>
            More exercises
          </Button>
        )}
      </div>
      <DetailDialog
        id={openId}
        onClose={() => setParam({ open: null })}
        onEdit={(e) => {
          setParam({ open: null });
          setEditing(e);
        }}
      />
      <EditDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(e) => {
          setEditing(null);
          setParam({ open: e.id });
        }}
      />
    </div>
  );
}

function DetailDialog({
  id,
  onClose,
  onEdit,
}: {
  id: string | null;
  onClose: () => void;
  onEdit: (e: ExerciseWire) => void;
}) {
  const exercise = useExercise(id);
  const remove = useDeleteExercise();
  const [confirming, setConfirming] = useState(false);
  const e = exercise.data;
  return (
    <>
      <Dialog open={id !== null && !confirming} onClose={onClose} title={e?.name ?? 'Exercise'}>
        {exercise.isPending ? (
          <ListSkeleton />
        ) : exercise.isError ? (
          <ErrorState error={exercise.error} />
        ) : e ? (
          <>
            <ExerciseDetail exercise={e} />
            {e.is_custom && (
              <div className="mt-5 flex justify-end gap-2">
                <Button variant="ghost" className="text-danger" onClick={() => setConfirming(true)}>
                  Delete
                </Button>
                <Button onClick={() => onEdit(e)}>Edit</Button>
              </div>
            )}
          </>
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={confirming}
        onClose={() => {
          remove.reset();
          setConfirming(false);
        }}
        title={`Delete ${e?.name ?? 'exercise'}?`}
        description="Its records go with it. An exercise a template or a logged set uses cannot be deleted."
        confirmLabel="Delete exercise"
        pending={remove.isPending}
        onConfirm={() =>
          e &&
          remove.mutate(e.id, {
            onSuccess: () => {
              setConfirming(false);
              onClose();
            },
          })
        }
      >
        {remove.error ? (
          <p role="alert" className="text-sm font-medium text-danger">
            {errorMessage(remove.error)}
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}

function EditDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: ExerciseWire | 'new' | null;
  onClose: () => void;
  onSaved: (e: ExerciseWire) => void;
}) {
  const save = useSaveExercise();
  const exercise = editing === 'new' ? null : editing;
  return (
    <Dialog
      open={editing !== null}
      onClose={() => {
        save.reset();
        onClose();
      }}
      title={exercise ? `Edit ${exercise.name}` : 'New exercise'}
    >
      {editing !== null && (
        <ExerciseForm
          key={exercise?.id ?? 'new'}
          exercise={exercise}
          saving={save.isPending}
          error={save.error ? errorMessage(save.error) : null}
          onCancel={onClose}
          onSubmit={(body) => save.mutate({ id: exercise?.id ?? null, body }, { onSuccess: onSaved })}
        />
      )}
    </Dialog>
  );
}
