import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { celebrate } from '@/lib/rewards';
import { putCachedQuest, refreshQuestLists } from './cache';
import type { QuestCompletionWire } from './types';

/** POST /api/quests/:id/complete: finishes an accepted quest, pays its reward and celebrates it. */
export function useCompleteQuest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<QuestCompletionWire>(`/quests/${encodeURIComponent(id)}/complete`),
    onSuccess: ({ quest, reward }) => {
      putCachedQuest(client, quest);
      celebrate(reward, { title: `Quest complete: ${quest.title}` });
    },
    onSettled: () => refreshQuestLists(client),
  });
}
