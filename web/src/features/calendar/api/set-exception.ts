import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys } from '@/lib/query-keys';
import type { ExceptionBody } from './types';

/** POST /api/calendar/:id/exceptions: edit or cancel one occurrence of a series. */
export function useSetException() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ExceptionBody }) =>
      api.post(`/calendar/${encodeURIComponent(id)}/exceptions`, body),
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
