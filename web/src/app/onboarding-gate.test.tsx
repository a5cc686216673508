import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { OnboardingViewWire } from '@/lib/onboarding';
import { createQueryClient } from '@/lib/query-client';
import { onboardingKeys } from '@/lib/query-keys';
import { OnboardingGate } from './onboarding-gate';

afterEach(cleanup);

function renderAt(path: string, status: OnboardingViewWire['status']) {
  const client = createQueryClient();
  client.setQueryData(onboardingKeys.all, { status } as OnboardingViewWire);
  const router = createMemoryRouter(
    [
      { path: '/onboarding', element: <h1>Onboarding</h1> },
      {
        element: <OnboardingGate />,
        children: [
          { path: '/today', element: <h1>Today</h1> },
          { path: '/goals', element: <h1>Goals</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('OnboardingGate', () => {
  it('sends a user who has not finished onboarding to it, remembering a deep link', async () => {
    const fromToday = renderAt('/today', 'not_started');
    expect(await screen.findByRole('heading', { name: 'Onboarding' })).toBeTruthy();
    expect(fromToday.state.location.search).toBe('');
    cleanup();
    const fromGoals = renderAt('/goals', 'in_progress');
    expect(await screen.findByRole('heading', { name: 'Onboarding' })).toBeTruthy();
    expect(fromGoals.state.location.search).toBe('?redirect=%2Fgoals');
  });

  it('lets a user who completed or skipped it straight through', async () => {
    renderAt('/goals', 'completed');
    expect(await screen.findByRole('heading', { name: 'Goals' })).toBeTruthy();
    cleanup();
    renderAt('/today', 'skipped');
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeTruthy();
  });
});
