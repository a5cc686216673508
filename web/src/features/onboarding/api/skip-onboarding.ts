import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { type OnboardingChangeWire, storeOnboarding } from '@/lib/onboarding';

/** POST /api/onboarding/skip: the rest of the flow, or with `step_id` only that optional step. */
export function useSkipOnboarding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (stepId?: string) =>
      api.post<OnboardingChangeWire>('/onboarding/skip', stepId ? { step_id: stepId } : {}),
    onSuccess: (view) => storeOnboarding(client, view),
  });
}
