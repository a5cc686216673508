import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Toaster, toast } from 'sonner';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_MS } from './celebrator';
import { dispatch } from './events';
import { queryClient } from './query-client';
import { settingsKeys } from './query-keys';
import { celebrate, celebrator, LevelUpMoment } from './rewards';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  toast.dismiss();
  cleanup();
  celebrator.reset();
  queryClient.clear();
  vi.useRealTimers();
});

const outcome = {
  xp: 12,
  coins: 3,
  leveled_up: true,
  new_level: 2,
  achievements_unlocked: [
    {
      key: 'first_habit',
      name: 'First Step',
      description: 'Complete a habit.',
      icon: 'check',
      reward_xp: 25,
      reward_coins: 5,
    },
  ],
  quests_completed: [],
  streak: null,
  duplicate: false,
};

const now = () => new Date().toISOString();

function renderHost() {
  render(
    <>
      <Toaster />
      <LevelUpMoment />
    </>,
  );
}

describe('celebrate', () => {
  it('shows one XP toast, one achievement toast and one level-up moment for a reward also on the stream', async () => {
    renderHost();
    act(() => {
      celebrate(outcome);
      dispatch({
        id: '1',
        type: 'reward',
        created_at: now(),
        data: { source: 'habit_complete', xp: 12, coins: 3, skill: 'discipline', activity_event_id: null },
      });
      dispatch({
        id: '2',
        type: 'achievement',
        created_at: now(),
        data: { achievement_id: crypto.randomUUID(), key: 'first_habit', name: 'First Step' },
      });
      dispatch({ id: '3', type: 'level_up', created_at: now(), data: { level: 2, previous_level: 1 } });
    });
    await act(async () => {
      vi.advanceTimersByTime(HOLD_MS * 2);
    });

    expect(await screen.findAllByText('+12 XP · +3 coins')).toHaveLength(1);
    expect(screen.getAllByText('Achievement unlocked: First Step')).toHaveLength(1);
    const moment = screen.getByRole('dialog', { name: 'Level 2' });
    expect(moment).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep going' }));
  });

  it('closes the level-up moment with Escape', async () => {
    renderHost();
    act(() => celebrate({ ...outcome, new_level: 5, achievements_unlocked: [] }));
    const moment = await screen.findByRole('dialog', { name: 'Level 5' });
    // The native dialog turns Escape into a cancel event.
    act(() => {
      fireEvent(moment, new Event('cancel', { cancelable: true }));
    });
    expect(screen.queryByRole('dialog', { name: 'Level 5' })).toBeNull();
  });

  it('stays quiet when the user hides the game layer', async () => {
    queryClient.setQueryData(settingsKeys.all, { gamification_visible: false });
    renderHost();
    act(() => celebrate({ ...outcome, xp: 99, new_level: 7 }));
    await act(async () => {
      vi.advanceTimersByTime(HOLD_MS);
    });
    expect(screen.queryByText('+99 XP · +3 coins')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
