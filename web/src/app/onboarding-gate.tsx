import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { onboardingPending, onboardingQueryOptions } from '@/lib/onboarding';
import { HOME_PATH } from '@/lib/redirect';
import { RootSkeleton } from './routes/root-skeleton';

/**
 * Sends a signed-in user whose onboarding is not started or in progress to /onboarding, with the
 * page they wanted as the place to land afterwards. If the state cannot be read, the app opens
 * anyway: onboarding is a welcome, never a wall.
 */
export function OnboardingGate() {
  const onboarding = useQuery(onboardingQueryOptions);
  const location = useLocation();
  if (onboarding.isPending) return <RootSkeleton />;
  if (onboarding.data && onboardingPending(onboarding.data)) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    const to = here === HOME_PATH || here === '/' ? '/onboarding' : `/onboarding?redirect=${encodeURIComponent(here)}`;
    return <Navigate to={to} replace />;
  }
  return <Outlet />;
}
