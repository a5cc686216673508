/** Query keys of the quests feature; every one starts with `quests` (refreshed after each reward). */
export type QuestListFilter = 'open' | 'completed' | 'abandoned';

export const questKeys = {
  all: ['quests'] as const,
  universal: ['quests', 'universal'] as const,
  lists: ['quests', 'list'] as const,
  list: (filter: QuestListFilter) => ['quests', 'list', filter] as const,
};
