import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { RouteError } from './route-error';

afterEach(cleanup);

/** A page that fails while `broken` is set. */
let broken = false;
function Flaky() {
  if (broken) throw new Error('The widget broke');
  return <h1>Habits</h1>;
}

describe('RouteError', () => {
  it('shows the failure and renders the page again on "Try again"', async () => {
    broken = true;
    const router = createMemoryRouter(
      [
        { path: '/', element: <p>Shell stays</p> },
        { path: '/habits', Component: Flaky, ErrorBoundary: RouteError },
      ],
      { initialEntries: ['/habits'] },
    );
    render(
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );

    expect(await screen.findByText('This page ran into a problem')).toBeTruthy();
    expect(screen.getByText('The widget broke')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: /try again/i }));
    expect(await screen.findByRole('heading', { name: 'Habits' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/habits');
  });

  it('offers a reload when the page code itself failed to download', async () => {
    const router = createMemoryRouter(
      [
        {
          path: '/',
          ErrorBoundary: RouteError,
          lazy: async () => {
            throw new TypeError('Failed to fetch dynamically imported module: /assets/page.js');
          },
        },
      ],
      { initialEntries: ['/'] },
    );
    render(
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
