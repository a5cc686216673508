import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CatalogueName, catalogueContracts } from '#common/contracts/admin';
import { api } from '@/lib/api-client';
import { adminCatalogueKeys } from '@/lib/query-keys';

/** A catalogue row as the API sends it (timestamps as strings). */
export type CatalogueRowWire = z.input<(typeof catalogueContracts)[CatalogueName]['view']> & {
  [field: string]: unknown;
};

const path = (name: CatalogueName, id?: string) => `/admin/catalogues/${name}${id ? `/${id}` : ''}`;

export const catalogueOptions = (name: CatalogueName) =>
  queryOptions({
    queryKey: adminCatalogueKeys.list(name),
    queryFn: ({ signal }) => api.get<CatalogueRowWire[]>(path(name), { signal }),
  });

/** GET /api/admin/catalogues/:catalogue: every row, inactive ones too. */
export function useCatalogue(name: CatalogueName, enabled = true) {
  return useQuery({ ...catalogueOptions(name), enabled });
}

/** POST /api/admin/catalogues/:catalogue (the form shows a refusal itself). */
export function useCreateCatalogueRow(name: CatalogueName) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<CatalogueRowWire>(path(name), body),
    onSuccess: () => client.invalidateQueries({ queryKey: adminCatalogueKeys.list(name) }),
    meta: { errorToast: false },
  });
}

/** PATCH /api/admin/catalogues/:catalogue/:id with the changed fields only. */
export function useUpdateCatalogueRow(name: CatalogueName, opts: { errorToast?: false } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) =>
      api.patch<CatalogueRowWire>(path(name, id), body),
    onSuccess: () => client.invalidateQueries({ queryKey: adminCatalogueKeys.list(name) }),
    meta: opts,
  });
}

/** DELETE /api/admin/catalogues/:catalogue/:id; 409 `in_use` while users have the row. */
export function useDeleteCatalogueRow(name: CatalogueName) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(path(name, id)),
    onSuccess: () => client.invalidateQueries({ queryKey: adminCatalogueKeys.list(name) }),
    meta: { errorToast: false },
  });
}
