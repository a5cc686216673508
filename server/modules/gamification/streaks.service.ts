import type { ActivityEventType, StreakType } from '#common/enums';
import { countsForDailyStreak, streakTypeOf } from '#common/rules/activity';
import { advanceStreak, emptyStreak, missedDay, type StreakState } from '#common/rules/streaks';
import type { DayKey } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import type { Account } from './account.service';
import * as progress from './progress.repo';
import * as purchases from './purchases.repo';

/**
 * Streak shields. A shield covers one day the user missed entirely: the `daily` streak consumes
 * it, and every streak of a kind that was alive before that day is bridged by the same shield.
 * A day with some activity but none of a kind breaks that kind's streak (the user showed up).
 */

export interface StreakUpdate {
  /** The streaks this event moved, as they now stand. */
  changed: Map<StreakType, StreakState>;
  /** The streak to show with the reward: the event's own kind, else the daily one. */
  shown: { type: StreakType; current: number } | null;
  /** The daily streak after the event (for `streak_days` quests), when the event counts for it. */
  daily: number | null;
}

/** Moves the streaks an event counts for (read with the account, saved with its writes). */
export async function advanceStreaks(
  ctx: Ctx,
  account: Account,
  type: ActivityEventType,
  data: Record<string, unknown>,
  day: DayKey,
): Promise<StreakUpdate> {
  const { tx, facts } = account;
  const userId = ctx.userId;
  const kind = streakTypeOf(type, data);
  const wanted: StreakType[] = [];
  if (countsForDailyStreak(type)) wanted.push('daily');
  if (kind) wanted.push(kind);
  const changed = new Map<StreakType, StreakState>();
  if (wanted.length === 0) return { changed, shown: null, daily: null };
  const states = facts.streaks;

  let daily: StreakState | null = null;
  if (wanted.includes('daily')) {
    const before = states.get('daily') ?? emptyStreak();
    const canBridge = missedDay(before, day) !== null && facts.shields > 0;
    let r = advanceStreak(before, day, { canBridge });
    if (r.change === 'bridged') {
      if (await purchases.consumeShield(tx, userId, ctx.clock.now())) facts.shields--;
      else r = advanceStreak(before, day, { canBridge: false });
    }
    if (r.change !== 'unchanged') {
      account.saveStreak('daily', r.state);
      changed.set('daily', r.state);
    }
    daily = r.state;
  }

  let own: StreakState | null = null;
  if (kind) {
    const before = states.get(kind) ?? emptyStreak();
    const missed = missedDay(before, day);
    // The daily streak reaching `day` with 2+ days over a day without activity was bridged there.
    const canBridge =
      missed !== null &&
      daily?.last_active_date === day &&
      daily.current >= 2 &&
      !(await progress.activeOn(tx, userId, missed));
    const r = advanceStreak(before, day, { canBridge });
    if (r.change !== 'unchanged') {
      account.saveStreak(kind, r.state);
      changed.set(kind, r.state);
    }
    own = r.state;
  }

  const shown =
    kind && own
      ? { type: kind, current: own.current }
      : daily
        ? { type: 'daily' as const, current: daily.current }
        : null;
  return { changed, shown, daily: daily?.current ?? null };
}
