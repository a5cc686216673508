import { type FormEvent, useState } from 'react';
import { BOOK_PAGES_MAX, SESSION_MINUTES_MAX, SESSION_PAGES_MAX } from '#common/contracts/books';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/field';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { celebrate } from '@/lib/rewards';
import { useLogSession } from '../api/log-session';
import type { ReadingSessionWire, SessionChangeWire } from '../api/types';
import { useUpdateSession } from '../api/update-session';
import { wholeIn } from '../utils';

type Mode = 'pages' | 'end_page';

interface LogReadingDialogProps {
  book: { id: string; title: string; current_page: number; total_pages: number | null };
  /** The session to change; a new one is logged without it. */
  session?: ReadingSessionWire;
  open: boolean;
  onClose: () => void;
}

/** Pays what a session earned, and the book's completion when it finished it. */
export function celebrateSession(result: SessionChangeWire): void {
  celebrate(result.reward, { title: 'Reading' });
  celebrate(result.book_complete, { title: `Finished ${result.book.title}` });
}

/** Log reading (or change a session): pages read or the page reached, minutes optional. */
export function LogReadingDialog({ book, session, open, onClose }: LogReadingDialogProps) {
  const [mode, setMode] = useState<Mode>('pages');
  const [pages, setPages] = useState(session ? String(session.pages_read) : '');
  const [minutes, setMinutes] = useState(session && session.minutes > 0 ? String(session.minutes) : '');
  const [error, setError] = useState<string | null>(null);
  const log = useLogSession();
  const update = useUpdateSession();
  const pending = log.isPending || update.isPending;

  const close = () => {
    setError(null);
    if (!session) {
      setPages('');
      setMinutes('');
    }
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const max = mode === 'pages' ? SESSION_PAGES_MAX : BOOK_PAGES_MAX;
    const count = pages.trim() === '' ? null : wholeIn(pages, session ? 0 : 1, max);
    const mins = minutes.trim() === '' ? 0 : wholeIn(minutes, 0, SESSION_MINUTES_MAX);
    if (pages.trim() !== '' && count === null) return setError(`Enter a whole number from 1 to ${max}.`);
    if (mins === null) return setError(`Minutes are a whole number up to ${SESSION_MINUTES_MAX}.`);
    if (count === null && mins === 0) return setError('Enter the pages you read, or the minutes.');
    setError(null);
    const read = count === null ? {} : mode === 'pages' ? { pages: count } : { end_page: count };
    const body = { ...read, ...(mins > 0 || session ? { minutes: mins } : {}) };
    const done = {
      onSuccess: (result: SessionChangeWire) => {
        celebrateSession(result);
        close();
      },
    };
    if (session) update.mutate({ bookId: book.id, sessionId: session.id, body }, done);
    else log.mutate({ bookId: book.id, body }, done);
  };

  const where = book.total_pages ? `You are on page ${book.current_page} of ${book.total_pages}.` : undefined;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={session ? 'Change session' : `Log reading: ${book.title}`}
      description={where}
    >
      <form onSubmit={submit} className="grid gap-4" noValidate>
        <SegmentedControl<Mode>
          legend="Count by"
          hideLegend
          name="log-mode"
          size="sm"
          value={mode}
          onChange={setMode}
          options={[
            { value: 'pages', label: 'Pages read' },
            { value: 'end_page', label: 'Page reached' },
          ]}
        />
        <Field label={mode === 'pages' ? 'Pages' : 'Ended on page'} error={error}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              type="number"
              inputMode="numeric"
              min={mode === 'pages' ? 1 : book.current_page + 1}
              max={mode === 'pages' ? SESSION_PAGES_MAX : (book.total_pages ?? BOOK_PAGES_MAX)}
              value={pages}
              onChange={(e) => setPages(e.target.value)}
              data-autofocus
            />
          )}
        </Field>
        <Field label="Minutes (optional)">
          {({ id, describedBy }) => (
            <Input
              id={id}
              aria-describedby={describedBy}
              type="number"
              inputMode="numeric"
              min={0}
              max={SESSION_MINUTES_MAX}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
          )}
        </Field>
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={pending}>
            {session ? 'Save' : 'Log'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
