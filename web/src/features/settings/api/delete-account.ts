import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { endSession } from '@/lib/auth';

/** DELETE /api/user: removes the account and everything in it, and ends the session; `leave` runs first. */
export function useDeleteAccount(leave: () => void | Promise<void>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/user'),
    onSuccess: () => endSession(client, leave),
  });
}
