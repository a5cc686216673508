import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { authKeys } from '@/lib/query-keys';
import type { AdminUserDetailWire } from '../api/users';
import { UserPage } from './user-page';
import { UsersPage } from './users-page';

vi.mock('sonner', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const roles = ['admin', 'moderator', 'premium', 'super_admin', 'user'].map((name) => ({
  name,
  description: null,
  parent: null,
  permissions: [],
}));

const person = (over: Partial<AdminUserDetailWire> = {}): AdminUserDetailWire => ({
  id: 'u2',
  name: 'Bea Person',
  email: 'bea@example.org',
  image: null,
  roles: ['user'],
  created_at: '2026-01-01T00:00:00.000Z',
  last_activity_at: null,
  disabled_at: null,
  timezone: 'UTC',
  email_verified: null,
  age_verified: true,
  tos_version: '1',
  tos_accepted_at: '2026-01-01T00:00:00.000Z',
  grants: [{ role: 'user', granted_at: '2026-01-01T00:00:00.000Z', granted_by: null, expires_at: null }],
  permissions: ['content:create'],
  sign_in_methods: [],
  activity: { last_activity_at: null, last_event: null, events_30_days: 0, live_sessions: 1 },
  storage: { bytes: 0, files: 0 },
  ...over,
});

interface Sent {
  method: string;
  url: string;
  body: unknown;
}

function setup(detail: AdminUserDetailWire, me = { id: 'u1', roles: ['admin', 'user'] }, start = '/admin/users/u2') {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      sent.push({ method, url, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
      const path = url.split('?')[0];
      if (method === 'DELETE' && path === '/api/admin/users/u2') return new Response(null, { status: 204 });
      if (method !== 'GET') return json({ data: detail });
      if (path === `/api/admin/users/${detail.id}`) return json({ data: detail });
      if (path === '/api/admin/users') return json({ data: [], page: { limit: 25, next_cursor: null } });
      if (path === '/api/admin/sessions') return json({ data: [], page: { limit: 200, next_cursor: null } });
      if (path === '/api/admin/roles') return json({ data: roles });
      return json({ error: { code: 'not_found', message: 'Not found.' } }, 404);
    }),
  );
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  client.setQueryData(authKeys.session, {
    user: {
      id: me.id,
      name: 'Ada Admin',
      email: null,
      image: null,
      timezone: 'UTC',
      day_start_hour: 4,
      roles: me.roles,
      permissions: ['users:read', 'users:update', 'users:delete', 'users:manage'],
      created_at: '2026-01-01T00:00:00.000Z',
    },
    terms_version: '1',
    terms_accepted: true,
    age_verified: true,
  });
  const router = createMemoryRouter(
    [
      { path: '/admin/users/:id', element: <UserPage /> },
      { path: '/admin/users', element: <UsersPage /> },
    ],
    { initialEntries: [start] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { writes: () => sent.filter((s) => s.method !== 'GET'), sent, router };
}

describe('a person’s page', () => {
  it('asks before disabling, then disables', async () => {
    const { writes } = setup(person());
    fireEvent.click(await screen.findByRole('button', { name: 'Disable account' }));
    expect(writes()).toEqual([]);
    const dialog = screen.getByRole('dialog', { name: 'Disable Bea Person?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disable account' }));
    await waitFor(() =>
      expect(writes()).toEqual([expect.objectContaining({ method: 'POST', url: '/api/admin/users/u2/disable' })]),
    );
  });

  it('deletes after the confirmation and returns to the list', async () => {
    const { writes, router } = setup(person());
    fireEvent.click(await screen.findByRole('button', { name: 'Delete user' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete user' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));
    expect(writes()).toEqual([expect.objectContaining({ method: 'DELETE', url: '/api/admin/users/u2' })]);
  });

  it('offers the roles not held, without super admin for an admin, and grants one', async () => {
    const { writes } = setup(person());
    const select = (await screen.findByLabelText('Grant a role')) as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.value)).toEqual(['admin', 'moderator', 'premium']));
    fireEvent.change(select, { target: { value: 'moderator' } });
    fireEvent.click(screen.getByRole('button', { name: 'Grant' }));
    await waitFor(() =>
      expect(writes()).toEqual([{ method: 'PUT', url: '/api/admin/users/u2/roles/moderator', body: {} }]),
    );
  });

  it('shows no account actions and no grant on the admin’s own page', async () => {
    setup(person({ id: 'u1' }), { id: 'u1', roles: ['admin', 'user'] }, '/admin/users/u1');
    expect(await screen.findByText(/This is your account/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Disable account' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete user' })).toBeNull();
    expect(screen.queryByLabelText('Grant a role')).toBeNull();
  });
});

describe('the Users page', () => {
  it('searches once three characters are typed', async () => {
    const { sent } = setup(person(), undefined, '/admin/users');
    const box = await screen.findByLabelText('Search by name or email');
    fireEvent.change(box, { target: { value: 'be' } });
    expect(screen.getByText('Type at least three characters.')).toBeTruthy();
    fireEvent.change(box, { target: { value: 'bea' } });
    await waitFor(() => expect(sent.some((s) => s.url.includes('q=bea'))).toBe(true));
    expect(sent.some((s) => s.url.includes('q=be&'))).toBe(false);
  });
});
