import type { QueryClient } from '@tanstack/react-query';
import { learnKeys } from '@/lib/query-keys';

/** A quiz, a round or a review changed progress: every Learn read is read again. */
export function refreshLearn(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: learnKeys.all });
}
