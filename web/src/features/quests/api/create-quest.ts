import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateQuestBody } from '#common/contracts/quests';
import { api } from '@/lib/api-client';
import { refreshQuestLists } from './cache';
import type { PersonalQuestWire } from './types';

/** POST /api/quests: a new quest, offered (`active`) until accepted. */
export function useCreateQuest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateQuestBody) => api.post<PersonalQuestWire>('/quests', body),
    onSuccess: () => refreshQuestLists(client),
  });
}
