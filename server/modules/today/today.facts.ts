import type { FocusSession } from '#common/contracts/focus';
import type { UniversalQuestState } from '#common/contracts/gamification';
import type { BadgeCounts } from '#common/contracts/today';
import type { Ctx } from '../../platform/access';
import { type Fact, type FactValues, paramsOf, readFacts } from '../../platform/facts';
import { activeFocusSession, openFocusFact } from '../focus';
import { type GameScope, gameScope, summaryFact, universalQuestsFact } from '../gamification';
import { type HabitDue, habitsDueFact } from '../habits';
import { unreadInboxFact } from '../inbox';
import { type LearnScope, learnScope, reviewsDueFact } from '../learn';
import { planFact } from '../plan';

/**
 * What Today and the polling endpoint both show, one fact per module (platform/facts.ts). A
 * module that adds to the home screen exports a fact from its index and is named here (or in
 * today.service.ts when only Today shows it); every fact is read in the same single statement.
 */
export const sharedFacts = {
  summary: summaryFact,
  plan: planFact,
  habits: habitsDueFact,
  universal: universalQuestsFact,
  inbox: unreadInboxFact,
  focus: openFocusFact,
  reviews: reviewsDueFact,
};

type Shared = typeof sharedFacts;
/** What the facts are read with: the game layer's catalogues and the learn catalogue, from memory. */
export type TodayScope = GameScope & LearnScope;
type Read<F> = Omit<FactValues<F>, 'focus'> & { focus: FocusSession | null };
export type SharedFacts = Read<Shared>;

/**
 * Reads the facts in one statement. A focus session whose time ran out completes itself on the
 * next read (SPEC §6): then, and only then, it is completed and everything is read again, since
 * the completion paid and moved the counts.
 */
export async function readToday<F extends Shared & Record<string, Fact<unknown, TodayScope>>>(
  ctx: Ctx,
  facts: F,
): Promise<{ scope: TodayScope; facts: Read<F> }> {
  const [game, learn] = await Promise.all([gameScope(ctx), learnScope(ctx)]);
  const scope: TodayScope = { ...game, ...learn };
  const params = paramsOf(scope);
  const focusOf = (values: FactValues<F>) => (values as FactValues<Shared>).focus;
  let read = await readFacts(ctx.database.db, facts, params, scope);
  if (focusOf(read).ranOut) {
    await activeFocusSession(ctx);
    read = await readFacts(ctx.database.db, facts, params, scope);
  }
  return { scope, facts: { ...read, focus: focusOf(read).session } };
}

export const openHabits = (habits: HabitDue[]) => habits.filter((h) => !h.completed);
export const claimable = (quests: UniversalQuestState[]) => quests.filter((q) => q.completed && !q.claimed);

export function badges(f: SharedFacts): BadgeCounts {
  return {
    habits_due: openHabits(f.habits).length,
    quests_claimable: claimable(f.universal).length,
    inbox_unread: f.inbox,
    reviews_due: f.reviews,
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
