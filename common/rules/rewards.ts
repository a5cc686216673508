import type { ActivityEventType, questDifficulties, SkillKey } from '../enums';

/**
 * The default rewards of the game layer (SPEC §5), in one table. Domains report facts in the
 * event's `data`; a domain that fixes the reward per item (personal quests, lessons) passes it
 * instead. An active XP boost multiplies XP only.
 */

export interface Reward {
  xp: number;
  coins: number;
}

export type QuestDifficulty = (typeof questDifficulties)[number];

export const REWARDS = {
  focus: { xp_per_minute: 1, minutes_per_coin: 5, min_xp: 5, min_coins: 1 },
  short_break: { xp: 2, coins: 0 },
  long_break: { xp: 3, coins: 1 },
  habit: { xp: 5, coins: 1, bonus_at_streaks: [7, 14, 30, 60, 100, 365] as readonly number[] },
  perfect_habit_day: { xp: 10, coins: 2 },
  goal_milestone: { xp: 10, coins: 0 },
  goal: { xp: 50, coins: 20 },
  quest: {
    starter: { xp: 10, coins: 5 },
    easy: { xp: 25, coins: 10 },
    medium: { xp: 50, coins: 25 },
    hard: { xp: 100, coins: 50 },
    epic: { xp: 250, coins: 100 },
  } satisfies Record<QuestDifficulty, Reward>,
  workout: { xp_per_minute: 1, max_xp: 120, sets_per_coin: 5, min_coins: 1 },
  personal_record: { xp: 25, coins: 0 },
  reading: { pages_per_xp: 5, min_xp: 1, pages_per_coin: 10 },
  book: { xp: 50, coins: 20 },
  /** A lesson pays its own reward (the lesson row's); these are the table's defaults. */
  lesson: { xp: 15, coins: 5 },
  /** A drill's full reward is the drill's own (defaults below); half at ≥ 60, else 1 XP. */
  drill: { full_at: 80, half_at: 60, xp: 10, coins: 2, fallback_xp: 1 },
  review_session: { xp: 15, coins: 0 },
  plan_item: { xp: 2, coins: 0 },
  track_analyzed: { xp: 5, coins: 1 },
  /** Opening the app is noted, not paid: it would make every streak free. */
  daily_login: { xp: 0, coins: 0 },
} as const;

