import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from './client';
import { migrationStatus } from './migrate';
import { copyPgliteTemplate, preparePgliteTemplate } from './pglite-template';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-template-'));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the embedded database template', () => {
  it('gives a new DATA_DIR a database at the latest migration with the catalogue in it', async () => {
    await preparePgliteTemplate();
    const database = await openDatabase(
      { kind: 'pglite', dir: path.join(dir, 'pglite') },
      { pgliteTemplate: copyPgliteTemplate },
    );
    try {
      expect(await migrationStatus(database.db)).toMatchObject({ pending: 0 });
      const [skills] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from skill_definitions`,
      );
      expect(skills?.n).toBe(6);
    } finally {
      await database.close();
    }
  }, 60_000);
});
