import { type DayKey, daysBetween, zoneOffset } from '../time/day';

/**
 * The rules of the Today screen: the part of the day a greeting speaks of, the user-state flags
 * and the one recommended next action ("starter"). Pure: the service gathers the facts.
 */

/** A user whose last active day before today is this many days back or more is "returning". */
export const RETURNING_GAP_DAYS = 3;
/** A quest counts as near completion from this share of its target. */
export const NEAR_COMPLETION = 0.5;

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** Morning 5–12, afternoon 12–17, evening 17–22, night otherwise (the user's local hour). */
export function partOfDay(localHour: number): PartOfDay {
  if (localHour >= 5 && localHour < 12) return 'morning';
  if (localHour >= 12 && localHour < 17) return 'afternoon';
  if (localHour >= 17 && localHour < 22) return 'evening';
  return 'night';
}

/** The hour of the day (0–23) at `instant` in `timeZone`. */
export function localHour(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  return new Date(ms + zoneOffset(ms, timeZone)).getUTCHours();
}

/**
 * Back after a gap: the last day with any activity before today is at least three days back
 * (two or more whole days without activity). A user with no earlier activity is not returning.
 */
export function isReturning(lastDayBefore: DayKey | null, today: DayKey): boolean {
  return lastDayBefore !== null && daysBetween(lastDayBefore, today) >= RETURNING_GAP_DAYS;
}

/** The tiers of the starter, in the priority SPEC §6 gives; `fallback` when none has anything. */
export const starterTiers = ['plan', 'focus_session', 'habit', 'quest', 'review', 'fallback'] as const;
export type StarterTier = (typeof starterTiers)[number];

export interface StarterCandidate {
  tier: StarterTier;
  /** Order inside the tier, lower first (plan order, share of a quest left…). */
  rank: number;
  /** The interest this candidate serves (`focus`, `habits`, `goals`, `planning`…). */
  interest: string;
  /** The module it belongs to, for the `module_weights` setting (`planner`, `focus`, `habits`, `quests`…). */
  module: string;
  kind: string;
  title: string;
  href: string;
  ref_id: string | null;
}

/**
 * The one recommended next action: the candidate of the highest tier; inside a tier the lowest
 * rank; on a tie the module the user weighs most (`module_weights`, 1 when unset), then the one
 * serving an interest the user chose (earlier interests weigh more), then the order given. A
 * module weighed 0 is never recommended.
 */
export function chooseStarter(
  candidates: readonly StarterCandidate[],
  interests: readonly string[],
  moduleWeights: Readonly<Record<string, number>> = {},
): StarterCandidate | null {
  const interest = (c: StarterCandidate) => {
    const i = interests.indexOf(c.interest);
    return i === -1 ? interests.length : i;
  };
  const weight = (c: StarterCandidate) => moduleWeights[c.module] ?? 1;
  let best: { c: StarterCandidate; key: number[] } | null = null;
  candidates.forEach((c, order) => {
    if (weight(c) <= 0) return;
    const key = [starterTiers.indexOf(c.tier), c.rank, -weight(c), interest(c), order];
    if (!best || compare(key, best.key) < 0) best = { c, key };
  });
  return (best as { c: StarterCandidate } | null)?.c ?? null;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What the fallback tier offers when nothing else asks: each serves one interest. */
export const fallbackStarters: Omit<StarterCandidate, 'tier' | 'rank'>[] = [
  {
    interest: 'planning',
    module: 'planner',
    kind: 'generate_plan',
    title: 'Plan your day',
    href: '/today',
    ref_id: null,
  },
  {
    interest: 'focus',
    module: 'focus',
    kind: 'focus',
    title: 'Start a 25-minute focus block',
    href: '/focus?start=25',
    ref_id: null,
  },
  { interest: 'habits', module: 'habits', kind: 'habits', title: 'Set up a habit', href: '/habits', ref_id: null },
  { interest: 'goals', module: 'goals', kind: 'goals', title: 'Write down a goal', href: '/goals', ref_id: null },
];

/** A readable name and a link for an activity type ("resume last"). */
export function activityLink(type: string): { title: string; href: string } {
  switch (type) {
    case 'focus_complete':
      return { title: 'Focus session', href: '/focus' };
    case 'habit_complete':
    case 'perfect_habit_day':
      return { title: type === 'habit_complete' ? 'Habit' : 'Perfect habit day', href: '/habits' };
    case 'goal_milestone_complete':
    case 'goal_complete':
      return { title: type === 'goal_complete' ? 'Goal' : 'Goal milestone', href: '/goals' };
    case 'quest_complete':
      return { title: 'Quest', href: '/quests' };
    case 'workout_complete':
    case 'personal_record':
      return { title: type === 'workout_complete' ? 'Workout' : 'Personal record', href: '/exercise' };
    case 'reading_session':
    case 'book_complete':
      return { title: type === 'reading_session' ? 'Reading' : 'Book finished', href: '/books' };
    case 'lesson_complete':
    case 'drill_complete':
    case 'review_session':
      return {
        title: type === 'lesson_complete' ? 'Lesson' : type === 'drill_complete' ? 'Drill' : 'Review',
        href: '/learn',
      };
    case 'plan_item_complete':
      return { title: 'Plan item', href: '/today' };
    case 'track_analyzed':
      return { title: 'Track analysis', href: '/reference' };
    default:
      return { title: 'Activity', href: '/progress' };
  }
}
