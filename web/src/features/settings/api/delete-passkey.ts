import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { passkeysQueryOptions } from './get-passkeys';

/** DELETE /api/user/passkeys/:id. */
export function useDeletePasskey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/user/passkeys/${encodeURIComponent(id)}`),
    onSettled: () => client.invalidateQueries({ queryKey: passkeysQueryOptions.queryKey }),
  });
}
