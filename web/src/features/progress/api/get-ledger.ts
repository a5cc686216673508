import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ledgerEntry } from '#common/contracts/gamification';
import { api } from '@/lib/api-client';
import { gamificationKeys } from '@/lib/query-keys';

export type LedgerEntryWire = z.input<typeof ledgerEntry>;

const PAGE_SIZE = 20;

export const ledgerQueryOptions = infiniteQueryOptions({
  queryKey: gamificationKeys.ledger,
  queryFn: ({ pageParam, signal }) =>
    api.page<LedgerEntryWire>('/gamification/ledger', { query: { limit: PAGE_SIZE, cursor: pageParam }, signal }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.page.next_cursor ?? undefined,
});

/** GET /api/gamification/ledger: every award, spend and reversal, newest first, a page at a time. */
export function useLedger() {
  return useInfiniteQuery(ledgerQueryOptions);
}
