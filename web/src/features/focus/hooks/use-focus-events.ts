import { useQueryClient } from '@tanstack/react-query';
import { useRealtimeEvent } from '@/lib/events';
import { focusKeys } from '@/lib/query-keys';
import type { ActiveFocus } from '../api/get-active-focus';

/**
 * Follows the timer changes other devices make, the moment they are announced: the event's
 * figures are applied to the cached session at once (the stream also refetches it). An event
 * older than what this device already knows is ignored.
 */
export function useFocusEvents(): void {
  const client = useQueryClient();
  useRealtimeEvent('focus_state', (data) => {
    const current = client.getQueryData<ActiveFocus>(focusKeys.active);
    const session = current?.session;
    if (session && Date.parse(data.at) < Date.parse(session.now)) return;
    const received_at = Date.now();
    if (data.status === 'active' || data.status === 'paused') {
      if (!session || session.id !== data.session_id) return; // a new session: the refetch brings it whole
      client.setQueryData<ActiveFocus>(focusKeys.active, {
        received_at,
        session: {
          ...session,
          status: data.status,
          remaining_seconds: data.remaining_seconds ?? session.remaining_seconds,
          focused_seconds: data.focused_seconds ?? session.focused_seconds,
          paused_at: data.paused_at,
          ends_at: data.ends_at,
          now: data.at,
        },
      });
    } else if (session && (data.status === 'idle' || data.session_id === session.id)) {
      client.setQueryData<ActiveFocus>(focusKeys.active, { session: null, received_at });
    }
  });
}
