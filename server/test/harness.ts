import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { type Config, type Env, loadConfig } from '../config';
import { type Database, openDatabase } from '../db/client';
import { ManualClock } from '../platform/clock';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  clock: ManualClock;
  close(): Promise<void>;
}

/** Opens this file's database: the run's PostgreSQL database, or a PGlite loaded from the snapshot. */
export async function openTestDatabase(): Promise<Database> {
  const url = inject('databaseUrl');
  if (url) return openDatabase({ kind: 'postgres', url, poolSize: 5 });
  const snapshot = inject('pgliteSnapshot');
  if (!snapshot) throw new Error('The test database was not prepared (global setup did not run).');
  return openDatabase({ kind: 'pglite-memory', template: new Blob([fs.readFileSync(snapshot)]) });
}

export const testEnv: Env = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'http://localhost:8080',
  WEB_DIST: '/nonexistent',
};

/**
 * Builds the app on a test database with a manual clock. Pass env overrides to test
 * configuration-dependent behaviour; pass `database` to share one between two apps.
 */
export async function createTestApp(
  options: { env?: Partial<Record<keyof Env, string>>; database?: Database; clock?: ManualClock } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-test-data-'));
  const config = loadConfig({ ...testEnv, DATA_DIR: dataDir, ...options.env } as Record<string, string>);
  const clock = options.clock ?? new ManualClock();
  const app = await buildApp({ config, database, clock, logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    clock,
    async close() {
      await app.close();
      if (!options.database) await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
