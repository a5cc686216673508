/**
 * Starts the app for the browser tests, configured with the loopback OIDC provider's client.
 * The provider makes a new client secret on every run, so it is fetched here rather than fixed
 * in playwright.config.ts.
 */
import { fetchOidcClient } from './oidc-control';

const client = await fetchOidcClient();
process.env.OIDC_ISSUER = client.issuer;
process.env.OIDC_CLIENT_ID = client.clientId;
process.env.OIDC_CLIENT_SECRET = client.clientSecret;

await import('../../scripts/start');
