import { type QueryClient, type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { syncState } from '#common/contracts/today';
import { ApiError, fetchApi } from './api-client';
import {
  focusKeys,
  gamificationKeys,
  habitKeys,
  inboxKeys,
  planKeys,
  questKeys,
  syncKeys,
  todayKeys,
} from './query-keys';

/**
 * The fallback for the event stream (SPEC §7): while `/api/events` is down, read the compact
 * state of `GET /api/sync/poll` every few seconds with the last ETag (an unchanged state is a
 * 304 without a body) and refresh the queries fed by the parts that changed. It stops as soon as
 * the stream is back, which then refetches what it missed by itself.
 */

export type SyncStateWire = z.input<typeof syncState>;

interface Polled {
  state: SyncStateWire;
  etag: string | null;
}

/** How often to poll, and how long the stream must have been down before the first poll. */
export const SYNC_POLL_MS = 5_000;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The queries to refresh after the state went from `before` to `after`: each part of the poll
 * feeds its own, and Today shows a little of every part. Without a `before` (the first poll)
 * anything may have changed while the stream was down.
 */
export function staleKeys(before: SyncStateWire | undefined, after: SyncStateWire): QueryKey[] {
  const changed = (part: (s: SyncStateWire) => unknown) => !before || !same(part(before), part(after));
  const keys: QueryKey[] = [];
  if (changed((s) => s.progress)) keys.push(gamificationKeys.all);
  if (changed((s) => s.badges.habits_due)) keys.push(habitKeys.lists);
  if (changed((s) => s.badges.quests_claimable)) keys.push(questKeys.all);
  if (changed((s) => s.badges.inbox_unread)) keys.push(inboxKeys.all);
  if (changed((s) => s.focus)) keys.push(focusKeys.all);
  if (changed((s) => s.plan)) keys.push(planKeys.all);
  if (keys.length > 0 || changed((s) => s.badges)) keys.push(todayKeys.all);
  return keys;
}

async function poll(client: QueryClient, signal: AbortSignal): Promise<Polled> {
  const previous = client.getQueryData<Polled>(syncKeys.poll);
  const response = await fetchApi('GET', '/sync/poll', {
    signal,
    cache: 'no-store',
    headers: previous?.etag ? { 'if-none-match': previous.etag } : undefined,
  });
  if (response.status === 304 && previous) return previous;
  const body = (await response.json().catch(() => null)) as { data?: SyncStateWire } | null;
  if (!body?.data)
    throw new ApiError('bad_response', response.status, 'The server sent an answer the app cannot read.');
  for (const queryKey of staleKeys(previous?.state, body.data)) void client.invalidateQueries({ queryKey });
  return { state: body.data, etag: response.headers.get('etag') };
}

/** Polls while `streamDown` has held for `SYNC_POLL_MS`; stops the moment it no longer does. */
export function useSyncPoll(streamDown: boolean): void {
  const client = useQueryClient();
  const [polling, setPolling] = useState(false);
  useEffect(() => {
    setPolling(false);
    if (!streamDown) return;
    const timer = setTimeout(() => setPolling(true), SYNC_POLL_MS);
    return () => clearTimeout(timer);
  }, [streamDown]);
  useQuery({
    queryKey: syncKeys.poll,
    queryFn: ({ signal }) => poll(client, signal),
    enabled: polling,
    staleTime: 0,
    refetchInterval: SYNC_POLL_MS,
    refetchIntervalInBackground: false,
    // The next tick is the retry.
    retry: false,
  });
}
