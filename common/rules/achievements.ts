import type { AchievementTrigger } from '../catalogue';
import type { ActivityEventType, StreakType } from '../enums';
import type { TotalMetric } from './activity';

/**
 * Achievement progress from the user's facts (SPEC §5): `count` of an event (optionally each at
 * least `min_duration` seconds long), the longest `streak` of a type, the `level`, a lifetime
 * `total`. Pure; the game layer gathers the facts.
 */

export interface AchievementFacts {
  /** Events per type; with a minimum duration under `countKey(event, min)`. */
  counts: Partial<Record<string, number>>;
  /** Longest streak ever, per type (an achievement reached once stays reached). */
  streaks: Partial<Record<StreakType, number>>;
  level: number;
  totals: Partial<Record<TotalMetric, number>>;
}

export const countKey = (event: ActivityEventType, minDuration?: number) =>
  minDuration ? `${event}@${minDuration}` : event;

export interface Progress {
  progress: number;
  target: number;
  /** Where progress starts (1 for levels: everyone is level 1), for comparing how near each is. */
  start?: number;
}

/** How far the user is towards an achievement; `progress` is capped at `target`. */
export function achievementProgress(trigger: AchievementTrigger, facts: AchievementFacts): Progress {
  let progress: number;
  let target: number;
  switch (trigger.trigger_type) {
    case 'count':
      progress = facts.counts[countKey(trigger.trigger_config.event, trigger.trigger_config.min_duration)] ?? 0;
      target = trigger.trigger_config.count;
      break;
    case 'streak':
      progress = facts.streaks[trigger.trigger_config.streak_type] ?? 0;
      target = trigger.trigger_config.days;
      break;
    case 'level':
      return {
        progress: Math.min(facts.level, trigger.trigger_config.level),
        target: trigger.trigger_config.level,
        start: 1,
      };
    case 'total':
      progress = facts.totals[trigger.trigger_config.metric] ?? 0;
      target = trigger.trigger_config.amount;
      break;
  }
  return { progress: Math.max(0, Math.min(progress, target)), target };
}

export const isReached = (p: Progress) => p.progress >= p.target;

const eventNouns: Record<ActivityEventType, [string, string]> = {
  focus_complete: ['focus session', 'focus sessions'],
  habit_complete: ['habit completion', 'habit completions'],
  perfect_habit_day: ['perfect habit day', 'perfect habit days'],
  goal_milestone_complete: ['milestone', 'milestones'],
  goal_complete: ['goal', 'goals'],
  quest_complete: ['quest', 'quests'],
  workout_complete: ['workout', 'workouts'],
  personal_record: ['personal record', 'personal records'],
  reading_session: ['reading session', 'reading sessions'],
  book_complete: ['book', 'books'],
  lesson_complete: ['lesson', 'lessons'],
  drill_complete: ['drill', 'drills'],
  review_session: ['review', 'reviews'],
  plan_item_complete: ['plan item', 'plan items'],
  track_analyzed: ['track analysed', 'tracks analysed'],
  daily_login: ['visit', 'visits'],
};

const metricNouns: Record<TotalMetric, string> = {
  focus_minutes: 'focus minutes',
  pages_read: 'pages read',
  reading_minutes: 'reading minutes',
  exercise_minutes: 'exercise minutes',
  coins_earned: 'coins earned',
};

const streakNouns: Record<StreakType, string> = {
  daily: 'days in a row',
  focus: 'focus days in a row',
  habit: 'habit days in a row',
  workout: 'workout days in a row',
  reading: 'reading days in a row',
  learning: 'learning days in a row',
};

/** A short label of the progress, e.g. "7/10 focus sessions" or "Level 3/5". */
export function progressLabel(trigger: AchievementTrigger, p: Progress): string {
  const n = `${p.progress}/${p.target}`;
  switch (trigger.trigger_type) {
    case 'count': {
      const [one, many] = eventNouns[trigger.trigger_config.event];
      const noun = p.target === 1 ? one : many;
      const min = trigger.trigger_config.min_duration;
      return min ? `${n} ${noun} of ${Math.ceil(min / 60)}+ minutes` : `${n} ${noun}`;
    }
    case 'streak':
      return `${n} ${streakNouns[trigger.trigger_config.streak_type]}`;
    case 'level':
      return `Level ${n}`;
    case 'total':
      return `${n} ${metricNouns[trigger.trigger_config.metric]}`;
  }
}

/**
 * The achievement to tease: the unearned one the user is proportionally closest to, then the
 * one with the least left to do, then catalogue order.
 */
export function nearest<T extends Progress & { sort_order: number }>(candidates: T[]): T | null {
  const share = (p: Progress) => (p.progress - (p.start ?? 0)) / Math.max(1, p.target - (p.start ?? 0));
  let best: T | null = null;
  for (const c of candidates) {
    if (!best) {
      best = c;
      continue;
    }
    const [a, b] = [share(c), share(best)];
    const [leftC, leftBest] = [c.target - c.progress, best.target - best.progress];
    if (a > b || (a === b && (leftC < leftBest || (leftC === leftBest && c.sort_order < best.sort_order)))) best = c;
  }
  return best;
}
