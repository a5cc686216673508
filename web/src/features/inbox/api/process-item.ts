import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys, goalKeys, habitKeys, inboxKeys, noteKeys, questKeys, todayKeys } from '@/lib/query-keys';
import type { ProcessInboxBody, ProcessResultWire, ProcessTarget } from './types';

/** The query key prefix of each target's own pages, refreshed once one is made here. */
const targetKeys: Record<ProcessTarget, readonly unknown[]> = {
  habit: habitKeys.all,
  goal: goalKeys.all,
  quest: questKeys.all,
  idea: noteKeys.kind('idea'),
  infobase: noteKeys.kind('infobase'),
  calendar_event: calendarKeys.all,
};

/** POST /api/inbox/:id/process: make a habit, goal or quest from the item and archive it. */
export function useProcessItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ProcessInboxBody }) =>
      api.post<ProcessResultWire>(`/inbox/${encodeURIComponent(id)}/process`, body),
    onSuccess: (result) =>
      Promise.all([
        client.invalidateQueries({ queryKey: inboxKeys.all }),
        client.invalidateQueries({ queryKey: targetKeys[result.created.type] ?? todayKeys.all }),
      ]),
    meta: { errorToast: false }, // the dialog shows it beside the refused field
  });
}
