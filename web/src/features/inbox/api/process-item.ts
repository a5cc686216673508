import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { inboxKeys } from './keys';
import type { ProcessInboxBody, ProcessResultWire } from './types';

/** The query key prefix of each target's own pages, refreshed once one is made here. */
const targetKeys: Record<string, readonly string[]> = {
  habit: ['habits'],
  goal: ['goals'],
  quest: ['quests'],
  idea: ['ideas'],
  infobase: ['infobase'],
  calendar_event: ['calendar'],
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
        client.invalidateQueries({ queryKey: targetKeys[result.created.type] ?? ['today'] }),
      ]),
  });
}
