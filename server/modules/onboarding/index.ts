import type { OnboardingStatus } from '#common/contracts/onboarding';
import { type Fact, factObject, mapFact } from '../../platform/facts';
import { defineModule } from '../../platform/module';
import { settingFact } from '../settings';
import { statusFact } from './onboarding.repo';
import { onboardingRoutes } from './onboarding.routes';

export const onboardingModule = defineModule({
  name: 'onboarding',
  prefix: '/api/onboarding',
  plugin: onboardingRoutes,
});

export interface OnboardingSummary {
  /** `not_started` for a user who never opened the flow. */
  status: OnboardingStatus;
  /** The interests the user picked (kept in the `interests` setting, which Settings may change later). */
  interests: string[];
}

/** Where the user is in onboarding and what they said they care about (for Today). */
export const onboardingFact: Fact<OnboardingSummary, unknown> = mapFact<
  { status: string | null; interests: string[] },
  OnboardingSummary,
  unknown
>(factObject({ status: statusFact, interests: settingFact('interests') }), (f) => ({
  status: (f.status ?? 'not_started') as OnboardingStatus,
  interests: f.interests,
}));
