import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit_log } from '../../platform/audit.tables';
import { signUp, type TestUser } from '../../test/factories';
import { economy } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { addItem, fundTo } from '../../test/market';
import { market_items, market_transactions } from '../market/market.tables';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '1000' } });
  admin = await signUp(t, { roles: ['admin'] });
});
afterAll(() => t.close());

const MISSING = '00000000-0000-4000-8000-000000000000';

const refund = (user: TestUser, id: string) =>
  user.inject({ method: 'POST', url: `/api/admin/purchases/${id}/refund` });

async function buy(user: TestUser, itemKey: string): Promise<string> {
  const res = await user.inject({ method: 'POST', url: '/api/market/purchase', payload: { item_key: itemKey } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.purchase.id;
}

async function stockOf(id: string) {
  const [row] = await t.database.db.select().from(market_items).where(eq(market_items.id, id));
  return row?.stock;
}

describe('POST /api/admin/purchases/:id/refund', () => {
  it('gives the owner back the coins and the item its unit, in their history, audited as the admin', async () => {
    const owner = await signUp(t);
    await fundTo(t, owner.id, 100);
    const item = await addItem(t, { cost_coins: 30, stock: 2 });
    const id = await buy(owner, item.key);
    expect((await economy(t, owner.id)).coins).toBe(70);
    expect(await stockOf(item.id)).toBe(1);

    const res = await refund(admin, id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ id, state: 'refunded', cost_coins: 30 });

    const after = await economy(t, owner.id);
    expect(after.coins).toBe(100);
    expect(after.ledger_coins).toBe(after.coins);
    expect(await stockOf(item.id)).toBe(2);
    const history = await t.database.db
      .select()
      .from(market_transactions)
      .where(and(eq(market_transactions.purchase_id, id), eq(market_transactions.type, 'refund')));
    expect(history).toMatchObject([{ user_id: owner.id, coins: 30 }]);
    const audited = await t.database.db
      .select()
      .from(audit_log)
      .where(and(eq(audit_log.resource_type, 'user_purchase'), eq(audit_log.resource_id, id)));
    expect(audited).toMatchObject([{ user_id: admin.id, action: 'refund', event_type: 'purchase' }]);
    expect(audited[0]?.details).toMatchObject({ owner_id: owner.id, cost_coins: 30 });
  });

  it('refuses a purchase refunded or redeemed already with 409, changing nothing', async () => {
    const owner = await signUp(t);
    await fundTo(t, owner.id, 100);
    const item = await addItem(t, { cost_coins: 10 });
    const refunded = await buy(owner, item.key);
    expect((await refund(admin, refunded)).statusCode).toBe(200);
    const redeemed = await buy(owner, item.key);
    const used = await owner.inject({ method: 'POST', url: `/api/market/purchases/${redeemed}/redeem` });
    expect(used.statusCode, used.body).toBe(200);
    const before = await economy(t, owner.id);

    for (const id of [refunded, redeemed]) {
      const res = await refund(admin, id);
      expect(res.statusCode, res.body).toBe(409);
    }
    expect(await economy(t, owner.id)).toEqual(before);
  });

  it('answers 404 for an unknown purchase and 400 for a malformed id', async () => {
    expect((await refund(admin, MISSING)).statusCode).toBe(404);
    expect((await refund(admin, 'not-an-id')).statusCode).toBe(400);
  });

  it('refuses a plain user, even for their own purchase, and a moderator', async () => {
    const owner = await signUp(t);
    await fundTo(t, owner.id, 100);
    const item = await addItem(t, { cost_coins: 10 });
    const id = await buy(owner, item.key);
    expect((await refund(owner, id)).statusCode).toBe(403);
    const moderator = await signUp(t, { roles: ['moderator'] });
    expect((await refund(moderator, id)).statusCode).toBe(403);
    expect((await economy(t, owner.id)).coins).toBe(90);
  });
});

describe('GET /api/admin/purchases', () => {
  const listOf = (user: TestUser, query: string) =>
    user.inject({ method: 'GET', url: `/api/admin/purchases?${query}` });

  it('lists one user’s purchases newest first, a page at a time, with name, cost and state', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    await fundTo(t, owner.id, 100);
    await fundTo(t, other.id, 100);
    const first = await addItem(t, { cost_coins: 10, name: 'First thing' });
    const second = await addItem(t, { cost_coins: 20, name: 'Second thing' });
    const third = await addItem(t, { cost_coins: 30, name: 'Third thing' });
    const bought: string[] = [];
    for (const item of [first, second, third]) {
      bought.push(await buy(owner, item.key));
      t.clock.advance(60_000);
    }
    await buy(other, first.key);
    const used = await owner.inject({ method: 'POST', url: `/api/market/purchases/${bought[0]}/redeem` });
    expect(used.statusCode, used.body).toBe(200);
    expect((await refund(admin, bought[1] as string)).statusCode).toBe(200);

    const one = await listOf(admin, `user_id=${owner.id}&limit=2`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json().data).toMatchObject([
      { id: bought[2], title: 'Third thing', cost_coins: 30, state: 'active' },
      { id: bought[1], title: 'Second thing', cost_coins: 20, state: 'refunded' },
    ]);
    const cursor = one.json().page.next_cursor;
    expect(cursor).toBeTruthy();
    const two = await listOf(admin, `user_id=${owner.id}&limit=2&cursor=${encodeURIComponent(cursor)}`);
    expect(two.statusCode, two.body).toBe(200);
    expect(two.json().data).toMatchObject([{ id: bought[0], title: 'First thing', state: 'redeemed' }]);
    expect(two.json().data[0].created_at).toBeTruthy();
    expect(two.json().page.next_cursor).toBeNull();
  });

  it('shows none of another user’s purchases, and nothing for a user who bought nothing', async () => {
    const buyer = await signUp(t);
    const quiet = await signUp(t);
    await fundTo(t, buyer.id, 50);
    const item = await addItem(t, { cost_coins: 10 });
    await buy(buyer, item.key);
    const res = await listOf(admin, `user_id=${quiet.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual([]);
  });

  it('answers 400 without a user id or with a malformed one, and 404 for an unknown user', async () => {
    const missing = await admin.inject({ method: 'GET', url: '/api/admin/purchases' });
    expect(missing.statusCode).toBe(400);
    expect((await listOf(admin, 'user_id=not-an-id')).statusCode).toBe(400);
    expect((await listOf(admin, `user_id=${MISSING}`)).statusCode).toBe(404);
  });

  it('refuses a plain user, even for their own purchases, and a moderator', async () => {
    const owner = await signUp(t);
    expect((await listOf(owner, `user_id=${owner.id}`)).statusCode).toBe(403);
    const moderator = await signUp(t, { roles: ['moderator'] });
    expect((await listOf(moderator, `user_id=${owner.id}`)).statusCode).toBe(403);
  });
});
