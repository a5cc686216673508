import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { type OnboardingChangeWire, storeOnboarding } from '@/lib/onboarding';

/** POST /api/onboarding/start: the flow begins at its first step. */
export function useStartOnboarding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<OnboardingChangeWire>('/onboarding/start'),
    onSuccess: (view) => storeOnboarding(client, view),
  });
}
