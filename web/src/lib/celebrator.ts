import type { z } from 'zod';
import type { EventPayload } from '#common/contracts/events';
import type { rewardOutcome, unlockedAchievement } from '#common/contracts/gamification';

/**
 * Decides what to celebrate. A reward reaches the app twice, in the response of the request that
 * earned it and on the event stream (and a third time if the stream replays after a reconnect):
 * each reward, achievement and level-up is shown once whichever copy arrives first.
 */

/** What a response that paid something carries as `reward`; the ids, when the API sends them, make matching exact. */
export type RewardOutcomeWire = z.input<typeof rewardOutcome> & {
  ledger_id?: string | null;
  activity_event_id?: string | null;
};
export type UnlockedAchievementWire = z.input<typeof unlockedAchievement>;

/** The reward toast: what was paid, and where it came from when known. */
export interface PaidReward {
  xp: number;
  coins: number;
  /** The activity that earned it (`habit_complete`…), from the stream. */
  source?: string | null;
  /** What the caller says earned it ("Habit Check"), from a response. */
  title?: string;
  streak?: RewardOutcomeWire['streak'];
  quests_completed?: RewardOutcomeWire['quests_completed'];
}

export interface StreamAchievement {
  key: string;
  name: string;
  description?: string;
  reward_xp?: number;
  reward_coins?: number;
}

/** How celebrations are shown (toasts and the level-up moment); swapped in tests. */
export interface Presenter {
  reward(paid: PaidReward): void;
  achievement(achievement: StreamAchievement): void;
  levelUp(level: number): void;
  /** The game's numbers changed: refetch them. */
  refresh(): void;
}

/** A copy from the stream waits this long for the response of the same reward. */
export const HOLD_MS = 1_500;
/** A response and a stream copy further apart than this are different rewards. */
export const MATCH_WINDOW_MS = 15_000;
/** Stream events older than this (a replay after a long disconnect) refresh numbers but are not celebrated. */
export const STALE_MS = 120_000;
/** How long a shown key is remembered. */
const KEY_TTL_MS = 10 * 60_000;

type Origin = 'response' | 'stream';

