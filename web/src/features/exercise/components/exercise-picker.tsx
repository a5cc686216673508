import { Plus, Search } from 'lucide-react';
import { useDeferredValue, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { useLibrary } from '../api/exercises';
import type { ExerciseRefWire } from '../api/types';
import { label } from '../utils/labels';

interface ExercisePickerProps {
  open: boolean;
  onClose: () => void;
  onPick: (exercise: ExerciseRefWire) => void;
  /** Exercises already chosen (shown as added). */
  chosen?: ReadonlySet<string>;
  title?: string;
}

/** Search the library and add an exercise. */
export function ExercisePicker({ open, onClose, onPick, chosen, title = 'Add an exercise' }: ExercisePickerProps) {
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const library = useLibrary(query ? { q: query } : {}, 20);
  const items = library.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <div className="relative">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted"
        />
        <Input
          type="search"
          aria-label="Search exercises"
          placeholder="Search exercises"
          value={q}
          maxLength={200}
          onChange={(e) => setQ(e.target.value)}
          className="h-11 pl-9"
          data-autofocus
        />
      </div>
      <div className="mt-3 max-h-[50dvh] overflow-y-auto">
        {library.isError ? (
          <p className="py-4 text-sm text-danger">{errorMessage(library.error)}</p>
        ) : library.isPending ? (
          <p className="py-4 text-sm text-muted">Loading…</p>
        ) : items.length === 0 ? (
          <p className="py-4 text-sm text-muted">No exercise matches.</p>
        ) : (
          <ul className="divide-y divide-line">
            {items.map((e) => {
              const added = chosen?.has(e.id) ?? false;
              return (
                <li key={e.id} className="flex items-center justify-between gap-3 py-2">
                  <div className="min-w-0">
                    <p className="truncate font-medium">{e.name}</p>
                    <p className="truncate text-xs text-muted">
                      {[label(e.category), ...e.primary_muscles.map(label)].join(' · ')}
                    </p>
                  </div>
                  <Button
                    size="lg"
                    aria-label={`Add ${e.name}`}
                    disabled={added}
                    onClick={() => {
                      onPick(e);
                      onClose();
                    }}
                  >
                    <Plus aria-hidden className="size-4" />
                    {added ? 'Added' : 'Add'}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        {library.hasNextPage && (
          <Button
            className="mt-2 w-full"
            loading={library.isFetchingNextPage}
            onClick={() => void library.fetchNextPage()}
          >
            More exercises
          </Button>
        )}
      </div>
    </Dialog>
  );
}
