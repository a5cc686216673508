import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = 4173;
export const baseURL = `http://localhost:${port}`;
const dataDir = path.join(os.tmpdir(), `cadence-e2e-${process.pid}`);
/**
 * The app's database on the local PostgreSQL server (e2e/support/database.ts). Set once, by the
 * runner, and inherited by the test workers, which read and change it where a journey needs to.
 */
process.env.E2E_DATABASE_URL ??= `postgres://postgres@127.0.0.1:5432/cadence_e2e_${process.pid}`;

export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL,
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // The loopback OpenID Connect provider (127.0.0.1:4180) and its control server (:4181).
      command: 'node --import tsx e2e/support/oidc-server.ts',
      url: 'http://127.0.0.1:4181/client',
      reuseExistingServer: false,
      timeout: 30_000,
      env: { APP_ORIGIN: baseURL },
    },
    {
      // The app, with OIDC_ISSUER/OIDC_CLIENT_ID/OIDC_CLIENT_SECRET taken from that provider.
      command: 'node --import tsx e2e/support/start-app.ts',
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 90_000,
      env: {
        PORT: String(port),
        PUBLIC_URL: baseURL,
        DATA_DIR: dataDir,
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        // What the embedded database would default to: loopback only, and local sign-in, which the journeys use.
        HOST: '127.0.0.1',
        AUTH_LOCAL: 'true',
        LOG_LEVEL: 'warn',
        // Every test signs in from the same address; the per-IP sign-in budget is tested in the API suite.
        RATE_LIMIT_AUTH: '1000',
      },
    },
  ],
});
