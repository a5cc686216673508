import { Award, Sparkles, Star } from 'lucide-react';
import { useEffect, useId, useRef, useSyncExternalStore } from 'react';
import { toast } from 'sonner';
import type { Settings } from '#common/settings';
import { type Celebrator, createCelebrator, type PaidReward, type RewardOutcomeWire } from './celebrator';
import { cn } from './cn';
import { queryClient } from './query-client';
import { gamificationKeys, questKeys, settingsKeys, syncKeys, todayKeys } from './query-keys';

export type { RewardOutcomeWire } from './celebrator';

/** Every query the game layer's numbers feed; features key theirs under these prefixes. */
export const gamePrefixes = [gamificationKeys.all, questKeys.all, todayKeys.all, syncKeys.poll] as const;

export function refreshGameQueries(client = queryClient): void {
  for (const queryKey of gamePrefixes) void client.invalidateQueries({ queryKey });
}

const cachedSettings = () => queryClient.getQueryData<Partial<Settings>>(settingsKeys.all);
/** The user may hide the game layer; the numbers still refresh, nothing pops up. */
const gameVisible = () => cachedSettings()?.gamification_visible !== false;

const sourceLabels: Record<string, string> = {
  focus_complete: 'Focus session',
  habit_complete: 'Habit',
  perfect_habit_day: 'Perfect habit day',
  goal_milestone_complete: 'Milestone',
  goal_complete: 'Goal reached',
  quest_complete: 'Quest complete',
  quest: 'Quest claimed',
  workout_complete: 'Workout',
  personal_record: 'Personal record',
  reading_session: 'Reading',
  book_complete: 'Book finished',
  lesson_complete: 'Lesson',
  drill_complete: 'Ear training',
  review_session: 'Review',
  plan_item_complete: 'Plan item',
  track_analyzed: 'Track analysed',
  daily_login: 'Daily visit',
};

const streakNames: Record<string, string> = {
  daily: 'Daily streak',
  focus: 'Focus streak',
  habit: 'Habit streak',
  workout: 'Workout streak',
  reading: 'Reading streak',
  learning: 'Learning streak',
};

/** "+15 XP · +3 coins". */
export function rewardText(xp: number, coins: number): string {
  const coinWord = Math.abs(coins) === 1 ? 'coin' : 'coins';
  const parts = [
    xp !== 0 && `${xp > 0 ? '+' : ''}${xp} XP`,
    coins !== 0 && `${coins > 0 ? '+' : ''}${coins} ${coinWord}`,
  ];
  return parts.filter(Boolean).join(' · ') || 'No reward';
}

function rewardDescription(paid: PaidReward): string | undefined {
  const lines: string[] = [];
  if (paid.title) lines.push(paid.title);
  else if (paid.source) lines.push(sourceLabels[paid.source] ?? 'Reward');
  if (paid.streak && paid.streak.current > 1) {
    lines.push(`${streakNames[paid.streak.type] ?? 'Streak'}: ${paid.streak.current} days`);
  }
  for (const q of paid.quests_completed ?? []) lines.push(`Quest ready to claim: ${q.title}`);
  return lines.length > 0 ? lines.join(' · ') : undefined;
}

// The level-up moment is one value outside React, so a celebration can start from anywhere.
let shownLevel: number | null = null;
const levelListeners = new Set<() => void>();
const setShownLevel = (level: number | null) => {
  shownLevel = level;
  for (const listener of levelListeners) listener();
};
const subscribeLevel = (listener: () => void) => {
  levelListeners.add(listener);
  return () => levelListeners.delete(listener);
};

