import { BookOpen, Plus } from 'lucide-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BookStatus } from '#common/contracts/books';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { useBooks } from '../api/get-books';
import { useBookStats } from '../api/get-stats';
import { AddBookDialog } from '../components/add-book-dialog';
import { BookCard } from '../components/book-card';
import { ReadingStatsCard } from '../components/reading-stats-card';
import { shelves } from '../utils';

const description = 'What you are reading, and how far you got.';

const isShelf = (value: string | null): value is BookStatus => shelves.some((s) => s.status === value);

function ShelfPicker({ value, onChange }: { value: BookStatus; onChange: (shelf: BookStatus) => void }) {
  const counts = useBookStats().data?.shelves;
  return (
    <nav aria-label="Shelves" className="flex flex-wrap gap-2">
      {shelves.map(({ status, label }) => (
        <button
          key={status}
          type="button"
          aria-pressed={value === status}
          onClick={() => onChange(status)}
          className={cn(
            'inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium transition',
            value === status
              ? 'border-accent bg-accent text-accent-fg'
              : 'border-line-strong bg-surface text-fg hover:bg-subtle',
          )}
        >
          {label}
          {counts && <span className="tabular-nums opacity-80">{counts[status]}</span>}
        </button>
      ))}
    </nav>
  );
}

function Shelf({ status, onAdd }: { status: BookStatus; onAdd: () => void }) {
  const books = useBooks(status);
  if (books.isPending) return <ListSkeleton rows={3} />;
  if (books.isError)
    return <ErrorState error={books.error} onRetry={() => void books.refetch()} retrying={books.isFetching} />;
  const list = books.data.pages.flatMap((p) => p.data);
  if (list.length === 0) {
    return (
      <EmptyState
        icon={BookOpen}
        title="Nothing on this shelf yet"
        action={
          <Button variant="primary" onClick={onAdd}>
            <Plus aria-hidden className="size-4" />
            Add a book
          </Button>
        }
      >
        Add a book you are reading or want to read, then log pages as you go.
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-3">
      <ul className="grid gap-3 md:grid-cols-2">
        {list.map((book) => (
          <BookCard key={book.id} book={book} />
        ))}
      </ul>
      {books.hasNextPage && (
        <div>
          <Button onClick={() => void books.fetchNextPage()} loading={books.isFetchingNextPage}>
            Show more
          </Button>
        </div>
      )}
    </div>
  );
}

/** The shelves with their counts, the books on the chosen one, and the reading stats. */
export function BooksPage() {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('shelf');
  const shelf: BookStatus = isShelf(wanted) ? wanted : 'reading';
  const [adding, setAdding] = useState(false);
  const choose = (next: BookStatus) => setParams(next === 'reading' ? {} : { shelf: next }, { replace: true });
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title="Books"
        description={description}
        actions={
          <Button variant="primary" onClick={() => setAdding(true)}>
            <Plus aria-hidden className="size-4" />
            Add a book
          </Button>
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <section aria-label="Your books" className="grid gap-4">
          <ShelfPicker value={shelf} onChange={choose} />
          <Shelf status={shelf} onAdd={() => setAdding(true)} />
        </section>
        <ReadingStatsCard />
      </div>
      <AddBookDialog key={shelf} open={adding} onClose={() => setAdding(false)} shelf={shelf} />
    </div>
  );
}
