import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys } from '@/lib/query-keys';
import type { CalendarEventWire } from './types';

export const eventQueryOptions = (id: string) =>
  queryOptions({
    queryKey: calendarKeys.event(id),
    queryFn: ({ signal }) => api.get<CalendarEventWire>(`/calendar/${encodeURIComponent(id)}`, { signal }),
  });

/** GET /api/calendar/:id: the event itself (a series with its own first start). */
export function useEvent(id: string | null) {
  return useQuery({ ...eventQueryOptions(id ?? ''), enabled: id !== null });
}