/** A non-negative whole number from an event fact, or 0 when missing or malformed. */
export function fact(data: Record<string, unknown> | undefined, key: string): number {
  const v = data?.[key];
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

function focusMode(data: Record<string, unknown> | undefined): 'focus' | 'short_break' | 'long_break' {
  const mode = data?.mode;
  return mode === 'short_break' || mode === 'long_break' ? mode : 'focus';
}

function difficulty(data: Record<string, unknown> | undefined): QuestDifficulty {
  const d = data?.difficulty;
  return typeof d === 'string' && Object.hasOwn(REWARDS.quest, d) ? (d as QuestDifficulty) : 'starter';
}

/** Focused minutes of a focus event (whole minutes of `focused_seconds`). */
export const focusedMinutes = (data: Record<string, unknown> | undefined) =>
  Math.floor(fact(data, 'focused_seconds') / 60);

/** The reward an event earns by the default rules, before any boost. */
export function defaultReward(type: ActivityEventType, data: Record<string, unknown> = {}): Reward {
  switch (type) {
    case 'focus_complete': {
      const mode = focusMode(data);
      if (mode !== 'focus') return { ...REWARDS[mode] };
      const r = REWARDS.focus;
      const minutes = focusedMinutes(data);
      return {
        xp: Math.max(r.min_xp, minutes * r.xp_per_minute),
        coins: Math.max(r.min_coins, Math.floor(minutes / r.minutes_per_coin)),
      };
    }
    case 'habit_complete': {
      const r = REWARDS.habit;
      const streak = fact(data, 'streak');
      const bonus = r.bonus_at_streaks.includes(streak) ? streak : 0;
      return { xp: r.xp + bonus, coins: r.coins };
    }
    case 'perfect_habit_day':
      return { ...REWARDS.perfect_habit_day };
    case 'goal_milestone_complete':
      return { ...REWARDS.goal_milestone };
    case 'goal_complete':
      return { ...REWARDS.goal };
    case 'quest_complete':
      return { ...REWARDS.quest[difficulty(data)] };
    case 'workout_complete': {
      const r = REWARDS.workout;
      return {
        xp: Math.min(r.max_xp, fact(data, 'minutes') * r.xp_per_minute),
        coins: Math.max(r.min_coins, Math.floor(fact(data, 'sets') / r.sets_per_coin)),
      };
    }
    case 'personal_record':
      return { ...REWARDS.personal_record };
    case 'reading_session': {
      const r = REWARDS.reading;
      const pages = fact(data, 'pages');
      return {
        xp: Math.max(r.min_xp, Math.floor(pages / r.pages_per_xp)),
        coins: Math.floor(pages / r.pages_per_coin),
      };
    }
    case 'book_complete':
      return { ...REWARDS.book };
    case 'lesson_complete':
      return ownReward(data, REWARDS.lesson);
    case 'drill_complete': {
      const r = REWARDS.drill;
      const full = ownReward(data, r);
      const score = fact(data, 'score');
      if (score >= r.full_at) return full;
      if (score >= r.half_at) return { xp: Math.floor(full.xp / 2), coins: Math.floor(full.coins / 2) };
      return { xp: r.fallback_xp, coins: 0 };
    }
    case 'review_session':
      return { ...REWARDS.review_session };
    case 'plan_item_complete':
      return { ...REWARDS.plan_item };
    case 'track_analyzed':
      return { ...REWARDS.track_analyzed };
    case 'daily_login':
      return { ...REWARDS.daily_login };
  }
}

/** The item's own reward (`xp_reward` / `coin_reward` facts) where given, else the default. */
function ownReward(data: Record<string, unknown>, fallback: Reward): Reward {
  return {
    xp: typeof data.xp_reward === 'number' ? fact(data, 'xp_reward') : fallback.xp,
    coins: typeof data.coin_reward === 'number' ? fact(data, 'coin_reward') : fallback.coins,
  };
}

/** An XP boost multiplies XP (rounded half up); coins are untouched. */
export function applyBoost(reward: Reward, multiplier: number): Reward {
  if (!(multiplier > 1)) return reward;
  return { xp: Math.round(reward.xp * multiplier), coins: reward.coins };
}

/** Stars per skill level and the cap, unless a skill definition says otherwise. */
export const STARS_PER_LEVEL = 10;
export const MAX_SKILL_LEVEL = 100;

/** The skill level `stars` give, capped. */
export function skillLevel(stars: number, starsPerLevel = STARS_PER_LEVEL, maxLevel = MAX_SKILL_LEVEL): number {
  return Math.min(maxLevel, Math.floor(Math.max(0, stars) / starsPerLevel));
}

/**
 * The skill an event trains and how many stars it grants: focus → focus, habits and plans →
 * discipline, workouts → strength (sets) or endurance (time only), reading and lessons →
 * knowledge, ear training and track study → creativity.
 */
export function skillStars(
  type: ActivityEventType,
  data: Record<string, unknown> = {},
): { skill: SkillKey; stars: number } | null {
  switch (type) {
    case 'focus_complete':
      // A star per half hour of focus (at least one); breaks train nothing.
      return focusMode(data) === 'focus'
        ? { skill: 'focus', stars: Math.max(1, Math.floor(focusedMinutes(data) / 30)) }
        : null;
    case 'habit_complete':
    case 'plan_item_complete':
    case 'goal_milestone_complete':
    case 'quest_complete':
      return { skill: 'discipline', stars: 1 };
    case 'perfect_habit_day':
      return { skill: 'discipline', stars: 2 };
    case 'goal_complete':
      return { skill: 'discipline', stars: 3 };
    case 'workout_complete':
      return fact(data, 'sets') > 0 ? { skill: 'strength', stars: 1 } : { skill: 'endurance', stars: 1 };
    case 'personal_record':
      return { skill: 'strength', stars: 1 };
    case 'reading_session':
    case 'lesson_complete':
    case 'review_session':
      return { skill: 'knowledge', stars: 1 };
    case 'book_complete':
      return { skill: 'knowledge', stars: 3 };
    case 'drill_complete':
    case 'track_analyzed':
      return { skill: 'creativity', stars: 1 };
    case 'daily_login':
      return null;
  }
}
