import type { personalQuestStatuses, QuestPeriod } from '../enums';
import { addDays, type DayKey, monthKey, weekKey, weekStart } from '../time/day';
import { type QuestDifficulty, REWARDS, type Reward } from './rewards';

/**
 * Personal quest rules (SPEC §6 Quests, docs/RULES.md): the state machine, the reward fixed
 * from the difficulty, and the periods and streaks of repeatable quests. Pure.
 */

export type PersonalQuestStatus = (typeof personalQuestStatuses)[number];
export type QuestAction = 'accept' | 'complete' | 'abandon';

/** The reward a new quest of this difficulty carries (fixed on the quest when it is created). */
export function questReward(difficulty: QuestDifficulty): Reward {
  return { ...REWARDS.quest[difficulty] };
}

const transitions: Record<QuestAction, Partial<Record<PersonalQuestStatus, PersonalQuestStatus>>> = {
  accept: { active: 'accepted' },
  complete: { accepted: 'completed' },
  abandon: { active: 'abandoned', accepted: 'abandoned' },
};

/** active → accepted → completed, active|accepted → abandoned; null for any other move. */
export function nextStatus(status: PersonalQuestStatus, action: QuestAction): PersonalQuestStatus | null {
  return transitions[action][status] ?? null;
}

/** The period a user-day falls in: `2026-03-14`, `2026-W11` or `2026-03`. */
export function periodOfDay(period: QuestPeriod, day: DayKey): string {
  return period === 'daily' ? day : period === 'weekly' ? weekKey(day) : monthKey(day);
}

/** The period just before the one `day` falls in. */
export function previousPeriodOfDay(period: QuestPeriod, day: DayKey): string {
  if (period === 'daily') return addDays(day, -1);
  if (period === 'weekly') return weekKey(addDays(weekStart(day), -1));
  return monthKey(addDays(`${monthKey(day)}-01`, -1));
}

export interface QuestStreak {
  streak_count: number;
  longest_streak: number;
  last_completed_period: string | null;
}

/**
 * The streak as of `day`: the stored count while the last completion is in this period or the
 * one before, else 0 (a period went by without a completion).
 */
export function liveStreak(q: QuestStreak, period: QuestPeriod, day: DayKey): number {
  const last = q.last_completed_period;
  const alive = last === periodOfDay(period, day) || last === previousPeriodOfDay(period, day);
  return alive ? q.streak_count : 0;
}

/** The streak after a completion on `day`: one more when the previous period was completed, else 1. */
export function streakAfterCompletion(q: QuestStreak, period: QuestPeriod, day: DayKey): QuestStreak {
  const current = periodOfDay(period, day);
  if (q.last_completed_period === current) return q;
  const streak_count = q.last_completed_period === previousPeriodOfDay(period, day) ? q.streak_count + 1 : 1;
  return {
    streak_count,
    longest_streak: Math.max(q.longest_streak, streak_count),
    last_completed_period: current,
  };
}
