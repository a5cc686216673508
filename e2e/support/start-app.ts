/**
 * Starts the app for the browser tests on a fresh database (DATABASE_URL, from
 * playwright.config.ts), configured with the loopback OIDC provider's client. The provider makes
 * a new client secret on every run, so it is fetched here rather than fixed in the config.
 */
import { createE2eDatabase } from './database';
import { fetchOidcClient } from './oidc-control';

const database = process.env.DATABASE_URL;
if (!database) throw new Error('DATABASE_URL is not set');
await createE2eDatabase(database);

const client = await fetchOidcClient();
process.env.OIDC_ISSUER = client.issuer;
process.env.OIDC_CLIENT_ID = client.clientId;
process.env.OIDC_CLIENT_SECRET = client.clientSecret;

await import('../../scripts/start');
