import type { SyncState, Today } from '#common/contracts/today';
import {
  activityLink,
  chooseStarter,
  fallbackStarters,
  isReturning,
  localHour,
  NEAR_COMPLETION,
  partOfDay,
  type StarterCandidate,
} from '#common/rules/today';
import { dayKey } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import { currentBookFact } from '../books';
import { scheduledWorkoutFact } from '../exercise';
import { recentActivityFact, teaserFact } from '../gamification';
import { onboardingFact } from '../onboarding';
import { type QuestInProgress, questsInProgressFact } from '../quests';
import { settingFact } from '../settings';
import {
  badges,
  claimable,
  isOpenSession,
  openHabits,
  progressOf,
  readToday,
  type SharedFacts,
  sharedFacts,
} from './today.facts';

/** Which interest a quest serves: its category when it names one, else goals. */
const questInterest = (category: string | null, interests: readonly string[]) =>
  category && interests.includes(category) ? category : 'goals';

/** Every action Today could recommend, by tier (see chooseStarter). */
function starterCandidates(
  f: SharedFacts,
  quests: QuestInProgress[],
  interests: readonly string[],
): StarterCandidate[] {
  const out: StarterCandidate[] = [];
  const open = f.plan.items.filter((i) => !i.completed_at);
  open.forEach((item, rank) => {
    // A running session is where the plan's focus block continues.
    const resumes = item.kind === 'focus' && isOpenSession(f.focus);
    out.push({
      tier: 'plan',
      rank,
      interest: item.kind === 'focus' ? 'focus' : item.kind === 'habit' ? 'habits' : 'planning',
      module: 'planner',
      kind: item.kind,
      title: resumes ? 'Resume your focus session' : item.title,
      href: resumes ? '/focus' : (item.href ?? '/today'),
      ref_id: item.id,
    });
  });
  if (isOpenSession(f.focus)) {
    out.push({
      tier: 'focus_session',
      rank: 0,
      interest: 'focus',
      module: 'focus',
      kind: 'focus_session',
      title: f.focus.status === 'paused' ? 'Resume your paused focus session' : 'Back to your focus session',
      href: '/focus',
      ref_id: f.focus.id,
    });
  }
  for (const h of openHabits(f.habits)) {
    out.push({
      tier: 'habit',
      rank: 0,
      interest: 'habits',
      module: 'habits',
      kind: 'habit',
      title: h.name,
      href: '/habits',
      ref_id: h.id,
    });
  }
  for (const q of claimable(f.universal)) {
    out.push({
      tier: 'quest',
      rank: 0,
      interest: 'goals',
      module: 'quests',
      kind: 'claim_quest',
      title: `Claim “${q.title}”`,
      href: '/quests',
      ref_id: q.id,
    });
  }
  for (const q of f.universal) {
    const share = q.progress / q.target;
    if (q.completed || share < NEAR_COMPLETION) continue;
    out.push({
      tier: 'quest',
      rank: 1 - share,
      interest: 'goals',
      module: 'quests',
      kind: 'universal_quest',
      title: q.title,
      href: '/quests',
      ref_id: q.id,
    });
  }
  for (const q of quests) {
    const share = q.progress / q.target;
    if (share < NEAR_COMPLETION) continue;
    out.push({
      tier: 'quest',
      rank: 1 - share,
      interest: questInterest(q.category, interests),
      module: 'quests',
      kind: 'quest',
      title: q.title,
      href: '/quests',
      ref_id: q.id,
    });
  }
  // Nothing asks: suggest a way in, the user's interests choosing which.
  for (const s of fallbackStarters) {
    if (s.kind === 'generate_plan' && f.plan.total > 0) continue;
    out.push({ ...s, tier: 'fallback', rank: 0 });
  }
  return out;
}

/** Everything the home screen shows, one statement's worth. */
const todayFacts = {
  ...sharedFacts,
  onboarding: onboardingFact,
  recent: recentActivityFact,
  quests: questsInProgressFact,
  teaser: teaserFact,
  weights: settingFact('module_weights'),
  book: currentBookFact,
  workout: scheduledWorkoutFact,
};

/** The home screen (SPEC §6 Today), read in one statement. */
export async function today(ctx: Ctx): Promise<Today> {
  const { scope, facts } = await readToday(ctx, todayFacts);
  const { now, day } = scope;
  const { onboarding, recent, quests, teaser, weights } = facts;
  const returning = isReturning(recent.last_day_before, day);
  const chosen = chooseStarter(starterCandidates(facts, quests, onboarding.interests), onboarding.interests, weights);
  const next = facts.plan.items.find((i) => !i.completed_at) ?? null;
  const last = recent.last ? { ...activityLink(recent.last.event_type), type: recent.last.event_type } : null;
  return {
    date: day,
    greeting: { name: ctx.user.name, part_of_day: partOfDay(localHour(now, ctx.user.timezone)) },
    starter: chosen
      ? { tier: chosen.tier, kind: chosen.kind, title: chosen.title, href: chosen.href, ref_id: chosen.ref_id }
      : null,
    plan: {
      date: day,
      exists: facts.plan.id !== null,
      total: facts.plan.total,
      completed: facts.plan.completed,
      next_item: next,
    },
    progress: progressOf(facts),
    quick_picks: badges(facts),
    resume_last: last && recent.last ? { ...last, occurred_at: recent.last.occurred_at } : null,
    teaser: returning ? null : teaser,
    scheduled_workout: facts.workout,
    current_book: facts.book,
    flags: {
      first_day: dayKey(ctx.user.created_at, ctx.user.timezone, ctx.user.day_start_hour) === day,
      returning,
      onboarding_pending: onboarding.status === 'not_started' || onboarding.status === 'in_progress',
      reduced_mode: returning,
    },
    interests: onboarding.interests,
    server_time: now,
  };
}

/** What a polling client needs (SPEC §6 Sync), read in one statement. */
export async function poll(ctx: Ctx): Promise<SyncState> {
  const { scope, facts } = await readToday(ctx, sharedFacts);
  const { day } = scope;
  const f = facts.focus;
  const open = isOpenSession(f);
  return {
    progress: progressOf(facts),
    badges: badges(facts),
    focus: {
      session_id: open ? f.id : null,
      status: open ? f.status : 'idle',
      mode: open ? f.mode : null,
      ends_at: open ? f.ends_at : null,
      paused_at: open ? f.paused_at : null,
    },
    plan: {
      date: day,
      total: facts.plan.total,
      completed: facts.plan.completed,
      updated_at: facts.plan.updated_at,
    },
    server_time: scope.now,
  };
}
