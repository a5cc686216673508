import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, pgliteSnapshot } from '../db/client';
import { migrate } from '../db/migrate';
import { seedCatalogue } from '../db/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Set when the suite runs on a PostgreSQL server: a fresh, migrated, seeded database that
     * each test file clones (it is a template: nothing connects to it).
     */
    databaseUrl: string | undefined;
    /** Otherwise: a migrated, seeded PGlite cluster each test file loads into memory. */
    pgliteSnapshot: string | undefined;
  }
}

/**
 * Prepares one migrated database for the run. With TEST_DATABASE_URL, a fresh database is
 * created on that server, and it and every file's clone of it are dropped afterwards; without
 * it, a PGlite snapshot is made.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `cadence_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
    await migrate(database);
    await seedCatalogue(database);
    await database.close();
    project.provide('databaseUrl', url.toString());
    project.provide('pgliteSnapshot', undefined);
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname = $1 or datname like $1 || '\\_%'`,
        [name],
      );
      for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
      await admin.end();
    };
  }

  const dump = await pgliteSnapshot(async (database) => {
    await migrate(database);
    await seedCatalogue(database);
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-test-')), 'snapshot.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('databaseUrl', undefined);
  project.provide('pgliteSnapshot', file);
  return async () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
