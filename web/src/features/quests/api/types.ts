import type { z } from 'zod';
import type { personalQuest, questClaim, questCompletion, universalQuestState } from '#common/contracts/quests';

/** The wire shapes (timestamps as strings). */
export type PersonalQuestWire = z.input<typeof personalQuest>;
export type UniversalQuestWire = z.input<typeof universalQuestState>;
export type QuestClaimWire = z.input<typeof questClaim>;
export type QuestCompletionWire = z.input<typeof questCompletion>;

/** The personal quest lists a user can switch between. */
export type QuestListFilter = 'open' | 'completed' | 'abandoned';
