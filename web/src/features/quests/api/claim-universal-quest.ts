import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questKeys } from '@/lib/query-keys';
import { celebrate } from '@/lib/rewards';
import type { QuestClaimWire, UniversalQuestWire } from './types';

/** POST /api/quests/universal/:id/claim: pays a completed quest once and celebrates it. */
export function useClaimUniversalQuest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<QuestClaimWire>(`/quests/universal/${encodeURIComponent(id)}/claim`),
    onSuccess: ({ quest, reward }) => {
      client.setQueryData<UniversalQuestWire[]>(questKeys.universal, (list) =>
        list?.map((q) => (q.id === quest.id ? quest : q)),
      );
      celebrate(reward, { title: `Quest reward: ${quest.title}` });
    },
    // A refusal (already claimed on another device, a new period began) means the list is stale.
    onError: () => client.invalidateQueries({ queryKey: questKeys.universal }),
    meta: { errorToast: false }, // the quest card shows it
  });
}
