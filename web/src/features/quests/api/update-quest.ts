import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateQuestBody } from '#common/contracts/quests';
import { api } from '@/lib/api-client';
import { putCachedQuest, refreshQuestLists } from './cache';
import type { PersonalQuestWire } from './types';

/** PATCH /api/quests/:id: text, dates, and steps done while the quest is open. */
export function useUpdateQuest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateQuestBody & { id: string }) =>
      api.patch<PersonalQuestWire>(`/quests/${encodeURIComponent(id)}`, body),
    onSuccess: (quest) => putCachedQuest(client, quest),
    onError: () => refreshQuestLists(client),
  });
}
