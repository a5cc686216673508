import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys } from '@/lib/query-keys';
import type { CalendarEventWire, CreateEventBody } from './types';

/** POST /api/calendar. */
export function useCreateEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEventBody) => api.post<CalendarEventWire>('/calendar', body),
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.ranges }),
  });
}
