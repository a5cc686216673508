import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { endSession } from '@/lib/auth';

/** POST /api/auth/signout-all: ends every session of the user, this one included; `leave` runs first. */
export function useSignOutEverywhere(leave: () => void | Promise<void>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/signout-all'),
    onSuccess: () => endSession(client, leave),
  });
}
