import { useQuery } from '@tanstack/react-query';
import { inboxKeys } from '@/lib/query-keys';
import { fetchInbox } from './get-inbox';

/** How many items in the inbox are unread (the nav badge); refreshed by the event stream. */
export function useInboxUnreadCount(): number {
  const query = useQuery({
    queryKey: inboxKeys.unread,
    queryFn: ({ signal }) => fetchInbox({ limit: 1 }, signal).then((p) => p.unread_count),
    staleTime: 60_000,
  });
  return query.data ?? 0;
}
