import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, fetchApi } from '@/lib/api-client';
import { inboxKeys } from '@/lib/query-keys';
import type { InboxItemWire, InboxKindFilter, InboxView } from './types';

export interface InboxPage {
  data: InboxItemWire[];
  page: { limit: number; next_cursor: string | null };
  unread_count: number;
}

/** GET /api/inbox with its filters, keeping `unread_count` beside the page. */
export async function fetchInbox(
  query: Record<string, string | number | undefined>,
  signal?: AbortSignal,
): Promise<InboxPage> {
  const response = await fetchApi('GET', '/inbox', { query, signal });
  const body = (await response.json().catch(() => null)) as InboxPage | null;
  if (!body || !Array.isArray(body.data) || typeof body.unread_count !== 'number') {
    throw new ApiError('bad_response', response.status, 'The server sent an answer the app cannot read.');
  }
  return body;
}

const viewQuery: Record<InboxView, { archived: string; unread?: string }> = {
  inbox: { archived: 'false' },
  unread: { archived: 'false', unread: 'true' },
  archive: { archived: 'true' },
};

export const inboxQueryOptions = (view: InboxView, kind: InboxKindFilter) =>
  infiniteQueryOptions({
    queryKey: inboxKeys.list(view, kind),
    queryFn: ({ pageParam, signal }) =>
      fetchInbox({ ...viewQuery[view], kind: kind === 'all' ? undefined : kind, limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** The inbox, the unread items or the archive, newest first, a page at a time. */
export function useInbox(view: InboxView, kind: InboxKindFilter) {
  return useInfiniteQuery(inboxQueryOptions(view, kind));
}
