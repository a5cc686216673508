import type { ActivityEventType, QuestTargetType, StreakType, totalMetrics } from '../enums';
import { fact, focusedMinutes } from './rewards';

/**
 * What an activity event counts towards besides its reward: streaks, universal-quest targets
 * and the lifetime totals achievements watch. Pure; the game layer applies it.
 */

export type TotalMetric = (typeof totalMetrics)[number];

// As in the reward rules: anything but a break is focus time.
const isFocus = (data: Record<string, unknown>) => data.mode !== 'short_break' && data.mode !== 'long_break';

/** Opening the app is noted but keeps no streak alive; every other activity does. */
export const countsForDailyStreak = (type: ActivityEventType): boolean => type !== 'daily_login';

/** The streak of its own kind an event extends, besides `daily`. */
export function streakTypeOf(type: ActivityEventType, data: Record<string, unknown> = {}): StreakType | null {
  switch (type) {
    case 'focus_complete':
      return isFocus(data) ? 'focus' : null;
    case 'habit_complete':
    case 'perfect_habit_day':
      return 'habit';
    case 'workout_complete':
    case 'personal_record':
      return 'workout';
    case 'reading_session':
    case 'book_complete':
      return 'reading';
    case 'lesson_complete':
    case 'drill_complete':
    case 'review_session':
      return 'learning';
    default:
      return null;
  }
}

/**
 * How much an event adds to each universal-quest target type. `streak_days` is not additive:
 * it follows the daily streak and is set by the game layer.
 */
export function questContributions(
  type: ActivityEventType,
  data: Record<string, unknown> = {},
): Partial<Record<QuestTargetType, number>> {
  switch (type) {
    case 'focus_complete':
      return isFocus(data) ? { focus_minutes: focusedMinutes(data) } : {};
    case 'habit_complete':
      return { habits_completed: 1 };
    case 'perfect_habit_day':
      return { perfect_habit_days: 1 };
    case 'workout_complete':
      return { workouts_completed: 1, exercise_minutes: fact(data, 'minutes') };
    case 'reading_session':
      return { pages_read: fact(data, 'pages'), reading_minutes: fact(data, 'minutes') };
    case 'lesson_complete':
      return { lessons_completed: 1 };
    case 'review_session':
      return { reviews_done: 1 };
    default:
      return {};
  }
}

/** How much an event adds to each lifetime total (`coins_earned` follows the wallet instead). */
export function metricContributions(
  type: ActivityEventType,
  data: Record<string, unknown> = {},
): Partial<Record<TotalMetric, number>> {
  switch (type) {
    case 'focus_complete':
      return isFocus(data) ? { focus_minutes: focusedMinutes(data) } : {};
    case 'workout_complete':
      return { exercise_minutes: fact(data, 'minutes') };
    case 'reading_session':
      return { pages_read: fact(data, 'pages'), reading_minutes: fact(data, 'minutes') };
    default:
      return {};
  }
}

/** The length of an event in seconds, for `count` achievements with a `min_duration`. */
export function durationSeconds(type: ActivityEventType, data: Record<string, unknown> = {}): number {
  switch (type) {
    case 'focus_complete':
      return fact(data, 'focused_seconds');
    case 'workout_complete':
    case 'reading_session':
      return fact(data, 'minutes') * 60;
    default:
      return fact(data, 'duration_seconds');
  }
}
