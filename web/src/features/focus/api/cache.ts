import type { QueryClient } from '@tanstack/react-query';
import { focusKeys } from '@/lib/query-keys';
import type { FocusSessionWire } from '../utils/timer';
import type { ActiveFocus } from './get-active-focus';

/**
 * Puts a session the server just answered with into the cache: the open one becomes the active
 * session (counting from now), a closed one clears it and refreshes history and stats.
 */
export function applySession(client: QueryClient, session: FocusSessionWire): void {
  const open = session.status === 'active' || session.status === 'paused';
  client.setQueryData<ActiveFocus>(focusKeys.active, { session: open ? session : null, received_at: Date.now() });
  if (!open) refreshFocusLists(client);
}

/** History and stats change when a session starts or closes. */
export function refreshFocusLists(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: focusKeys.history });
  void client.invalidateQueries({ queryKey: focusKeys.stats });
}
