import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import type { z } from 'zod';
import type { passkeyRegisterOptionsBody } from '#common/contracts/auth';
import { api } from '@/lib/api-client';

/** POST /api/auth/passkeys/register/options: a challenge to create a passkey for this user. */
export const getPasskeyRegisterOptions = (body: z.input<typeof passkeyRegisterOptionsBody>) =>
  api.post<PublicKeyCredentialCreationOptionsJSON>('/auth/passkeys/register/options', body);
