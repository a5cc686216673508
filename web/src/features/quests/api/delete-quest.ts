import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshQuestLists } from './cache';

/** DELETE /api/quests/:id: removes the quest (what it paid stays in the ledger). */
export function useDeleteQuest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/quests/${encodeURIComponent(id)}`),
    onSettled: () => refreshQuestLists(client),
  });
}
