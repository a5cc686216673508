import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { passkeyLoginBody } from '#common/contracts/auth';
import { api } from '@/lib/api-client';
import type { SessionState } from '@/lib/auth';
import { authKeys } from '@/lib/query-keys';
import { getPasskeyLoginOptions } from './get-passkey-login-options';

type PasskeyLoginBody = z.input<typeof passkeyLoginBody>;

/** POST /api/auth/passkeys/login with the authenticator's signed answer. */
export const verifyPasskeyLogin = (body: PasskeyLoginBody) => api.post<SessionState>('/auth/passkeys/login', body);

/** The whole ceremony: challenge → the browser's passkey prompt → verification → session. */
export function usePasskeyLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<SessionState> => {
      const { startAuthentication } = await import('@simplewebauthn/browser');
      const optionsJSON = await getPasskeyLoginOptions();
      const response = await startAuthentication({ optionsJSON });
      return verifyPasskeyLogin({ response: response as unknown as PasskeyLoginBody['response'] });
    },
    onSuccess: (state) => client.setQueryData(authKeys.session, state),
    meta: { errorToast: false }, // the sign-in page shows it under the button
  });
}
