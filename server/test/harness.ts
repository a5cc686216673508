import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { expect, inject } from 'vitest';
import { buildApp } from '../app';
import { type Config, type Env, loadConfig } from '../config';
import { type Database, openDatabase } from '../db/client';
import type { BlobStore } from '../platform/blob-store';
import { ManualClock } from '../platform/clock';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  clock: ManualClock;
  close(): Promise<void>;
}

let clones = 0;

/**
 * Creates a database of its own on the PostgreSQL server, a copy of the run's migrated and
 * seeded one, and returns its URL. The run's teardown drops it.
 */
export async function clonePostgresDatabase(): Promise<string> {
  const template = new URL(inject('databaseUrl') as string);
  const name = `${template.pathname.slice(1)}_${process.pid}_${++clones}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template.pathname.slice(1)}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(template);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Each test file's database, by file: one worker runs many files (the server project does not isolate them). */
const fileDatabaseUrls = new Map<string, Promise<string>>();

/**
 * The URL of this test file's own PostgreSQL database, so a file that changes the catalogue
 * disturbs no other file running beside it. Undefined when the suite runs on PGlite.
 */
export function testDatabaseUrl(): Promise<string> | undefined {
  if (!inject('databaseUrl')) return undefined;
  const file = expect.getState().testPath ?? '';
  let url = fileDatabaseUrls.get(file);
  if (!url) {
    url = clonePostgresDatabase();
    fileDatabaseUrls.set(file, url);
  }
  return url;
}

/**
 * Opens this file's database: its own PostgreSQL database (every call in a file reaches the
 * same one, like two app instances), or a PGlite loaded from the snapshot.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = testDatabaseUrl();
  if (url) return openDatabase({ kind: 'postgres', url: await url, poolSize: 5 });
  const snapshot = inject('pgliteSnapshot');
  if (!snapshot) throw new Error('The test database was not prepared (global setup did not run).');
  // A file-backed Blob: PGlite reads it without the copies a Blob built from a Buffer costs.
  return openDatabase({ kind: 'pglite-memory', template: await fs.openAsBlob(snapshot) });
}

export const testEnv: Env = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'http://localhost:8080',
  WEB_DIST: '/nonexistent',
  // Uploads queue analyses; only the tests of the analysis runner run them.
  ANALYSIS_WORKERS: '0',
};

/**
 * Builds the app on a test database with a manual clock. Pass env overrides to test
 * configuration-dependent behaviour; pass `database` to share one between two apps.
 */
/**
 * A test app on this file's PostgreSQL database with a pool of `poolSize` connections, so calls
 * run at once in their own transactions (concurrency tests; PGlite has one connection).
 */
export async function createPooledTestApp(poolSize = 20): Promise<TestApp> {
  const database = await openDatabase({ kind: 'postgres', url: (await testDatabaseUrl()) as string, poolSize });
  const t = await createTestApp({ database });
  return {
    ...t,
    async close() {
      await t.close();
      await database.close();
    },
  };
}

export async function createTestApp(
  options: {
    env?: Partial<Record<keyof Env, string>>;
    database?: Database;
    clock?: ManualClock;
    /** Another blob store than the configured one (an S3 test server). */
    blobs?: BlobStore;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-test-data-'));
  const config = loadConfig({ ...testEnv, DATA_DIR: dataDir, ...options.env } as Record<string, string>);
  const clock = options.clock ?? new ManualClock();
  const app = await buildApp({ config, database, clock, blobs: options.blobs, logger: false });
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
