import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { providers } from '#common/contracts/auth';
import { api } from '@/lib/api-client';
import { authKeys } from '@/lib/query-keys';

export type Providers = z.input<typeof providers>;

export const providersQueryOptions = queryOptions({
  queryKey: authKeys.providers,
  queryFn: ({ signal }) => api.get<Providers>('/auth/providers', { signal }),
  staleTime: 5 * 60_000,
});

export function useProviders() {
  return useQuery(providersQueryOptions);
}

/** Where a provider button sends the browser; the API redirects on to the provider. */
export function providerSignInUrl(id: string, redirect: string, timezone?: string): string {
  const query = new URLSearchParams({ redirect });
  // Kept as the time zone of a user this sign-in creates.
  if (timezone) query.set('timezone', timezone);
  return `/api/auth/signin/${encodeURIComponent(id)}?${query}`;
}
