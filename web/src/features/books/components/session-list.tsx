import { Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDeleteSession } from '../api/delete-session';
import type { BookDetailWire, ReadingSessionWire } from '../api/types';
import { LogReadingDialog } from './log-reading-dialog';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });

function sessionText(s: ReadingSessionWire): string {
  const parts = [];
  if (s.pages_read > 0) parts.push(`${s.pages_read} ${s.pages_read === 1 ? 'page' : 'pages'}`);
  if (s.start_page !== null && s.end_page !== null && s.pages_read > 0) parts.push(`(${s.start_page}–${s.end_page})`);
  if (s.minutes > 0) parts.push(`${s.minutes} min`);
  return parts.join(' ');
}

/** The book's sessions, newest first, each changed or deleted in place. */
export function SessionList({ book }: { book: BookDetailWire }) {
  const [editing, setEditing] = useState<ReadingSessionWire | null>(null);
  const [deleting, setDeleting] = useState<ReadingSessionWire | null>(null);
  const remove = useDeleteSession();
  if (book.sessions.length === 0) return <p className="text-sm text-muted">No reading logged yet.</p>;
  return (
    <>
      <ul className="divide-y divide-line">
        {book.sessions.map((s) => (
          <li key={s.id} className="flex items-center gap-3 py-2.5">
            <div className="min-w-0 flex-1">
              <p className="text-sm font-medium">{sessionText(s)}</p>
              <p className="text-xs text-muted">
                {when(s.read_at)} · +{s.xp_awarded} XP
                {s.coins_awarded > 0 ? ` · +${s.coins_awarded} ${s.coins_awarded === 1 ? 'coin' : 'coins'}` : ''}
              </p>
            </div>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setEditing(s)}
              aria-label={`Change session of ${when(s.read_at)}`}
            >
              <Pencil aria-hidden className="size-4" />
            </Button>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setDeleting(s)}
              aria-label={`Delete session of ${when(s.read_at)}`}
            >
              <Trash2 aria-hidden className="size-4" />
            </Button>
          </li>
        ))}
      </ul>
      {editing && (
        <LogReadingDialog key={editing.id} book={book} session={editing} open onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this session?"
        description="Its pages come off the book and what it earned is taken back."
        confirmLabel="Delete session"
        pending={remove.isPending}
        onConfirm={() =>
          deleting && remove.mutate({ bookId: book.id, sessionId: deleting.id }, { onSuccess: () => setDeleting(null) })
        }
      />
    </>
  );
}
