import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/factories';
import { ctxFor, economy } from '../../test/game';
import { createPooledTestApp, type TestApp } from '../../test/harness';
import { addItem, fundTo } from '../../test/market';
import { market_items, user_purchases } from './market.tables';
import { purchase } from './purchase.service';

/** Purchases at once, each in its own transaction on its own connection: PostgreSQL server only. */
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'market purchases under concurrent transactions on a PostgreSQL server (skipped without TEST_DATABASE_URL)',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createPooledTestApp();
    });
    afterAll(() => t.close());

    const buyAs = async (userId: string, itemKey: string, requestKey?: string) =>
      purchase(await ctxFor(t, userId), { item_key: itemKey }, requestKey);

    it('100 purchases against a balance for exactly 10: 10 succeed, 90 are insufficient_coins, the balance ends at 0', async () => {
      const user = await signUp(t);
      const item = await addItem(t, { cost_coins: 7 });
      await fundTo(t, user.id, 70);
      const results = await Promise.allSettled(Array.from({ length: 100 }, () => buyAs(user.id, item.key)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409, code: 'insufficient_coins' });
      }
      const e = await economy(t, user.id);
      expect(e.coins).toBe(0);
      expect(e.ledger_coins).toBe(0);
    });

    it('an item with stock 3 and 20 buyers with enough coins sells exactly 3', async () => {
      const item = await addItem(t, { cost_coins: 5, stock: 3 });
      const buyers = await Promise.all(Array.from({ length: 20 }, () => signUp(t)));
      for (const b of buyers) await fundTo(t, b.id, 5);
      const results = await Promise.allSettled(buyers.map((b) => buyAs(b.id, item.key)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409, code: 'out_of_stock' });
      }
      const [row] = await t.database.db.select().from(market_items).where(eq(market_items.id, item.id));
      expect(row?.stock).toBe(0);
      const sold = await t.database.db.select().from(user_purchases).where(eq(user_purchases.item_id, item.id));
      expect(sold).toHaveLength(3);
      for (const b of buyers) {
        const e = await economy(t, b.id);
        expect(e.coins).toBe(e.ledger_coins);
      }
    });

    it('the same Idempotency-Key sent 20 times at once charges once and answers each the same', async () => {
      const user = await signUp(t);
      const item = await addItem(t, { cost_coins: 10 });
      await fundTo(t, user.id, 100);
      const results = await Promise.all(Array.from({ length: 20 }, () => buyAs(user.id, item.key, 'same-click')));
      for (const r of results) expect(r).toEqual(results[0]);
      expect(await economy(t, user.id)).toMatchObject({ coins: 90, ledger_coins: 90 });
      const rows = await t.database.db.select().from(user_purchases).where(eq(user_purchases.user_id, user.id));
      expect(rows).toHaveLength(1);
    });
  },
);
