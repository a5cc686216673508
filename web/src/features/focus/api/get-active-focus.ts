import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { focusKeys } from '@/lib/query-keys';
import type { FocusSessionWire } from '../utils/timer';

/** The open session (or none) and when this browser received it, which the countdown starts from. */
export interface ActiveFocus {
  session: FocusSessionWire | null;
  received_at: number;
}

export const activeFocusQueryOptions = queryOptions({
  queryKey: focusKeys.active,
  queryFn: async ({ signal }): Promise<ActiveFocus> => {
    const session = await api.get<FocusSessionWire | null>('/focus/active', { signal });
    return { session: session ?? null, received_at: Date.now() };
  },
  // The server's clock is the truth: read it again whenever the page comes back into view.
  staleTime: 0,
  refetchOnWindowFocus: 'always',
  refetchOnReconnect: 'always',
});

/** GET /api/focus/active, polled every `pollMs` while a session is open (when given). */
export function useActiveFocus(pollMs: number | false = false) {
  return useQuery({
    ...activeFocusQueryOptions,
    refetchInterval: (query) => (pollMs && query.state.data?.session ? pollMs : false),
    refetchIntervalInBackground: false,
  });
}
