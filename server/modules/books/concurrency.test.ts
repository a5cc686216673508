import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/factories';
import { ctxFor, economy, ledgerRows } from '../../test/game';
import { createPooledTestApp, type TestApp } from '../../test/harness';
import * as books from './books.service';
import * as sessions from './sessions.service';

/** Reading logged at once, each in its own transaction on its own connection: PostgreSQL server only. */
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'reading sessions under concurrent transactions on a PostgreSQL server (skipped without TEST_DATABASE_URL)',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createPooledTestApp();
    });
    afterAll(() => t.close());

    it('10 sessions of 10 pages at once on a 40-page book: 4 count, the rest are nothing_read, one completion is paid', async () => {
      const user = await signUp(t);
      const ctx = await ctxFor(t, user.id);
      const { book } = await books.create(ctx, { title: 'Short', total_pages: 40 });
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, async () => sessions.log(await ctxFor(t, user.id), book.id, { pages: 10 })),
      );
      const done = results.filter((r) => r.status === 'fulfilled');
      expect(done).toHaveLength(4);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409, code: 'nothing_read' });
      }
      const after = await books.get(ctx, book.id);
      expect(after).toMatchObject({ status: 'finished', current_page: 40 });
      expect(after.sessions.map((s) => s.pages_read)).toEqual([10, 10, 10, 10]);
      expect(await ledgerRows(t, user.id, `book_complete:${book.id}`)).toHaveLength(1);
      const e = await economy(t, user.id);
      expect(e.coins).toBe(e.ledger_coins);
      expect(e.total_xp).toBe(e.ledger_xp);
    });
  },
);
