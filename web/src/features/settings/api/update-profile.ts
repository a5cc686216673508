import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { updateProfileBody } from '#common/contracts/user';
import { api } from '@/lib/api-client';
import { authKeys } from '@/lib/query-keys';
import { type Profile, profileQueryOptions } from './get-profile';

export type UpdateProfileInput = z.input<typeof updateProfileBody>;

/** PATCH /api/user; the session (which carries the name and time zone) is refreshed too. */
export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => api.patch<Profile>('/user', input),
    onSuccess: (profile) => {
      client.setQueryData(profileQueryOptions.queryKey, profile);
      return client.invalidateQueries({ queryKey: authKeys.session });
    },
  });
}
