import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestApp, type TestApp } from '../../test/harness';
import { ideas } from '../ideas/ideas.tables';
import { infobase_entries } from '../infobase/infobase.tables';
import { user_references } from '../references/references.tables';
import { listNotesQuery, type NotesTable } from './notes.repo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The plan of a list query, with sequential scans ruled out so the plan shows whether an index can serve it. */
async function plan(table: NotesTable, archived: boolean, after?: [boolean, string, string]): Promise<string> {
  return t.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const query = listNotesQuery(tx, table, randomUUID(), { archived, after, limit: 50 });
    const rows = await queryRows<{ 'QUERY PLAN': string }>(tx, sql`explain ${query}`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

const tables: Array<[string, NotesTable]> = [
  ['ideas', ideas],
  ['infobase_entries', infobase_entries],
  ['user_references', user_references],
];

describe.each(tables)('the %s list', (name, table) => {
  it('reads the list in order from the open-notes index, without sorting', async () => {
    for (const after of [undefined, [true, new Date().toISOString(), randomUUID()] as [boolean, string, string]]) {
      const text = await plan(table, false, after);
      expect(text).toContain(`${name}_user_open_idx`);
      expect(text).not.toMatch(/\bSort\b/);
    }
  });

  it('reads the archive in order from the (user, updated) index, without sorting', async () => {
    const text = await plan(table, true, [false, new Date().toISOString(), randomUUID()]);
    expect(text).toContain(`${name}_user_updated_idx`);
    expect(text).not.toMatch(/\bSort\b/);
  });
});
