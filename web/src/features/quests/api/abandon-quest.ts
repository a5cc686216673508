import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { putCachedQuest, refreshQuestLists } from './cache';
import type { PersonalQuestWire } from './types';

/** POST /api/quests/:id/abandon: gives a quest up (active or accepted → abandoned); no reward. */
export function useAbandonQuest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<PersonalQuestWire>(`/quests/${encodeURIComponent(id)}/abandon`),
    onSuccess: (quest) => putCachedQuest(client, quest),
    onSettled: () => refreshQuestLists(client),
  });
}
