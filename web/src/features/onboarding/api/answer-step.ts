import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnswerStepBody } from '#common/contracts/onboarding';
import { api } from '@/lib/api-client';
import { type OnboardingChangeWire, storeOnboarding } from '@/lib/onboarding';
import { goalKeys, settingsKeys } from '@/lib/query-keys';

/** POST /api/onboarding/step: answers a step; a first goal it creates shows on the Goals page. */
export function useAnswerStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerStepBody) => api.post<OnboardingChangeWire>('/onboarding/step', body),
    onSuccess: (view) => {
      storeOnboarding(client, view);
      // The Goals page reads its lists again (its keys start with `goals`).
      if (view.created_goal_id) void client.invalidateQueries({ queryKey: goalKeys.all });
      // The interests are a setting too.
      void client.invalidateQueries({ queryKey: settingsKeys.all });
    },
    meta: { errorToast: false }, // the step shows it under its button
  });
}
