import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { onboardingChange, onboardingView } from '#common/contracts/onboarding';
import { api } from './api-client';
import { onboardingKeys } from './query-keys';

/**
 * The user's onboarding, read by the app's gate (first sign-in goes to /onboarding), the
 * onboarding page and Settings (restart), so its query lives here rather than in one feature.
 */
export type OnboardingViewWire = z.input<typeof onboardingView>;
export type OnboardingChangeWire = z.input<typeof onboardingChange>;

export const onboardingQueryOptions = queryOptions({
  queryKey: onboardingKeys.all,
  queryFn: ({ signal }) => api.get<OnboardingViewWire>('/onboarding', { signal }),
  // Only this user's own actions change it, and each writes the answer into the cache.
  staleTime: Number.POSITIVE_INFINITY,
});

/** True while the flow should still be offered. */
export const onboardingPending = (view: Pick<OnboardingViewWire, 'status'>): boolean =>
  view.status === 'not_started' || view.status === 'in_progress';

/** Puts the server's answer to a change in the cache, so the gate and the page see it at once. */
export function storeOnboarding(client: QueryClient, view: OnboardingChangeWire): void {
  const { created_goal_id: _, ...rest } = view;
  client.setQueryData<OnboardingViewWire>(onboardingKeys.all, rest);
}
