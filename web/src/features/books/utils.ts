import type { BookStatus } from '#common/contracts/books';

/** The shelves in the order they are shown. */
export const shelves: { status: BookStatus; label: string }[] = [
  { status: 'reading', label: 'Reading' },
  { status: 'want_to_read', label: 'Want to read' },
  { status: 'finished', label: 'Finished' },
  { status: 'abandoned', label: 'Abandoned' },
];

export const statusLabel = (status: BookStatus) => shelves.find((s) => s.status === status)?.label ?? status;

/** "120 of 412 pages", "page 30", or nothing yet. */
export function pagesText(book: { current_page: number; total_pages: number | null }): string {
  if (book.total_pages !== null) return `${book.current_page} of ${book.total_pages} pages`;
  return book.current_page > 0 ? `Page ${book.current_page}` : 'Not started';
}

/** A whole number typed in a field within bounds, or null. */
export function wholeIn(text: string, min: number, max: number): number | null {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}