/** The app's celebrator: sonner toasts and the level-up moment. */
export const celebrator: Celebrator = createCelebrator({
  reward(paid) {
    if (!gameVisible()) return;
    toast(rewardText(paid.xp, paid.coins), {
      description: rewardDescription(paid),
      icon: <Sparkles aria-hidden className="size-4 text-accent-text" />,
    });
  },
  achievement(a) {
    if (!gameVisible()) return;
    const bonus = a.reward_xp || a.reward_coins ? ` · ${rewardText(a.reward_xp ?? 0, a.reward_coins ?? 0)}` : '';
    toast(`Achievement unlocked: ${a.name}`, {
      description: `${a.description ?? ''}${bonus}`.replace(/^ · /, '') || undefined,
      icon: <Award aria-hidden className="size-4 text-accent-text" />,
      duration: 6_000,
    });
  },
  levelUp(level) {
    if (gameVisible()) setShownLevel(level);
  },
  refresh: () => refreshGameQueries(),
});

/**
 * Celebrates what a request earned: a toast with the XP and coins, one per achievement unlocked,
 * and the level-up moment. Pass the response's `reward` (and, if you like, a `title` saying what
 * earned it); a copy also arriving on the event stream is not celebrated twice, and `duplicate`
 * outcomes (a repeated request) not at all.
 */
export function celebrate(reward: RewardOutcomeWire | null | undefined, context?: { title?: string }): void {
  celebrator.fromResponse(reward, context);
}

const REDUCE_QUERY = '(prefers-reduced-motion: reduce)';
const subscribeMotion = (callback: () => void) => {
  if (typeof matchMedia !== 'function') return () => {};
  const media = matchMedia(REDUCE_QUERY);
  media.addEventListener('change', callback);
  return () => media.removeEventListener('change', callback);
};
const deviceReducesMotion = () => typeof matchMedia === 'function' && matchMedia(REDUCE_QUERY).matches;

/** True when the device or the user's setting asks for less motion. */
export function useReducedMotion(): boolean {
  const device = useSyncExternalStore(subscribeMotion, deviceReducesMotion, () => false);
  return device || cachedSettings()?.reduced_motion === true;
}

/**
 * The level-up moment: a small modal on the native `<dialog>` (focus is trapped, Escape and a
 * click outside close it, focus returns). Mounted once in the app layout.
 */
export function LevelUpMoment() {
  const level = useSyncExternalStore(
    subscribeLevel,
    () => shownLevel,
    () => null,
  );
  const reduced = useReducedMotion();
  const ref = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const open = level !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    button.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      if (previous?.isConnected) previous.focus();
    };
  }, [open]);

  if (!open) return null;
  const close = () => setShownLevel(null);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes it through the cancel event; the click is for the backdrop
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) close();
      }}
      className="m-auto w-[min(22rem,calc(100vw-1.5rem))] rounded-2xl border border-line bg-surface p-0 text-fg shadow-xl backdrop:bg-black/50"
    >
      <div className="grid justify-items-center gap-3 px-6 pt-8 pb-6 text-center">
        <div className="relative grid size-24 place-items-center">
          {!reduced && (
            <span
              aria-hidden
              className="absolute inset-0 animate-[cadence-ring_1.2s_ease-out_2] rounded-full bg-accent"
            />
          )}
          <span
            aria-hidden
            className={cn(
              'relative grid size-24 place-items-center rounded-full bg-accent text-4xl font-bold text-accent-fg shadow-lg tabular-nums',
              !reduced && 'animate-[cadence-pop_480ms_cubic-bezier(.2,.9,.3,1.3)]',
            )}
          >
            {level}
          </span>
          <Star aria-hidden className="absolute -top-1 -right-1 size-6 fill-accent-soft text-accent-text" />
        </div>
        <h2 id={titleId} className="text-xl font-semibold tracking-tight">
          Level {level}
        </h2>
        <p id={textId} className="text-sm text-muted">
          You reached level {level}. Every level is proof that you kept showing up.
        </p>
        <button
          ref={button}
          type="button"
          onClick={close}
          className="mt-2 inline-flex h-9 items-center justify-center rounded-lg bg-accent px-4 text-sm font-medium text-accent-fg shadow-sm hover:brightness-110"
        >
          Keep going
        </button>
      </div>
    </dialog>
  );
}
