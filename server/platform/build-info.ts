import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The version this build reports on /api/health. */
export const buildVersion: string = pkg.version;
