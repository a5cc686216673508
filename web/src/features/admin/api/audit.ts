import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditEntry } from '#common/contracts/admin';
import { api } from '@/lib/api-client';
import { adminAuditKeys } from '@/lib/query-keys';
import type { AuditQuery } from '../utils/audit-filters';

/** An audit row (timestamps as strings). */
export type AuditEntryWire = z.input<typeof auditEntry>;

const PAGE_SIZE = 50;

export const auditListOptions = (query: AuditQuery) =>
  infiniteQueryOptions({
    queryKey: adminAuditKeys.list(query),
    queryFn: ({ pageParam, signal }) =>
      api.page<AuditEntryWire>('/admin/audit', { query: { ...query, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/admin/audit: the audit log, newest first, by the filters in force. */
export function useAuditLog(query: AuditQuery) {
  return useInfiniteQuery(auditListOptions(query));
}
