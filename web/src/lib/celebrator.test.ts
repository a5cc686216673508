import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCelebrator, HOLD_MS, MATCH_WINDOW_MS, type RewardOutcomeWire, STALE_MS } from './celebrator';

function setup() {
  const presenter = { reward: vi.fn(), achievement: vi.fn(), levelUp: vi.fn(), refresh: vi.fn() };
  return { presenter, celebrator: createCelebrator(presenter) };
}

const outcome = (over: Partial<RewardOutcomeWire> = {}): RewardOutcomeWire => ({
  xp: 5,
  coins: 1,
  leveled_up: false,
  new_level: 1,
  achievements_unlocked: [],
  quests_completed: [],
  streak: { type: 'habit', current: 1 },
  duplicate: false,
  ...over,
});

let nextId = 1;
const event = (ageMs = 0) => ({ id: String(nextId++), created_at: new Date(Date.now() - ageMs).toISOString() });
const reward = (xp = 5, coins = 1, activity_event_id: string | null = null) => ({
  source: 'habit_complete',
  xp,
  coins,
  skill: null,
  activity_event_id,
});
const firstAchievement = {
  key: 'first_habit',
  name: 'First Step',
  description: 'Complete a habit.',
  icon: 'check',
  reward_xp: 25,
  reward_coins: 5,
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-05-04T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('celebrate and the event stream', () => {
  it('celebrates a reward once when the response comes before its stream copy', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromResponse(outcome());
    celebrator.fromStreamReward(reward(), event());
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(presenter.reward).toHaveBeenCalledTimes(1);
    expect(presenter.reward).toHaveBeenCalledWith(expect.objectContaining({ xp: 5, coins: 1 }));
  });

  it('celebrates a reward once when the stream copy comes first, showing the response’s richer copy', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromStreamReward(reward(), event());
    vi.advanceTimersByTime(HOLD_MS / 3);
    celebrator.fromResponse(outcome({ streak: { type: 'habit', current: 7 } }));
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(presenter.reward).toHaveBeenCalledTimes(1);
    expect(presenter.reward.mock.calls[0]?.[0]).toMatchObject({ streak: { current: 7 } });
  });

  it('does not celebrate again when the response arrives after the stream copy was shown', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromStreamReward(reward(), event());
    vi.advanceTimersByTime(HOLD_MS + 10);
    celebrator.fromResponse(outcome());
    expect(presenter.reward).toHaveBeenCalledTimes(1);
  });

  it('celebrates a reward from another device (stream only) after the hold', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromStreamReward(reward(30, 6), event());
    expect(presenter.reward).not.toHaveBeenCalled();
    vi.advanceTimersByTime(HOLD_MS);
    expect(presenter.reward).toHaveBeenCalledWith({ xp: 30, coins: 6, source: 'habit_complete' });
  });

  it('keeps two equal rewards earned back to back apart, one toast each', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromResponse(outcome());
    celebrator.fromResponse(outcome());
    celebrator.fromStreamReward(reward(), event());
    celebrator.fromStreamReward(reward(), event());
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(presenter.reward).toHaveBeenCalledTimes(2);
  });

  it('matches by id when both copies carry one, not by amount', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromResponse(outcome({ activity_event_id: 'a1' }));
    celebrator.fromStreamReward(reward(5, 1, 'a2'), event());
    celebrator.fromStreamReward(reward(5, 1, 'a1'), event());
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(presenter.reward).toHaveBeenCalledTimes(2);
  });

  it('treats copies far apart in time as different rewards', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromResponse(outcome());
    vi.advanceTimersByTime(MATCH_WINDOW_MS + 1);
    celebrator.fromStreamReward(reward(), event());
    vi.advanceTimersByTime(HOLD_MS);
    expect(presenter.reward).toHaveBeenCalledTimes(2);
  });

  it('ignores a replayed event id, stale replays, reversals and spends, but refreshes the numbers', () => {
    const { presenter, celebrator } = setup();
    const e = event();
    celebrator.fromStreamReward(reward(8, 2), e);
    celebrator.fromStreamReward(reward(8, 2), e);
    celebrator.fromStreamReward(reward(9, 2), event(STALE_MS + 1000));
    celebrator.fromStreamReward(reward(-5, -1), event());
    celebrator.fromStreamReward(reward(0, -40), event());
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(presenter.reward).toHaveBeenCalledTimes(1);
    expect(presenter.refresh).toHaveBeenCalledTimes(4);
  });

  it('never celebrates a duplicate outcome (a repeated request)', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromResponse(outcome({ duplicate: true, leveled_up: true, new_level: 2 }));
    vi.advanceTimersByTime(HOLD_MS);
    expect(presenter.reward).not.toHaveBeenCalled();
    expect(presenter.levelUp).not.toHaveBeenCalled();
    expect(presenter.refresh).not.toHaveBeenCalled();
  });

  it('unlocks each achievement once, from either copy', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromStreamAchievement(
      { achievement_id: crypto.randomUUID(), key: 'first_habit', name: 'First Step' },
      event(),
    );
    celebrator.fromResponse(outcome({ achievements_unlocked: [firstAchievement] }));
    vi.advanceTimersByTime(HOLD_MS * 2);
    celebrator.fromResponse(outcome({ achievements_unlocked: [firstAchievement] }));
    celebrator.fromStreamAchievement(
      { achievement_id: crypto.randomUUID(), key: 'first_habit', name: 'First Step' },
      event(),
    );
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(presenter.achievement).toHaveBeenCalledTimes(1);
    expect(presenter.achievement).toHaveBeenCalledWith(firstAchievement);
  });

  it('shows the level-up moment once per level', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromResponse(outcome({ leveled_up: true, new_level: 3 }));
    celebrator.fromStreamLevelUp({ level: 3, previous_level: 2 }, event());
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(presenter.levelUp).toHaveBeenCalledTimes(1);
    expect(presenter.levelUp).toHaveBeenCalledWith(3);

    celebrator.fromStreamLevelUp({ level: 4, previous_level: 3 }, event());
    vi.advanceTimersByTime(HOLD_MS);
    expect(presenter.levelUp).toHaveBeenLastCalledWith(4);
  });

  it('forgets pending celebrations on reset (sign-out)', () => {
    const { presenter, celebrator } = setup();
    celebrator.fromStreamReward(reward(), event());
    celebrator.fromStreamLevelUp({ level: 2, previous_level: 1 }, event());
    celebrator.reset();
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(presenter.reward).not.toHaveBeenCalled();
    expect(presenter.levelUp).not.toHaveBeenCalled();
  });
});