interface RewardEntry {
  origin: Origin;
  ids: string[];
  xp: number;
  coins: number;
  at: number;
  matched: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

const idsOf = (r: { ledger_id?: string | null; activity_event_id?: string | null }): string[] => [
  ...(r.ledger_id ? [`ledger:${r.ledger_id}`] : []),
  ...(r.activity_event_id ? [`activity:${r.activity_event_id}`] : []),
];

/** Two copies are the same reward when an id matches, or, lacking comparable ids, the amounts do. */
function sameReward(a: RewardEntry, b: { ids: string[]; xp: number; coins: number }): boolean {
  if (a.ids.some((id) => b.ids.includes(id))) return true;
  const kinds = (ids: string[]) => new Set(ids.map((id) => id.split(':')[0]));
  const shared = [...kinds(a.ids)].some((k) => kinds(b.ids).has(k));
  return !shared && a.xp === b.xp && a.coins === b.coins;
}

export interface Celebrator {
  /** A reward from a response (`{ reward }` of a domain request). */
  fromResponse(outcome: RewardOutcomeWire | null | undefined, context?: { title?: string }): void;
  fromStreamReward(payload: EventPayload<'reward'>, event: { id: string; created_at: string }): void;
  fromStreamAchievement(payload: EventPayload<'achievement'>, event: { id: string; created_at: string }): void;
  fromStreamLevelUp(payload: EventPayload<'level_up'>, event: { id: string; created_at: string }): void;
  /** Forgets everything (sign-out). */
  reset(): void;
}

export function createCelebrator(presenter: Presenter, now: () => number = Date.now): Celebrator {
  let shown = new Map<string, number>();
  let rewards: RewardEntry[] = [];
  let pending = new Map<string, ReturnType<typeof setTimeout>>();

  const prune = () => {
    const t = now();
    for (const [key, at] of shown) if (t - at > KEY_TTL_MS) shown.delete(key);
    rewards = rewards.filter((r) => r.timer !== undefined || t - r.at <= MATCH_WINDOW_MS);
  };
  const seen = (key: string) => shown.has(key);
  const mark = (...keys: string[]) => {
    for (const key of keys) shown.set(key, now());
  };

  /** Shows `show` now, or, from the stream, after the hold unless a response shows it first. */
  const once = (key: string, origin: Origin, show: () => void) => {
    if (seen(key)) return;
    if (origin === 'response') {
      const timer = pending.get(key);
      if (timer !== undefined) clearTimeout(timer);
      pending.delete(key);
      mark(key);
      show();
      return;
    }
    if (pending.has(key)) return;
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key);
        if (seen(key)) return;
        mark(key);
        show();
      }, HOLD_MS),
    );
  };

  const isStale = (event: { id: string; created_at: string }) => {
    const created = Date.parse(event.created_at);
    return Number.isFinite(created) && now() - created > STALE_MS;
  };
  /** True the first time this stream event is seen (a replay repeats ids). */
  const firstDelivery = (event: { id: string }) => {
    if (seen(`event:${event.id}`)) return false;
    mark(`event:${event.id}`);
    return true;
  };

  return {
    fromResponse(outcome, context) {
      if (!outcome || outcome.duplicate) return;
      prune();
      presenter.refresh();
      const item = { ids: idsOf(outcome), xp: outcome.xp, coins: outcome.coins };
      const paid: PaidReward = {
        xp: outcome.xp,
        coins: outcome.coins,
        streak: outcome.streak,
        quests_completed: outcome.quests_completed,
        ...(context?.title ? { title: context.title } : {}),
      };
      if ((item.xp > 0 || item.coins > 0) && !item.ids.some(seen)) {
        const twin = rewards.find((r) => r.origin === 'stream' && !r.matched && sameReward(r, item));
        if (twin) {
          twin.matched = true;
          // Still waiting: the response's copy, which knows streaks and quests, is shown instead.
          if (twin.timer !== undefined) {
            clearTimeout(twin.timer);
            twin.timer = undefined;
            presenter.reward(paid);
          }
        } else {
          rewards.push({ origin: 'response', ...item, at: now(), matched: false });
          presenter.reward(paid);
        }
        mark(...item.ids);
      }
      for (const a of outcome.achievements_unlocked) {
        once(`achievement:${a.key}`, 'response', () => presenter.achievement(a));
      }
      if (outcome.leveled_up)
        once(`level:${outcome.new_level}`, 'response', () => presenter.levelUp(outcome.new_level));
    },

    fromStreamReward(payload, event) {
      if (!firstDelivery(event)) return;
      prune();
      presenter.refresh();
      // Reversals and spends change the numbers but are nothing to cheer.
      if (payload.xp < 0 || payload.coins < 0 || (payload.xp === 0 && payload.coins === 0) || isStale(event)) return;
      const item = {
        ids: idsOf(payload as { ledger_id?: string | null; activity_event_id?: string | null }),
        xp: payload.xp,
        coins: payload.coins,
      };
      if (item.ids.some(seen)) return;
      const twin = rewards.find((r) => r.origin === 'response' && !r.matched && sameReward(r, item));
      if (twin) {
        twin.matched = true;
        mark(...item.ids);
        return;
      }
      const entry: RewardEntry = { origin: 'stream', ...item, at: now(), matched: false };
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        entry.at = now();
        if (entry.matched || item.ids.some(seen)) return;
        mark(...item.ids);
        presenter.reward({ xp: payload.xp, coins: payload.coins, source: payload.source });
      }, HOLD_MS);
      rewards.push(entry);
    },

    fromStreamAchievement(payload, event) {
      if (!firstDelivery(event)) return;
      presenter.refresh();
      if (isStale(event)) return;
      once(`achievement:${payload.key}`, 'stream', () =>
        presenter.achievement({ key: payload.key, name: payload.name }),
      );
    },

    fromStreamLevelUp(payload, event) {
      if (!firstDelivery(event)) return;
      presenter.refresh();
      if (isStale(event) || payload.level <= payload.previous_level) return;
      once(`level:${payload.level}`, 'stream', () => presenter.levelUp(payload.level));
    },

    reset() {
      for (const timer of pending.values()) clearTimeout(timer);
      for (const r of rewards) if (r.timer !== undefined) clearTimeout(r.timer);
      shown = new Map();
      rewards = [];
      pending = new Map();
    },
  };
}
