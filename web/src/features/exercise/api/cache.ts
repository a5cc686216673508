import type { QueryClient } from '@tanstack/react-query';
import { exerciseKeys } from '@/lib/query-keys';

/** A set write or a finish changed the session, records and stats. */
export function refreshTraining(client: QueryClient): void {
  for (const queryKey of [exerciseKeys.sessions, exerciseKeys.records, ['exercise', 'stats'], exerciseKeys.programs]) {
    void client.invalidateQueries({ queryKey });
  }
}
