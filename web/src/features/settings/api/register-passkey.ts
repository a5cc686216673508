import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { passkeyRegisterBody } from '#common/contracts/auth';
import { api, errorMessage } from '@/lib/api-client';
import { getPasskeyRegisterOptions } from './get-passkey-register-options';
import { passkeysQueryOptions } from './get-passkeys';

type RegisterBody = z.input<typeof passkeyRegisterBody>;

/** The browser's prompt fails with DOM exceptions whose own messages mean little to people. */
function ceremonyError(error: unknown): string {
  if (error instanceof Error && error.name === 'NotAllowedError') return 'The passkey prompt was closed or timed out.';
  if (error instanceof Error && error.name === 'InvalidStateError') return 'This device already has a passkey here.';
  return errorMessage(error);
}

/** POST /api/auth/passkeys/register with the new credential. */
export const registerPasskey = (body: RegisterBody) => api.post<unknown>('/auth/passkeys/register', body);

/** The whole ceremony: challenge → the browser's passkey prompt → the server stores the credential. */
export function useAddPasskey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (name: string | undefined) => {
      const { startRegistration } = await import('@simplewebauthn/browser');
      const optionsJSON = await getPasskeyRegisterOptions({ name });
      const response = await startRegistration({ optionsJSON });
      await registerPasskey({ response: response as unknown as RegisterBody['response'], name });
    },
    onSettled: () => client.invalidateQueries({ queryKey: passkeysQueryOptions.queryKey }),
    meta: { errorToast: ceremonyError },
  });
}
