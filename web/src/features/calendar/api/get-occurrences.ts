import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys } from '@/lib/query-keys';
import type { CalendarItemWire } from './types';

export const occurrencesQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: calendarKeys.range(from, to),
    queryFn: async ({ signal }) =>
      (await api.page<CalendarItemWire>('/calendar', { query: { from, to }, signal })).data,
  });

/** GET /api/calendar?from=&to=: one item per occurrence in the range, by start. */
export function useOccurrences(from: string, to: string) {
  return useQuery({ ...occurrencesQueryOptions(from, to), placeholderData: (previous) => previous });
}
