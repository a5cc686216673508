import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { adminTable, adminTableRow } from '#common/contracts/admin';
import { api } from '@/lib/api-client';

export type AdminTableWire = z.input<typeof adminTable>;
export type AdminTableRowWire = z.input<typeof adminTableRow>;

const PAGE_SIZE = 50;

/** One equality filter on a column the table offers. */
export interface TableFilter {
  column: string;
  value: string;
}

export const adminTableKeys = {
  all: ['admin', 'tables'] as const,
  list: () => ['admin', 'tables', 'list'] as const,
  rows: (table: string, filter: TableFilter | null) => ['admin', 'tables', 'rows', table, filter] as const,
};

export const adminTablesQueryOptions = () =>
  queryOptions({
    queryKey: adminTableKeys.list(),
    queryFn: ({ signal }) => api.get<AdminTableWire[]>('/admin/tables', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** GET /api/admin/tables: the tables that may be browsed, their columns and filters. */
export function useAdminTables() {
  return useQuery(adminTablesQueryOptions());
}

export const adminTableRowsQueryOptions = (table: string, filter: TableFilter | null) =>
  infiniteQueryOptions({
    queryKey: adminTableKeys.rows(table, filter),
    queryFn: ({ pageParam, signal }) =>
      api.page<AdminTableRowWire>(`/admin/tables/${encodeURIComponent(table)}`, {
        query: {
          limit: PAGE_SIZE,
          cursor: pageParam,
          ...(filter ? { [`filter[${filter.column}]`]: filter.value } : {}),
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/admin/tables/:table: a table's rows, newest first, a page at a time. */
export function useAdminTableRows(table: string | null, filter: TableFilter | null) {
  return useInfiniteQuery({ ...adminTableRowsQueryOptions(table ?? '', filter), enabled: table !== null });
}
