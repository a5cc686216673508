import { z } from 'zod';
import { personalQuestStatuses, questDifficulties, questPeriods } from '../enums';
import { dateKey, pageQuery, timestamp } from './base';
import { questClaim, rewardOutcome, universalQuestState } from './gamification';
import { longText, text } from './text';

/**
 * Quests (`/api/quests`, SPEC §6 Quests; rules in docs/RULES.md): the user's personal quests and
 * the universal quests of the game layer, served here.
 */

export const questDifficulty = z.enum(questDifficulties);
export const questStatus = z.enum(personalQuestStatuses);
export const questPeriod = z.enum(questPeriods);

export const personalQuest = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  difficulty: questDifficulty,
  /** active → accepted → completed; active|accepted → abandoned. */
  status: questStatus,
  /** Fixed from the difficulty when the quest was created. */
  xp_reward: z.number().int(),
  coin_reward: z.number().int(),
  /** Steps done towards `target` (reset when a repeatable quest re-opens). */
  progress: z.number().int(),
  target: z.number().int(),
  due_date: dateKey.nullable(),
  is_repeatable: z.boolean(),
  repeat_period: questPeriod.nullable(),
  /** The current period of a repeatable quest in the user's days (`2026-03-14`, `2026-W11`, `2026-03`). */
  period_key: z.string().nullable(),
  /** Consecutive completed periods up to the current or the previous one; 0 once a period was missed. */
  streak_count: z.number().int(),
  longest_streak: z.number().int(),
  last_completed_period: z.string().nullable(),
  accepted_at: timestamp.nullable(),
  completed_at: timestamp.nullable(),
  abandoned_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type PersonalQuest = z.output<typeof personalQuest>;

const questFields = {
  title: text(200).min(1),
  description: longText(5000).nullable(),
  category: text(50).min(1).nullable(),
  due_date: dateKey.nullable(),
  target: z.number().int().min(1).max(10_000),
  progress: z.number().int().min(0).max(10_000),
};

/**
 * A new quest starts `active` (offered, not yet accepted). Its reward comes from the difficulty;
 * a `repeat_period` makes it repeatable (`is_repeatable` follows it).
 */
export const createQuestBody = z.strictObject({
  title: questFields.title,
  description: questFields.description.optional(),
  category: questFields.category.optional(),
  difficulty: questDifficulty.default('starter'),
  target: questFields.target.default(1),
  due_date: questFields.due_date.optional(),
  repeat_period: questPeriod.nullable().optional(),
});
export type CreateQuestBody = z.input<typeof createQuestBody>;

/**
 * Text and dates change at any time; `target` and `progress` only while the quest is open
 * (409 otherwise), with `progress` ≤ `target`. Difficulty and repetition are fixed at creation.
 */
export const updateQuestBody = z.strictObject(questFields).partial();
export type UpdateQuestBody = z.input<typeof updateQuestBody>;

/** Newest first; `status=open` means active or accepted. */
export const questListQuery = pageQuery.extend({
  status: z.enum([...personalQuestStatuses, 'open']).optional(),
});
export type QuestListQuery = z.input<typeof questListQuery>;

/** A completed quest and what it paid (`duplicate` when it had been paid before). */
export const questCompletion = z.object({ quest: personalQuest, reward: rewardOutcome });
export type QuestCompletion = z.output<typeof questCompletion>;

export type { UniversalQuestState } from './gamification';
/** Universal quests with the user's progress in the current period, and a claim's answer. */
export { questClaim, universalQuestState };
export type QuestClaim = z.output<typeof questClaim>;
