import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionState } from '@/lib/auth';
import { authKeys } from '@/lib/query-keys';
import { acceptTerms } from './accept-terms';
import { verifyAge } from './verify-age';

/** Records whichever of terms acceptance and age confirmation is still missing, and keeps the session each step answers with. */
export function useCompleteTerms() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (state: SessionState): Promise<SessionState> => {
      let next = state;
      if (!next.terms_accepted) next = await acceptTerms({ version: next.terms_version });
      if (!next.age_verified) next = await verifyAge({ is_13_or_older: true });
      return next;
    },
    onSuccess: (state) => client.setQueryData(authKeys.session, state),
    meta: { errorToast: false }, // the terms page shows it above its buttons
  });
}
