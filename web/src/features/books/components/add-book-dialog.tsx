import { type FormEvent, useState } from 'react';
import { BOOK_AUTHOR_MAX, BOOK_PAGES_MAX, BOOK_TITLE_MAX, type BookStatus } from '#common/contracts/books';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/field';
import { celebrate } from '@/lib/rewards';
import { useCreateBook } from '../api/create-book';
import { wholeIn } from '../utils';
import { ShelfField } from './shelf-field';

interface AddBookDialogProps {
  open: boolean;
  onClose: () => void;
  /** The shelf a new book goes to unless another is picked. */
  shelf: BookStatus;
}

/** Adds a book: a title, and the author, length and shelf if known. */
export function AddBookDialog({ open, onClose, shelf }: AddBookDialogProps) {
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [pages, setPages] = useState('');
  const [status, setStatus] = useState<BookStatus>(shelf);
  const [errors, setErrors] = useState<{ title?: string; pages?: string }>({});
  const create = useCreateBook();

  const close = () => {
    setTitle('');
    setAuthor('');
    setPages('');
    setErrors({});
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const total = pages.trim() === '' ? null : wholeIn(pages, 1, BOOK_PAGES_MAX);
    const next: typeof errors = {};
    if (!title.trim()) next.title = 'Give the book a title.';
    if (pages.trim() !== '' && total === null) next.pages = `Enter a whole number from 1 to ${BOOK_PAGES_MAX}.`;
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    create.mutate(
      { title: title.trim(), author: author.trim() || null, total_pages: total, status },
      {
        onSuccess: (result) => {
          celebrate(result.book_complete, { title: 'Book finished' });
          close();
        },
      },
    );
  };

  return (
    <Dialog open={open} onClose={close} title="Add a book">
      <form onSubmit={submit} className="grid gap-4" noValidate>
        <Field label="Title" error={errors.title}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              maxLength={BOOK_TITLE_MAX}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              data-autofocus
            />
          )}
        </Field>
        <Field label="Author (optional)">
          {({ id }) => (
            <Input id={id} maxLength={BOOK_AUTHOR_MAX} value={author} onChange={(e) => setAuthor(e.target.value)} />
          )}
        </Field>
        <Field label="Pages (optional)" error={errors.pages}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              type="number"
              inputMode="numeric"
              min={1}
              max={BOOK_PAGES_MAX}
              value={pages}
              onChange={(e) => setPages(e.target.value)}
            />
          )}
        </Field>
        <ShelfField value={status} onChange={setStatus} />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending}>
            Add book
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
