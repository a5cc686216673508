import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { marketKeys } from '@/lib/query-keys';
import type { CreateRewardBody } from './create-reward';
import type { PersonalRewardWire } from './types';

/** PATCH /api/market/rewards/:id: its title, price, icon or daily limit. */
export function useUpdateReward() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<CreateRewardBody> & { id: string }) =>
      api.patch<PersonalRewardWire>(`/market/rewards/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: marketKeys.page }),
    meta: { errorToast: false }, // the form shows it
  });
}
