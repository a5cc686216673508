import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { api } from '@/lib/api-client';

/** POST /api/auth/passkeys/login/options: a fresh challenge for a discoverable passkey. */
export const getPasskeyLoginOptions = () =>
  api.post<PublicKeyCredentialRequestOptionsJSON>('/auth/passkeys/login/options', {});
