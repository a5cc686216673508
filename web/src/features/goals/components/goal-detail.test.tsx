import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { afterClick, holdApi, json } from '@/test/held-api';
import type { GoalDetailWire, MilestoneWire } from '../api/types';
import { GoalDetail } from './goal-detail';

const AT = '2026-05-04T08:00:00.000Z';

const milestone = (id: string, title: string, done = false): MilestoneWire => ({
  id,
  goal_id: 'g',
  title,
  description: null,
  sort_order: 0,
  completed_at: done ? AT : null,
  created_at: AT,
  updated_at: AT,
});

function goalOf(milestones: MilestoneWire[]): GoalDetailWire {
  const completed = milestones.filter((m) => m.completed_at).length;
  return {
    id: 'g',
    title: 'Finish the EP',
    description: null,
    category: null,
    target_date: null,
    priority: 'medium',
    status: 'active',
    progress: milestones.length ? Math.floor((100 * completed) / milestones.length) : 0,
    milestones_total: milestones.length,
    milestones_completed: completed,
    completed_at: null,
    sort_order: 0,
    created_at: AT,
    updated_at: AT,
    milestones,
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Goal detail', () => {
  it('ticks a milestone in the click itself, before the server answers', async () => {
    let milestones = [milestone('a', 'Write the last track'), milestone('b', 'Mix')];
    const api = holdApi(({ method, path }) => {
      if (method === 'GET') return json({ data: goalOf(milestones) });
      milestones = milestones.map((m) => (m.id === 'a' ? { ...m, completed_at: AT } : m));
      const goal = goalOf(milestones);
      return json({ data: { milestone: milestones.find((m) => path.includes(m.id)), goal, reward: null } });
    });
    render(
      <QueryClientProvider client={createQueryClient()}>
        <GoalDetail goalId="g" today="2026-05-04" onEdit={() => {}} onDelete={() => {}} />
      </QueryClientProvider>,
    );
    await api.answer();
    const box = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Write the last track' });
    expect(screen.getByText('0 of 2 milestones done')).toBeTruthy();

    await afterClick(box(), () => {
      expect(box().checked).toBe(true);
      expect(screen.getByText('1 of 2 milestones done')).toBeTruthy();
    });
    expect(api.calls).toContain('POST /api/goals/milestones/a/complete');
    await api.answer();
    await api.answer();
    expect(box().checked).toBe(true);
    expect(screen.getByText('1 of 2 milestones done')).toBeTruthy();
  });
});
