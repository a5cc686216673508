import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import * as rewards from '@/lib/rewards';
import { useUniversalQuests } from '../api/get-universal-quests';
import type { UniversalQuestWire } from '../api/types';
import { sortQuests, UniversalQuests } from './universal-quests';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const quest = (over: Partial<UniversalQuestWire>): UniversalQuestWire => ({
  id: crypto.randomUUID(),
  key: 'daily_focus',
  title: 'Daily Focus',
  description: 'Spend 25 minutes in focus today.',
  icon: 'timer',
  period: 'daily',
  period_key: '2026-05-04',
  target_type: 'focus_minutes',
  progress: 10,
  target: 25,
  completed: false,
  claimed: false,
  xp_reward: 50,
  coin_reward: 10,
  skill_key: 'focus',
  ...over,
});

const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify(status < 300 ? { data } : data), {
    status,
    headers: { 'content-type': 'application/json' },
  });

function Host() {
  return <UniversalQuests quests={useUniversalQuests()} />;
}

describe('UniversalQuests', () => {
  it('offers Claim only on a completed, unclaimed quest, claims it once and celebrates the reward', async () => {
    const done = quest({
      key: 'daily_habit_check',
      title: 'Habit Check',
      target_type: 'habits_completed',
      progress: 1,
      target: 1,
      completed: true,
    });
    const list = [
      quest({}),
      done,
      quest({
        key: 'weekly_focus',
        title: 'Focus Champion',
        period: 'weekly',
        claimed: true,
        completed: true,
        progress: 180,
        target: 180,
      }),
    ];
    const reward = {
      xp: 25,
      coins: 5,
      leveled_up: false,
      new_level: 1,
      achievements_unlocked: [],
      quests_completed: [],
      streak: null,
      duplicate: false,
    };
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') return json({ quest: { ...done, claimed: true }, reward });
      expect(url).toBe('/api/quests/universal');
      return json(list);
    });
    vi.stubGlobal('fetch', fetchMock);
    const celebrate = vi.spyOn(rewards.celebrator, 'fromResponse');
    render(
      <QueryClientProvider client={createQueryClient()}>
        <Host />
      </QueryClientProvider>,
    );

    const daily = await screen.findByRole('region', { name: 'Daily' });
    expect(within(daily).getAllByRole('button')).toHaveLength(1);
    const weekly = screen.getByRole('region', { name: 'Weekly' });
    expect(within(weekly).queryByRole('button')).toBeNull();
    expect(within(weekly).getByText('Claimed')).toBeTruthy();
    expect(
      within(daily).getByRole('progressbar', { name: 'Daily Focus progress' }).getAttribute('aria-valuetext'),
    ).toBe('10 / 25 min');

    fireEvent.click(within(daily).getByRole('button', { name: 'Claim Habit Check' }));
    await waitFor(() => expect(within(daily).getByText('Claimed')).toBeTruthy());
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/quests/universal/${done.id}/claim`,
      expect.objectContaining({ method: 'POST' }),
    );
    expect(celebrate).toHaveBeenCalledTimes(1);
    expect(celebrate).toHaveBeenCalledWith(reward, { title: 'Quest reward: Habit Check' });
    expect(within(daily).queryByRole('button', { name: /Claim/ })).toBeNull();
  });

  it('shows an error with a retry when the quests cannot be read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ error: { code: 'internal', message: 'Down for a moment.' } }, 500)),
    );
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { retry: false } });
    render(
      <QueryClientProvider client={client}>
        <Host />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Down for a moment.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('puts rewards to claim first, then the nearest to done, claimed ones last', () => {
    const sorted = sortQuests([
      quest({ key: 'claimed', completed: true, claimed: true }),
      quest({ key: 'far', progress: 1 }),
      quest({ key: 'ready', completed: true, progress: 25 }),
      quest({ key: 'near', progress: 20 }),
    ]);
    expect(sorted.map((q) => q.key)).toEqual(['ready', 'near', 'far', 'claimed']);
  });
});
