import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createRewardBody } from '#common/contracts/market';
import { api } from '@/lib/api-client';
import { marketKeys } from '@/lib/query-keys';
import type { PersonalRewardWire } from './types';

export type CreateRewardBody = z.input<typeof createRewardBody>;

/** POST /api/market/rewards: a reward of the user's own, at the price they set. */
export function useCreateReward() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRewardBody) => api.post<PersonalRewardWire>('/market/rewards', body),
    onSuccess: () => client.invalidateQueries({ queryKey: marketKeys.page }),
    meta: { errorToast: false }, // the form shows it
  });
}
