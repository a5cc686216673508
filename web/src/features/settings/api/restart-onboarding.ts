import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { type OnboardingChangeWire, storeOnboarding } from '@/lib/onboarding';

/** POST /api/onboarding/reset: onboarding starts over (its answers are cleared, a goal it made stays). */
export function useRestartOnboarding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<OnboardingChangeWire>('/onboarding/reset'),
    onSuccess: (view) => storeOnboarding(client, view),
  });
}
