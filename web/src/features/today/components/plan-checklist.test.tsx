import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { planKeys } from '@/lib/query-keys';
import { afterClick, holdApi, json } from '@/test/held-api';
import type { PlanItemWire, PlanWire } from '../api/types';
import { PlanChecklist } from './plan-checklist';

const DATE = '2026-05-04';
const AT = '2026-05-04T08:00:00.000Z';

function item(id: string, title: string, completed = false): PlanItemWire {
  return {
    id,
    plan_id: 'p',
    kind: 'custom',
    ref_id: null,
    title,
    details: null,
    duration_minutes: null,
    scheduled_at: null,
    source: 'manual',
    sort_order: 0,
    completed_at: completed ? AT : null,
    href: null,
    created_at: AT,
    updated_at: AT,
  };
}

const planOf = (items: PlanItemWire[]): PlanWire => ({
  id: 'p',
  date: DATE,
  notes: null,
  generated_at: null,
  items,
  total: items.length,
  completed: items.filter((i) => i.completed_at).length,
  updated_at: AT,
});

/** The plan API, keeping its own state; every answer waits for `answer()`. */
async function setup(initial: PlanItemWire[], options: { refuse?: boolean } = {}) {
  let items = initial;
  const api = holdApi(({ method, path, body }) => {
    if (method === 'GET' && path === '/api/plan') return json({ data: planOf(items) });
    if (options.refuse) return json({ error: { code: 'conflict', message: 'Not now.' } }, 409);
    const id = path.split('/')[4];
    if (method === 'POST' && path.endsWith('/complete')) {
      items = items.map((i) => (i.id === id ? { ...i, completed_at: AT } : i));
      return json({ data: { item: items.find((i) => i.id === id), reward: null } });
    }
    if (method === 'PATCH' && (body as { completed?: boolean }).completed === false) {
      items = items.map((i) => (i.id === id ? { ...i, completed_at: null } : i));
      return json({ data: planOf(items) });
    }
    return json({ error: { code: 'not_found', message: 'No such route' } }, 404);
  });
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <PlanChecklist date={DATE} onStartFocus={() => {}} />
    </QueryClientProvider>,
  );
  await api.answer();
  return { api, client };
}

const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name: new RegExp(name) });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Plan checklist', () => {
  it('ticks an item in the click itself, before the server answers, and keeps it ticked', async () => {
    const { api } = await setup([item('a', 'Send the mix to Sam'), item('b', 'Stretch')]);
    await afterClick(box('Send the mix to Sam'), () => {
      expect(box('Send the mix to Sam').checked).toBe(true);
      expect(screen.getByText('1 of 2 done')).toBeTruthy();
      expect(api.pending()).toBe(1);
    });
    await api.answer(); // the completion
    await api.answer(); // the refetch after it
    expect(box('Send the mix to Sam').checked).toBe(true);
    expect(api.calls).toContain('POST /api/plan/items/a/complete');
  });

  it('is not undone by a read that was already on its way when the box was ticked', async () => {
    const { api, client } = await setup([item('a', 'Send the mix to Sam')]);
    void client.invalidateQueries({ queryKey: planKeys.day(DATE) });
    expect(api.pending()).toBe(1); // a read of the plan as it was, still unanswered
    await afterClick(box('Send the mix to Sam'), () => expect(box('Send the mix to Sam').checked).toBe(true));
    await api.answer(); // the old read arrives first, then the completion
    expect(box('Send the mix to Sam').checked).toBe(true);
    await api.answer();
    expect(box('Send the mix to Sam').checked).toBe(true);
  });

  it('unticks at once too', async () => {
    const { api } = await setup([item('a', 'Stretch', true)]);
    await afterClick(box('Stretch'), () => {
      expect(box('Stretch').checked).toBe(false);
      expect(screen.getByText('0 of 1 done')).toBeTruthy();
    });
    await api.answer();
    expect(box('Stretch').checked).toBe(false);
    expect(api.calls).toContain('PATCH /api/plan/items/a {"completed":false}');
  });

  it('puts the box back when the server refuses', async () => {
    const { api } = await setup([item('a', 'Stretch')], { refuse: true });
    await afterClick(box('Stretch'), () => expect(box('Stretch').checked).toBe(true));
    await api.answer();
    expect(box('Stretch').checked).toBe(false);
    expect(screen.getByRole('alert').textContent).toMatch('did not go through');
  });
});
