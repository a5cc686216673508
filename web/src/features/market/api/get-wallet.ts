import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, fetchApi } from '@/lib/api-client';
import { marketKeys } from '@/lib/query-keys';
import type { MarketTransactionWire, WalletTotalsWire } from './types';

const PAGE_SIZE = 20;

export interface WalletPage {
  data: WalletTotalsWire & { transactions: MarketTransactionWire[] };
  page: { limit: number; next_cursor: string | null };
}

/** One page of the wallet's history; its `data` is an object, so `api.page` cannot read it. */
async function getWalletPage(cursor: string | undefined, signal: AbortSignal): Promise<WalletPage> {
  const response = await fetchApi('GET', '/market/wallet', { query: { limit: PAGE_SIZE, cursor }, signal });
  const body = (await response.json().catch(() => null)) as Partial<WalletPage> | null;
  if (!body?.data || !Array.isArray(body.data.transactions)) {
    throw new ApiError('bad_response', response.status, 'The server sent an answer the app cannot read.');
  }
  return { data: body.data, page: body.page ?? { limit: PAGE_SIZE, next_cursor: null } };
}

export const walletQueryOptions = infiniteQueryOptions({
  queryKey: marketKeys.wallet,
  queryFn: ({ pageParam, signal }) => getWalletPage(pageParam, signal),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.page.next_cursor ?? undefined,
});

/** GET /api/market/wallet: the totals and the market history, newest first, a page at a time. */
export function useWallet() {
  return useInfiniteQuery(walletQueryOptions);
}
