import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AchievementWire } from '../api/get-achievements';
import { AchievementGrid, sortAchievements } from './achievement-grid';

afterEach(cleanup);

const achievement = (over: Partial<AchievementWire>): AchievementWire => ({
  key: 'focus_10',
  name: 'In the Groove',
  description: 'Finish ten focus sessions.',
  category: 'focus',
  icon: 'zap',
  reward_xp: 100,
  reward_coins: 25,
  is_hidden: false,
  earned: false,
  earned_at: null,
  progress: 7,
  target: 10,
  ...over,
});

const tiles = () => screen.getAllByTestId('achievement');

describe('AchievementGrid', () => {
  it('shows a hidden, unearned achievement as "???" with nothing that gives it away', () => {
    // Even if the API sent the real name, the grid keeps the secret.
    render(
      <AchievementGrid
        label="Achievements"
        achievements={[
          achievement({
            key: 'marathon_focus',
            name: 'Marathon Mind',
            description: 'Stay in focus for three hours.',
            is_hidden: true,
            progress: 1,
            target: 3,
          }),
        ]}
      />,
    );
    const tile = tiles()[0] as HTMLElement;
    expect(within(tile).getByRole('heading', { level: 3 }).textContent).toBe('???(hidden achievement)');
    expect(tile.textContent).not.toContain('Marathon');
    expect(tile.textContent).not.toContain('three hours');
    expect(within(tile).queryByRole('progressbar')).toBeNull();
    expect(tile.textContent).not.toContain('1/3');
  });

  it('reveals a hidden achievement once it is earned', () => {
    render(
      <AchievementGrid
        label="Achievements"
        achievements={[
          achievement({
            key: 'streak_365',
            name: 'A Whole Year',
            description: 'Keep a daily streak for a year.',
            is_hidden: true,
            earned: true,
            earned_at: '2026-05-04T10:00:00.000Z',
            progress: 365,
            target: 365,
          }),
        ]}
      />,
    );
    const tile = tiles()[0] as HTMLElement;
    expect(within(tile).getByRole('heading', { level: 3 }).textContent).toContain('A Whole Year');
    expect(tile.textContent).toContain('Keep a daily streak for a year.');
    expect(tile.textContent).toContain('Earned');
    expect(tile.dataset.earned).toBe('true');
  });

  it('shows progress n/m on a visible achievement still to earn', () => {
    render(<AchievementGrid label="Achievements" achievements={[achievement({})]} />);
    const tile = tiles()[0] as HTMLElement;
    expect(tile.textContent).toContain('In the Groove');
    expect(tile.textContent).toContain('7/10');
    const bar = within(tile).getByRole('progressbar', { name: 'In the Groove progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('7');
    expect(bar.getAttribute('aria-valuemax')).toBe('10');
    expect(bar.getAttribute('aria-valuetext')).toBe('7 of 10');
  });

  it('lists earned first, then the nearest to done, and secrets last', () => {
    const sorted = sortAchievements([
      achievement({ key: 'secret', is_hidden: true, progress: 9, target: 10 }),
      achievement({ key: 'far', progress: 1, target: 10 }),
      achievement({ key: 'near', progress: 9, target: 10 }),
      achievement({ key: 'old', earned: true, earned_at: '2026-01-01T00:00:00.000Z' }),
      achievement({ key: 'new', earned: true, earned_at: '2026-05-01T00:00:00.000Z' }),
    ]);
    expect(sorted.map((a) => a.key)).toEqual(['new', 'old', 'near', 'far', 'secret']);
  });
});
