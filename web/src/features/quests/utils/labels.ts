import type { QuestPeriod, QuestTargetType } from '#common/enums';
import { REWARDS } from '#common/rules/rewards';
import { formatDayKey } from '@/lib/format';
import type { PersonalQuestWire } from '../api/types';

export type QuestDifficulty = PersonalQuestWire['difficulty'];

export const difficultyLabels: Record<QuestDifficulty, string> = {
  starter: 'Starter',
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
  epic: 'Epic',
};

/** What a new quest of each difficulty pays (the server fixes it the same way). */
export const difficultyReward = (d: QuestDifficulty) => REWARDS.quest[d];

export const periodLabels: Record<QuestPeriod, string> = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly' };

export const periodResets: Record<QuestPeriod, string> = {
  daily: 'New ones each day, at your day start.',
  weekly: 'New ones each Monday.',
  monthly: 'New ones on the first of the month.',
};

/** The unit a universal quest counts in, singular and plural. */
const units: Record<QuestTargetType, [string, string]> = {
  focus_minutes: ['min', 'min'],
  habits_completed: ['habit', 'habits'],
  perfect_habit_days: ['perfect day', 'perfect days'],
  exercise_minutes: ['min', 'min'],
  workouts_completed: ['workout', 'workouts'],
  reading_minutes: ['min', 'min'],
  pages_read: ['page', 'pages'],
  lessons_completed: ['lesson', 'lessons'],
  streak_days: ['day', 'days'],
  reviews_done: ['review', 'reviews'],
};

/** "12 / 25 min", "1 / 3 workouts". */
export function progressText(progress: number, target: number, type: QuestTargetType): string {
  const [one, many] = units[type];
  return `${Math.min(progress, target)} / ${target} ${target === 1 ? one : many}`;
}

/** "Weekly · 3 in a row" for a repeatable quest; null for a one-off. */
export function repeatText(q: PersonalQuestWire): string | null {
  if (!q.is_repeatable || !q.repeat_period) return null;
  const period = periodLabels[q.repeat_period];
  const unit = { daily: 'day', weekly: 'week', monthly: 'month' }[q.repeat_period];
  if (q.streak_count > 0) return `${period} · ${q.streak_count} ${unit}${q.streak_count === 1 ? '' : 's'} in a row`;
  return `Repeats ${period.toLowerCase()}`;
}

/** True when a repeatable quest is done for its current period and will re-open in the next. */
export const doneThisPeriod = (q: PersonalQuestWire): boolean =>
  q.is_repeatable && q.period_key !== null && q.last_completed_period === q.period_key;

export const dueText = (date: string) => `Due ${formatDayKey(date)}`;
