import { useQuery } from '@tanstack/react-query';
import { onboardingQueryOptions } from '@/lib/onboarding';

/** GET /api/onboarding: the flow, the user's place in it and their answers. */
export function useOnboarding() {
  return useQuery(onboardingQueryOptions);
}
