import { type FormEvent, useState } from 'react';
import {
  BOOK_AUTHOR_MAX,
  BOOK_ISBN_MAX,
  BOOK_NOTES_MAX,
  BOOK_PAGES_MAX,
  BOOK_TITLE_MAX,
  type BookStatus,
} from '#common/contracts/books';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { celebrate } from '@/lib/rewards';
import type { BookWire } from '../api/types';
import { useUpdateBook } from '../api/update-book';
import { wholeIn } from '../utils';
import { ShelfField } from './shelf-field';

type Errors = Partial<Record<'title' | 'total_pages' | 'current_page', string>>;

/** A 1–5 star rating as radio buttons (none until one is picked). */
function Rating({ value, onChange }: { value: number | null; onChange: (rating: number | null) => void }) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium">Rating</legend>
      <div className="flex flex-wrap items-center gap-1">
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            className="cursor-pointer rounded-md px-1 text-xl has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent"
          >
            <input
              type="radio"
              name="rating"
              className="sr-only"
              checked={value === n}
              onChange={() => onChange(n)}
              aria-label={`${n} of 5`}
            />
            <span aria-hidden className={value !== null && n <= value ? 'text-accent-text' : 'text-muted'}>
              {value !== null && n <= value ? '★' : '☆'}
            </span>
          </label>
        ))}
        {value !== null && (
          <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
            Clear
          </Button>
        )}
      </div>
    </fieldset>
  );
}

/** The book's details, shelf, rating and notes, saved together. */
export function BookDetailsForm({ book }: { book: BookWire }) {
  const [title, setTitle] = useState(book.title);
  const [author, setAuthor] = useState(book.author ?? '');
  const [isbn, setIsbn] = useState(book.isbn ?? '');
  const [total, setTotal] = useState(book.total_pages === null ? '' : String(book.total_pages));
  const [current, setCurrent] = useState(String(book.current_page));
  const [status, setStatus] = useState<BookStatus>(book.status);
  const [rating, setRating] = useState<number | null>(book.rating);
  const [notes, setNotes] = useState(book.notes ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const update = useUpdateBook(book.id);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    const totalPages = total.trim() === '' ? null : wholeIn(total, 1, BOOK_PAGES_MAX);
    const page = wholeIn(current, 0, totalPages ?? BOOK_PAGES_MAX);
    if (!title.trim()) next.title = 'Give the book a title.';
    if (total.trim() !== '' && totalPages === null)
      next.total_pages = `Enter a whole number from 1 to ${BOOK_PAGES_MAX}.`;
    if (page === null) next.current_page = `Enter a page from 0 to ${totalPages ?? BOOK_PAGES_MAX}.`;
    setErrors(next);
    if (Object.keys(next).length > 0 || page === null) return;
    update.mutate(
      {
        title: title.trim(),
        author: author.trim() || null,
        isbn: isbn.trim() || null,
        total_pages: totalPages,
        current_page: page,
        status,
        rating,
        notes: notes.trim() || null,
      },
      { onSuccess: (result) => celebrate(result.book_complete, { title: `Finished ${result.book.title}` }) },
    );
  };

  return (
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
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Author">
          {({ id }) => (
            <Input id={id} maxLength={BOOK_AUTHOR_MAX} value={author} onChange={(e) => setAuthor(e.target.value)} />
          )}
        </Field>
        <Field label="ISBN">
          {({ id }) => (
            <Input id={id} maxLength={BOOK_ISBN_MAX} value={isbn} onChange={(e) => setIsbn(e.target.value)} />
          )}
        </Field>
        <Field label="Pages" error={errors.total_pages}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              type="number"
              inputMode="numeric"
              min={1}
              max={BOOK_PAGES_MAX}
              value={total}
              onChange={(e) => setTotal(e.target.value)}
            />
          )}
        </Field>
        <Field label="Current page" error={errors.current_page}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              type="number"
              inputMode="numeric"
              min={0}
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </Field>
        <ShelfField value={status} onChange={setStatus} />
        <Rating value={rating} onChange={setRating} />
      </div>
      <Field label="Notes">
        {({ id }) => (
          <Textarea
            id={id}
            rows={4}
            maxLength={BOOK_NOTES_MAX}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        )}
      </Field>
      <div>
        <Button type="submit" variant="primary" loading={update.isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
