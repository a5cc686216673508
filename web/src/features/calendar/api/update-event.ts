import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys } from '@/lib/query-keys';
import type { CalendarEventWire, UpdateEventBody } from './types';

/** PATCH /api/calendar/:id: the event, or a whole series. */
export function useUpdateEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateEventBody }) =>
      api.patch<CalendarEventWire>(`/calendar/${encodeURIComponent(id)}`, body),
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
