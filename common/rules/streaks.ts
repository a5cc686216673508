import { type StreakType, streakTypes } from '../enums';
import { addDays, type DayKey, daysBetween } from '../time/day';

/**
 * Streaks in the user's own days (SPEC §5): consecutive local days with activity. A missed
 * single day can be bridged (by a streak shield); the bridged day keeps the streak alive but
 * does not add to it.
 */

export interface StreakState {
  current: number;
  longest: number;
  last_active_date: DayKey | null;
  shields_used: number;
}

export const emptyStreak = (): StreakState => ({ current: 0, longest: 0, last_active_date: null, shields_used: 0 });

export type StreakChange =
  /** First active day ever, or the first after a break. */
  | 'started'
  | 'extended'
  /** Extended over one missed day. */
  | 'bridged'
  /** Already active that day, or the day is older than the last active one: nothing changes. */
  | 'unchanged';

/**
 * The single day missed between the last active day and `day`, when exactly one was missed:
 * the day a shield would have to bridge.
 */
export function missedDay(state: StreakState, day: DayKey): DayKey | null {
  if (!state.last_active_date || state.current === 0) return null;
  return daysBetween(state.last_active_date, day) === 2 ? addDays(state.last_active_date, 1) : null;
}

/** Advances a streak by activity on `day`; `canBridge` says whether a missed single day may be bridged. */
export function advanceStreak(
  state: StreakState,
  day: DayKey,
  opts: { canBridge: boolean } = { canBridge: false },
): { state: StreakState; change: StreakChange } {
  const last = state.last_active_date;
  if (last !== null && daysBetween(last, day) <= 0) return { state, change: 'unchanged' };
  const gap = last === null ? null : daysBetween(last, day);
  let current: number;
  let shields_used = state.shields_used;
  let change: StreakChange;
  if (gap === 1 && state.current > 0) {
    current = state.current + 1;
    change = 'extended';
  } else if (gap === 2 && state.current > 0 && opts.canBridge) {
    current = state.current + 1;
    shields_used += 1;
    change = 'bridged';
  } else {
    current = 1;
    change = 'started';
  }
  return {
    state: { current, longest: Math.max(state.longest, current), last_active_date: day, shields_used },
    change,
  };
}

/**
 * The streak as it reads on `today`: its value while the last active day is today or
 * yesterday, 0 once it is before yesterday, unless the one missed day (yesterday) can still be
 * bridged.
 */
export function liveStreak(
  state: StreakState,
  today: DayKey,
  opts: { canBridgeYesterday: boolean } = { canBridgeYesterday: false },
): number {
  if (!state.last_active_date || state.current === 0) return 0;
  const gap = daysBetween(state.last_active_date, today);
  if (gap <= 1) return state.current;
  if (gap === 2 && opts.canBridgeYesterday) return state.current;
  return 0;
}

/** What a streak read needs besides the streaks: the shields held and yesterday's activity. */
export interface StreakReadFacts {
  /** Streak shields the user holds. */
  shields: number;
  /** Whether the user did anything yesterday that keeps a streak alive. */
  activeYesterday: boolean;
}

/**
 * Every streak as it reads on `today` (see `liveStreak`). Yesterday, if missed, can still be
 * bridged: the daily streak by a held shield; a streak of a kind by a held shield, or by the
 * shield the daily streak already spent on yesterday when the user is back today (its current
 * ran on over a day without activity).
 */
export function streaksOn(
  states: ReadonlyMap<StreakType, StreakState>,
  today: DayKey,
  facts: StreakReadFacts,
): { type: StreakType; state: StreakState; current: number }[] {
  const dailyState = states.get('daily') ?? emptyStreak();
  const dailyGap = dailyState.last_active_date ? daysBetween(dailyState.last_active_date, today) : null;
  const activeYesterday = dailyGap === 1 || (dailyGap === 0 && facts.activeYesterday);
  const bridgedYesterday = dailyGap === 0 && dailyState.current >= 2 && !activeYesterday;
  return streakTypes.map((type) => {
    const state = states.get(type) ?? emptyStreak();
    const canBridgeYesterday =
      type === 'daily' ? facts.shields > 0 : !activeYesterday && (facts.shields > 0 || bridgedYesterday);
    return { type, state, current: liveStreak(state, today, { canBridgeYesterday }) };
  });
}
