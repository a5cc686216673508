/** Talking to the loopback OIDC provider that e2e/support/oidc-server.ts runs. */
import type { TestAccount } from '../../server/test/oidc-provider';

export const OIDC_PORT = 4180;
export const OIDC_CONTROL_PORT = 4181;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CONTROL_URL = `http://127.0.0.1:${OIDC_CONTROL_PORT}`;

export interface OidcClient {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** From a test: the next sign-in at the provider completes as this person. */
export async function setNextOidcAccount(account: TestAccount): Promise<void> {
  const response = await fetch(`${OIDC_CONTROL_URL}/next-account`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`setting the next OIDC account failed: ${response.status}`);
}

/** The client the app must be configured with (the secret is random per run). */
export async function fetchOidcClient(): Promise<OidcClient> {
  const response = await fetch(`${OIDC_CONTROL_URL}/client`);
  if (!response.ok) throw new Error(`the OIDC control server answered ${response.status}`);
  return (await response.json()) as OidcClient;
}
