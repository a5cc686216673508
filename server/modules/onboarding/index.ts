import type { OnboardingStatus } from '#common/contracts/onboarding';
import type { DbOrTx } from '../../db/client';
import { defineModule } from '../../platform/module';
import { readSetting } from '../settings';
import { findStatus } from './onboarding.repo';
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
export async function onboardingState(db: DbOrTx, userId: string): Promise<OnboardingSummary> {
  const status = await findStatus(db, userId);
  const interests = await readSetting(db, userId, 'interests');
  return { status: (status ?? 'not_started') as OnboardingStatus, interests };
}
