import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { authKeys } from '@/lib/query-keys';
import type { AdminAnalysisWire } from '../api/money';
import { MoneyPage } from './money-page';

vi.mock('sonner', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const OWNER = '0f8fad5b-d9cb-469f-a165-70867728950e';
const analysis = (id: string, title: string, status: AdminAnalysisWire['status']): AdminAnalysisWire => ({
  id,
  track: { id: `${id}-track`, title },
  owner_id: OWNER,
  status,
  attempts: status === 'failed' ? 3 : 0,
  error: status === 'failed' ? 'The decoder gave up.' : null,
  created_at: '2026-03-01T08:00:00.000Z',
  started_at: null,
  completed_at: null,
  updated_at: '2026-03-01T08:00:00.000Z',
});
const queue = [
  analysis('a1', 'Broken bounce', 'failed'),
  analysis('a2', 'Waiting demo', 'queued'),
  analysis('a3', 'Finished mix', 'completed'),
];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function setup(permissions: string[], path = '/admin/money') {
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      requests.push(`${method} ${url}`);
      if (method === 'GET' && url.startsWith('/api/admin/analyses')) {
        const status = new URLSearchParams(url.split('?')[1]).get('status');
        return json({ data: queue.filter((a) => !status || a.status === status), page: { next_cursor: null } });
      }
      if (method === 'GET' && url.startsWith('/api/admin/purchases'))
        return json({ data: [], page: { next_cursor: null } });
      const action = /^\/api\/admin\/analyses\/(\w+)\/(retry|cancel)$/.exec(url);
      if (method === 'POST' && action) {
        const found = queue.find((a) => a.id === action[1]);
        return json({ data: { ...found, status: action[2] === 'retry' ? 'queued' : 'cancelled' } });
      }
      return json({ error: { code: 'not_found', message: 'Not found.' } }, 404);
    }),
  );
  const client = createQueryClient();
  client.setQueryData(authKeys.session, {
    user: {
      id: 'a0000000-0000-4000-8000-000000000000',
      name: 'Ada',
      email: null,
      image: null,
      timezone: 'UTC',
      day_start_hour: 4,
      roles: ['admin'],
      permissions,
      created_at: '2026-01-01T00:00:00.000Z',
    },
    terms_version: '1',
    terms_accepted: true,
    age_verified: true,
  });
  const router = createMemoryRouter([{ path: '/admin/money', element: <MoneyPage /> }], { initialEntries: [path] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { requests };
}

describe('the Money and jobs page', () => {
  it('shows the purchases only with market:manage, and the queue only with system:admin', async () => {
    setup(['market:manage'], `/admin/money?user=${OWNER}`);
    expect(await screen.findByText('This user has bought nothing.')).toBeTruthy();
    expect(screen.getByLabelText('User id')).toHaveProperty('value', OWNER);
    expect(screen.queryByRole('heading', { name: 'Analysis queue' })).toBeNull();
    cleanup();

    const { requests } = setup(['system:admin']);
    expect(await screen.findByRole('list', { name: 'Analyses' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Purchases' })).toBeNull();
    expect(requests.some((r) => r.includes('/api/admin/purchases'))).toBe(false);
  });

  it('offers retry for a failed analysis and cancel for a waiting one, and filters by status', async () => {
    const { requests } = setup(['system:admin']);
    const list = await screen.findByRole('list', { name: 'Analyses' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(within(rows[0] as HTMLElement).getByRole('button', { name: 'Retry Broken bounce' })).toBeTruthy();
    expect(within(rows[0] as HTMLElement).queryByRole('button', { name: /^Cancel/ })).toBeNull();
    expect(within(rows[1] as HTMLElement).getByRole('button', { name: 'Cancel Waiting demo' })).toBeTruthy();
    expect(within(rows[2] as HTMLElement).queryAllByRole('button')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'failed' } });
    await vi.waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Analyses' })).getAllByRole('listitem')).toHaveLength(1),
    );
    expect(requests).toContain('GET /api/admin/analyses?status=failed&limit=20');

    fireEvent.click(screen.getByRole('button', { name: 'Retry Broken bounce' }));
    await vi.waitFor(() => expect(requests).toContain('POST /api/admin/analyses/a1/retry'));
  });

  it('cancels an analysis only once the admin confirms', async () => {
    const { requests } = setup(['system:admin']);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel Waiting demo' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this analysis?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel Waiting demo' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Cancel this analysis?' })).getByRole('button', {
        name: 'Cancel analysis',
      }),
    );
    await vi.waitFor(() => expect(requests).toContain('POST /api/admin/analyses/a2/cancel'));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
