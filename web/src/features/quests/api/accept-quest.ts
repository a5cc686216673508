import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { putCachedQuest, refreshQuestLists } from './cache';
import type { PersonalQuestWire } from './types';

/** POST /api/quests/:id/accept: takes an offered quest on (active → accepted). */
export function useAcceptQuest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<PersonalQuestWire>(`/quests/${encodeURIComponent(id)}/accept`),
    onSuccess: (quest) => putCachedQuest(client, quest),
    onSettled: () => refreshQuestLists(client),
  });
}
