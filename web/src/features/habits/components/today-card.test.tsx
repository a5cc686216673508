import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { afterClick } from '@/test/held-api';
import { useHabits } from '../api/get-habits';
import type { HabitWire } from '../api/types';
import { TodayCard } from './today-card';

const TODAY = '2026-05-04';

function habit(id: string, name: string, over: Partial<HabitWire> = {}): HabitWire {
  return {
    id,
    name,
    description: null,
    icon: null,
    color: null,
    schedule_type: 'daily',
    schedule_days: [],
    times_per_week: null,
    target_count: 1,
    current_streak: 0,
    longest_streak: 0,
    last_completed_date: null,
    sort_order: 0,
    archived_at: null,
    created_at: '2026-05-01T10:00:00.000Z',
    updated_at: '2026-05-01T10:00:00.000Z',
    today: TODAY,
    due_today: true,
    completed_today: false,
    count_today: 0,
    skipped_today: false,
    strength: 0,
    completed_this_week: 0,
    streak_unit: 'days',
    ...over,
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A small stand-in for the habits API, keeping its own state. */
function fakeServer(initial: HabitWire[], options: { refuse?: boolean } = {}) {
  let habits = initial.map((h) => ({ ...h }));
  const calls: string[] = [];
  const update = (id: string, f: (h: HabitWire) => HabitWire) => {
    habits = habits.map((h) => (h.id === id ? f(h) : h));
    return habits.find((h) => h.id === id);
  };
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const path = url.replace(/\?.*$/, '');
    if (method !== 'GET') calls.push(`${method} ${path}${init?.body ? ` ${init.body}` : ''}`);
    if (method === 'GET' && path === '/api/habits')
      return json({ data: habits, page: { limit: 200, next_cursor: null } });
    if (options.refuse) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return json({ error: { code: 'conflict', message: 'Not today.' } }, 409);
    }
    let m = /^\/api\/habits\/([^/]+)\/complete$/.exec(path);
    if (m) {
      const h = update(m[1] as string, (h) => {
        const count = h.count_today + 1;
        return { ...h, count_today: count, completed_today: count >= h.target_count };
      });
      return json({ data: { habit: h, log: null, reward: null } });
    }
    m = /^\/api\/habits\/([^/]+)\/skip$/.exec(path);
    if (m) return json({ data: { habit: update(m[1] as string, (h) => ({ ...h, skipped_today: true })) } });
    m = /^\/api\/habits\/([^/]+)\/logs\/([^/]+)$/.exec(path);
    if (m && method === 'DELETE') {
      update(m[1] as string, (h) => ({ ...h, count_today: 0, completed_today: false, skipped_today: false }));
      return new Response(null, { status: 204 });
    }
    if (path === '/api/habits/reorder') {
      const { ids } = JSON.parse(String(init?.body)) as { ids: string[] };
      habits = ids.map((id) => habits.find((h) => h.id === id) as HabitWire);
      return json({ data: habits });
    }
    return json({ error: { code: 'not_found', message: 'No such route' } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
}

function Harness() {
  const habits = useHabits();
  if (!habits.data) return <p>Loading</p>;
  return <TodayCard habits={habits.data} selectedId={null} onSelect={() => {}} />;
}

async function setup(habits: HabitWire[], options?: { refuse?: boolean }) {
  const server = fakeServer(habits, options);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Harness />
    </QueryClientProvider>,
  );
  await screen.findByRole('region', { name: 'Today' });
  return server;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Habit checklist', () => {
  it('completes a habit with one tap, at once, and tells the server', async () => {
    const { calls } = await setup([habit('a', 'Practise scales'), habit('b', 'Stretch')]);
    expect(screen.getByText('0 of 2 done')).toBeTruthy();
    // Shown in the click itself, before the server answers.
    await afterClick(screen.getByRole('button', { name: 'Mark Practise scales done' }), () => {
      const done = screen.getByRole('button', { name: 'Practise scales: done today' });
      expect(done.getAttribute('aria-pressed')).toBe('true');
      expect(screen.getByText('1 of 2 done')).toBeTruthy();
    });
    await waitFor(() => expect(calls).toEqual(['POST /api/habits/a/complete {"count":1}']));
    expect(screen.getByRole('progressbar', { name: 'Habits done today' }).getAttribute('aria-valuenow')).toBe('1');
  });

  it('counts up a habit done several times a day until its target', async () => {
    const { calls } = await setup([habit('w', 'Water', { target_count: 3 })]);
    fireEvent.click(screen.getByRole('button', { name: 'Add one to Water (0 of 3)' }));
    await screen.findByRole('button', { name: 'Add one to Water (1 of 3)' });
    expect(screen.getByText('1 of 3 today')).toBeTruthy();
    await waitFor(() => expect(calls).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Add one to Water (1 of 3)' }));
    await screen.findByRole('button', { name: 'Add one to Water (2 of 3)' });
    await waitFor(() => expect(calls).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Add one to Water (2 of 3)' }));
    await screen.findByRole('button', { name: 'Water: done today' });
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(screen.getByText('All 1 done. Lovely.')).toBeTruthy();
  });

  it("undoes today's completion", async () => {
    const { calls } = await setup([habit('a', 'Read', { completed_today: true, count_today: 1 })]);
    fireEvent.click(screen.getByRole('button', { name: "Undo today's Read" }));
    await screen.findByRole('button', { name: 'Mark Read done' });
    await waitFor(() => expect(calls).toEqual([`DELETE /api/habits/a/logs/${TODAY}`]));
  });

  it('skips a day, and the skip can be undone', async () => {
    const { calls } = await setup([habit('a', 'Run')]);
    fireEvent.click(screen.getByRole('button', { name: 'Skip Run today' }));
    expect(await screen.findByText('Skipped today')).toBeTruthy();
    // A skipped habit cannot be ticked until the skip is undone.
    expect(screen.getByRole('button', { name: 'Mark Run done' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Undo skipping Run' }));
    await waitFor(() => expect(screen.queryByText('Skipped today')).toBeNull());
    expect(calls).toEqual(['POST /api/habits/a/skip {}', `DELETE /api/habits/a/logs/${TODAY}`]);
  });

  it('puts the row back when the server refuses', async () => {
    await setup([habit('a', 'Meditate')], { refuse: true });
    fireEvent.click(screen.getByRole('button', { name: 'Mark Meditate done' }));
    expect(await screen.findByRole('button', { name: 'Meditate: done today' })).toBeTruthy();
    await screen.findByRole('button', { name: 'Mark Meditate done' });
    expect(screen.getByText('0 of 1 done')).toBeTruthy();
  });

  it('reorders with up and down buttons, keeping keyboard focus on the moved habit', async () => {
    const { calls } = await setup([habit('a', 'Alpha'), habit('b', 'Beta'), habit('c', 'Gamma')]);
    fireEvent.click(screen.getByRole('button', { name: 'Reorder' }));
    const up = screen.getByRole('button', { name: 'Move Beta up' });
    up.focus();
    fireEvent.click(up);
    const names = () =>
      within(screen.getByRole('list'))
        .getAllByRole('button', { name: /^(Alpha|Beta|Gamma)$/ })
        .map((b) => b.textContent);
    await waitFor(() => expect(names()).toEqual(['Beta', 'Alpha', 'Gamma']));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Beta up' }));
    await waitFor(() => expect(calls).toEqual(['POST /api/habits/reorder {"ids":["b","a","c"]}']));
    // The first habit cannot go further up.
    const top = screen.getByRole('button', { name: 'Move Beta up' });
    expect(top.getAttribute('aria-disabled')).toBe('true');
    await act(async () => fireEvent.click(top));
    expect(calls).toHaveLength(1);
  });

  it('lists habits not scheduled today apart, still ready to be done', async () => {
    await setup([
      habit('a', 'Daily walk'),
      habit('b', 'Gym', { due_today: false, schedule_type: 'weekdays', schedule_days: [1, 3] }),
    ]);
    const apart = screen.getByRole('region', { name: 'Not due today' });
    expect(within(apart).getByRole('button', { name: 'Mark Gym done' })).toBeTruthy();
    expect(screen.getByText('0 of 1 done')).toBeTruthy();
  });
});
