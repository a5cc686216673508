import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AdminAnalysis, adminAnalysis } from '#common/contracts/admin';
import type { purchase } from '#common/contracts/market';
import { api } from '@/lib/api-client';
import { adminMoneyKeys } from '@/lib/query-keys';

/** A purchase as its owner's inventory shows it (timestamps as strings). */
export type AdminPurchaseWire = z.input<typeof purchase>;
/** An analysis in the queue (timestamps as strings). */
export type AdminAnalysisWire = z.input<typeof adminAnalysis>;
export type AnalysisStatus = AdminAnalysis['status'];

const PAGE_SIZE = 20;

export const adminPurchasesOptions = (userId: string) =>
  infiniteQueryOptions({
    queryKey: adminMoneyKeys.purchases(userId),
    queryFn: ({ pageParam, signal }) =>
      api.page<AdminPurchaseWire>('/admin/purchases', {
        query: { user_id: userId, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/admin/purchases?user_id=: one user's purchases, newest first. */
export function useAdminPurchases(userId: string | null) {
  return useInfiniteQuery({ ...adminPurchasesOptions(userId ?? ''), enabled: userId !== null });
}

/** POST /api/admin/purchases/:id/refund: coins back to the owner, the unit back to stock. */
export function useRefundPurchase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<AdminPurchaseWire>(`/admin/purchases/${encodeURIComponent(id)}/refund`),
    meta: { errorToast: false }, // the dialog says why
    onSettled: () => client.invalidateQueries({ queryKey: adminMoneyKeys.allPurchases }),
  });
}

export const adminAnalysesOptions = (status: AnalysisStatus | 'all') =>
  infiniteQueryOptions({
    queryKey: adminMoneyKeys.analysisList(status),
    queryFn: ({ pageParam, signal }) =>
      api.page<AdminAnalysisWire>('/admin/analyses', {
        query: { status: status === 'all' ? undefined : status, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/admin/analyses: every user's analyses, newest first, optionally of one status. */
export function useAdminAnalyses(status: AnalysisStatus | 'all') {
  return useInfiniteQuery(adminAnalysesOptions(status));
}

/** POST /api/admin/analyses/:id/retry or /cancel. */
export function useAnalysisAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'retry' | 'cancel' }) =>
      api.post<AdminAnalysisWire>(`/admin/analyses/${encodeURIComponent(id)}/${action}`),
    onSettled: () => client.invalidateQueries({ queryKey: adminMoneyKeys.analyses }),
  });
}
