import type { FocusSession } from '#common/contracts/focus';
import type { UniversalQuestState } from '#common/contracts/gamification';
import type { BadgeCounts } from '#common/contracts/today';
import type { DayKey } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import { activeFocusSession } from '../focus';
import { gameSummary, listUniversalQuests } from '../gamification';
import { type HabitDue, habitsDueOn } from '../habits';
import { unreadInboxCount } from '../inbox';
import { readPlan } from '../plan';

/**
 * The reads Today and the polling endpoint share. They are independent, so they run at once
 * (on a PostgreSQL pool, on several connections); each is a fixed number of indexed queries,
 * whatever the length of the user's history.
 */
export async function sharedFacts(ctx: Ctx, day: DayKey) {
  const db = ctx.database.db;
  const [summary, plan, habits, universal, inbox, focus] = await Promise.all([
    gameSummary(ctx),
    readPlan(db, ctx.userId, day),
    habitsDueOn(db, ctx.user, day),
    listUniversalQuests(ctx),
    unreadInboxCount(db, ctx.userId),
    activeFocusSession(ctx),
  ]);
  return { summary, plan, habits, universal, inbox, focus };
}
export type SharedFacts = Awaited<ReturnType<typeof sharedFacts>>;

export const openHabits = (habits: HabitDue[]) => habits.filter((h) => !h.completed);
export const claimable = (quests: UniversalQuestState[]) => quests.filter((q) => q.completed && !q.claimed);

export function badges(f: SharedFacts): BadgeCounts {
  return {
    habits_due: openHabits(f.habits).length,
    quests_claimable: claimable(f.universal).length,
    inbox_unread: f.inbox,
    // The learning module's review queue does not exist yet.
    reviews_due: 0,
  };
}

export function progressOf(f: SharedFacts) {
  const s = f.summary;
  return {
    level: s.level,
    total_xp: s.total_xp,
    xp_into_level: s.xp_into_level,
    xp_for_next_level: s.xp_for_next_level,
    progress_percent: s.progress_percent,
    coins: s.coins,
    daily_streak: s.daily_streak,
  };
}

export const isOpenSession = (s: FocusSession | null): s is FocusSession =>
  !!s && (s.status === 'active' || s.status === 'paused');
