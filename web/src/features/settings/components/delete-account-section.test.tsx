import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { authKeys } from '@/lib/query-keys';
import { DELETE_PHRASE, DeleteAccountSection } from './delete-account-section';

const toastSuccess = vi.hoisted(() => vi.fn());
vi.mock('sonner', () => ({ toast: { success: toastSuccess, error: vi.fn() } }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setup() {
  const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
  vi.stubGlobal('fetch', fetchMock);
  const client = createQueryClient();
  client.setQueryData(authKeys.session, {
    user: { id: 'u1', name: 'Ada', email: null, image: null, timezone: 'UTC', day_start_hour: 4 },
    terms_version: '1',
    terms_accepted: true,
    age_verified: true,
  });
  const router = createMemoryRouter(
    [
      { path: '/settings', element: <DeleteAccountSection /> },
      { path: '/sign-in', element: <p>Signed out page</p> },
    ],
    { initialEntries: ['/settings'] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { fetchMock, client, router };
}

describe('DeleteAccountSection', () => {
  it('keeps the final button disabled until the exact phrase is typed', () => {
    const { fetchMock } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete account…' }));
    const confirm = screen.getByRole('button', { name: 'Delete my account forever' }) as HTMLButtonElement;
    const input = screen.getByLabelText(`Type "${DELETE_PHRASE}" to confirm`);

    expect(confirm.disabled).toBe(true);
    fireEvent.change(input, { target: { value: 'delete my accoun' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(input, { target: { value: 'DELETE' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: `  ${DELETE_PHRASE.toUpperCase()} ` } });
    expect(confirm.disabled).toBe(false);
  });

  it('deletes the account, forgets the session and goes to sign-in', async () => {
    const { fetchMock, client, router } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete account…' }));
    fireEvent.change(screen.getByLabelText(`Type "${DELETE_PHRASE}" to confirm`), {
      target: { value: DELETE_PHRASE },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account forever' }));

    await screen.findByText('Signed out page');
    expect(fetchMock).toHaveBeenCalledWith('/api/user', expect.objectContaining({ method: 'DELETE' }));
    expect(router.state.location.pathname).toBe('/sign-in');
    await waitFor(() => expect(client.getQueryData<{ user: unknown }>(authKeys.session)?.user).toBeNull());
    // Said after the page that asked is gone.
    await waitFor(() => expect(toastSuccess).toHaveBeenCalledWith('Your account and all its data were deleted.'));
  });
});
