import type { PlanItemKind } from '../contracts/plan';

/**
 * The rules of the daily plan: what a generated plan holds, how re-generating merges into the
 * plan the user already has, and where each item leads in the web app. Pure; the service
 * gathers the sources and applies the result in one transaction.
 */

/** The focus block a generated plan starts with, in minutes (shorter in reduced mode). */
export const FOCUS_BLOCK_MINUTES = 25;
export const REDUCED_FOCUS_BLOCK_MINUTES = 15;
/** In reduced mode (a user back after a gap) a generated plan holds at most this many habits and quests. */
export const REDUCED_HABITS = 2;
export const REDUCED_QUESTS = 1;

/** Something the generator would put in the plan, from one source. */
export interface PlanCandidate {
  kind: PlanItemKind;
  /** Null for the generated focus block and review item (one of each a day). */
  ref_id: string | null;
  title: string;
  details: string | null;
  duration_minutes: number | null;
  scheduled_at: Date | null;
  /** The source is already done for the day (a habit completed): an open item is ticked, none is added. */
  done: boolean;
}

/** The part of a stored item the merge looks at. */
export interface MergeItem {
  id: string;
  kind: string;
  ref_id: string | null;
  source: string;
  completed_at: Date | null;
}

export interface PlanMerge {
  /** New candidates, in order, to append after the items kept. */
  insert: PlanCandidate[];
  /** Open generated items whose source still asks for them: their title and times refreshed. */
  refresh: { id: string; candidate: PlanCandidate }[];
  /** Open generated items whose source is done: ticked without a reward (the source paid). */
  complete: string[];
  /** Open generated items whose source is gone (deleted, archived, no longer due, cancelled). */
  remove: string[];
}

const keyOf = (kind: string, refId: string | null) => `${kind}:${refId ?? ''}`;

/**
 * Merges freshly generated candidates into a plan by (kind, ref_id). Items completed or added by
 * hand are always kept as they are; nothing is ever duplicated.
 */
export function mergePlan(existing: readonly MergeItem[], candidates: readonly PlanCandidate[]): PlanMerge {
  const wanted = new Map<string, PlanCandidate>();
  for (const c of candidates) {
    const key = keyOf(c.kind, c.ref_id);
    if (!wanted.has(key)) wanted.set(key, c);
  }
  const merge: PlanMerge = { insert: [], refresh: [], complete: [], remove: [] };
  const present = new Set<string>();
  for (const item of existing) {
    // Hand-added items never take a generated item's place (a hand-added focus block has no ref).
    if (item.source !== 'generated') {
      if (item.ref_id) present.add(keyOf(item.kind, item.ref_id));
      continue;
    }
    const key = keyOf(item.kind, item.ref_id);
    present.add(key);
    if (item.completed_at) continue;
    const c = wanted.get(key);
    if (!c) merge.remove.push(item.id);
    else if (c.done) merge.complete.push(item.id);
    else merge.refresh.push({ id: item.id, candidate: c });
  }
  for (const [key, c] of wanted) {
    if (!present.has(key) && !c.done) merge.insert.push(c);
  }
  return merge;
}

/**
 * What a generated plan holds, in order: the focus block, the day's calendar events by start
 * (a scheduled workout among them), habits due and not done, the book being read, the reviews
 * due that day, quests in progress. Reduced mode keeps it short.
 */
export function orderCandidates(
  sources: {
    events: PlanCandidate[];
    habits: PlanCandidate[];
    reading: PlanCandidate[];
    reviews: PlanCandidate[];
    quests: PlanCandidate[];
  },
  reduced: boolean,
): PlanCandidate[] {
  const focus: PlanCandidate = {
    kind: 'focus',
    ref_id: null,
    title: 'Focus block',
    details: null,
    duration_minutes: reduced ? REDUCED_FOCUS_BLOCK_MINUTES : FOCUS_BLOCK_MINUTES,
    scheduled_at: null,
    done: false,
  };
  const events = [...sources.events].sort(
    (a, b) => (a.scheduled_at?.getTime() ?? 0) - (b.scheduled_at?.getTime() ?? 0),
  );
  const openHabits = sources.habits.filter((h) => !h.done);
  const doneHabits = sources.habits.filter((h) => h.done);
  // Done habits stay listed so the merge can tick their items; the cap applies to open ones.
  const habits = reduced ? [...openHabits.slice(0, REDUCED_HABITS), ...doneHabits] : sources.habits;
  const quests = reduced ? sources.quests.slice(0, REDUCED_QUESTS) : sources.quests;
  return [focus, ...events, ...habits, ...sources.reading, ...sources.reviews, ...quests];
}

/** Where the web app goes to act on an item. */
export function planItemHref(item: {
  kind: string;
  ref_id: string | null;
  duration_minutes: number | null;
}): string | null {
  switch (item.kind) {
    case 'focus':
      return `/focus?start=${item.duration_minutes ?? FOCUS_BLOCK_MINUTES}`;
    case 'habit':
      return '/habits';
    case 'quest':
    case 'universal_quest':
      return '/quests';
    case 'goal':
      return item.ref_id ? `/goals/${item.ref_id}` : '/goals';
    case 'event':
      return '/planner';
    case 'workout':
      return '/exercise';
    case 'reading':
      return item.ref_id ? `/books/${item.ref_id}` : '/books';
    case 'review':
      return '/learn/review';
    default:
      return null;
  }
}
