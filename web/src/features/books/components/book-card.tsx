import { BookOpen } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { BookWire } from '../api/types';
import { pagesText } from '../utils';
import { LogReadingDialog } from './log-reading-dialog';

/** A cover, or a plain placeholder when the book has none. */
export function Cover({ book, className }: { book: Pick<BookWire, 'cover_url' | 'title'>; className: string }) {
  if (book.cover_url)
    return <img src={book.cover_url} alt={`Cover of ${book.title}`} className={`${className} object-cover`} />;
  return (
    <span aria-hidden className={`${className} grid place-items-center bg-accent-soft text-accent-text`}>
      <BookOpen className="size-5" />
    </span>
  );
}

/** A book on a shelf: its cover, title, progress, and "Log reading" (a dialog) for books not yet finished. */
export function BookCard({ book }: { book: BookWire }) {
  const [logging, setLogging] = useState(false);
  const canLog = book.status === 'reading' || book.status === 'want_to_read';
  return (
    <li className="flex gap-3 rounded-xl border border-line bg-surface p-3 shadow-xs">
      <Cover book={book} className="h-20 w-14 shrink-0 rounded-md" />
      <div className="grid min-w-0 flex-1 content-start gap-1.5">
        <Link to={`/books/${book.id}`} className="truncate font-semibold text-fg hover:underline">
          {book.title}
        </Link>
        {book.author && <p className="truncate text-sm text-muted">{book.author}</p>}
        <p className="text-xs text-muted">{pagesText(book)}</p>
        {book.total_pages !== null && (
          <ProgressBar
            size="sm"
            value={book.current_page}
            max={book.total_pages}
            label={`Progress in ${book.title}`}
            valueText={pagesText(book)}
          />
        )}
      </div>
      {canLog && (
        <div className="self-center">
          <Button size="sm" onClick={() => setLogging(true)} aria-label={`Log reading: ${book.title}`}>
            Log reading
          </Button>
          <LogReadingDialog book={book} open={logging} onClose={() => setLogging(false)} />
        </div>
      )}
    </li>
  );
}
