import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { clearSession } from '@/lib/auth';

/** POST /api/auth/signout-all: ends every session of the user, this one included. */
export function useSignOutEverywhere() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/signout-all'),
    onSuccess: () => clearSession(client),
  });
}
