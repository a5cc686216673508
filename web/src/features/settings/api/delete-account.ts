import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { clearSession } from '@/lib/auth';

/** DELETE /api/user: removes the account and everything in it, and ends the session. */
export function useDeleteAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/user'),
    onSuccess: () => clearSession(client),
  });
}
