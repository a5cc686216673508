import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SessionState, sessionQueryOptions } from '@/lib/auth';
import { acceptTerms } from './accept-terms';
import { verifyAge } from './verify-age';

/** Records whichever of terms acceptance and age confirmation is still missing, then reloads the session. */
export function useCompleteTerms() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (state: SessionState): Promise<SessionState> => {
      if (!state.terms_accepted) await acceptTerms({ version: state.terms_version });
      if (!state.age_verified) await verifyAge({ is_13_or_older: true });
      return client.fetchQuery({ ...sessionQueryOptions, staleTime: 0 });
    },
  });
}
