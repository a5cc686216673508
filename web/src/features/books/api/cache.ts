import type { QueryClient } from '@tanstack/react-query';
import { bookKeys } from '@/lib/query-keys';

/** A write changed a book: its shelves, its page and the stats read again. */
export function refreshBooks(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: bookKeys.all });
}
