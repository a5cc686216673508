import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit_log } from '../../platform/audit.tables';
import { realtime_events } from '../../platform/events.tables';
import { signUp, type TestUser } from '../../test/factories';
import { ctxFor, economy, recordAs } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { addItem, fundTo } from '../../test/market';
import { inbox_items } from '../inbox/inbox.tables';
import { market_items, market_transactions, user_purchases } from './market.tables';
import { refund } from './purchase.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (u: TestUser, url: string) => u.inject({ method: 'GET', url });
const post = (u: TestUser, url: string, payload: unknown = {}, headers: Record<string, string> = {}) =>
  u.inject({ method: 'POST', url, payload: payload as object, headers });
const buy = (u: TestUser, body: object, key?: string) =>
  post(u, '/api/market/purchase', body, key ? { 'idempotency-key': key } : {});
const balance = async (u: TestUser) => (await economy(t, u.id)).coins;

describe('the catalogue', () => {
  it('serves the page in one call: wallet, categories of seeded items with what stops a purchase', async () => {
    const user = await signUp(t);
    const res = await get(user, '/api/market');
    expect(res.statusCode).toBe(200);
    const page = res.json().data;
    expect(page.wallet).toEqual({ balance: 0, total_earned: 0, total_spent: 0 });
    expect(page.categories.map((c: { category: string }) => c.category)).toEqual([
      'theme',
      'boost',
      'streak_shield',
      'cosmetic',
    ]);
    const ocean = page.categories[0].items.find((i: { key: string }) => i.key === 'theme_ocean');
    expect(ocean).toMatchObject({ cost_coins: 150, can_afford: false, refusal: 'insufficient_coins', owned: 0 });
    expect(page.equipped).toEqual({ theme: null, frame: null, badge: null, background: null });
  });

  it('lists one category, finds an item by key and 404s a made-up one', async () => {
    const user = await signUp(t);
    const themes = (await get(user, '/api/market/items?category=theme')).json();
    expect(themes.data.every((i: { category: string }) => i.category === 'theme')).toBe(true);
    expect(themes.page.next_cursor).toBeNull();
    expect((await get(user, '/api/market/items/streak_shield')).json().data.category).toBe('streak_shield');
    expect((await get(user, '/api/market/items/no_such_item')).statusCode).toBe(404);
  });
});

describe('buying', () => {
  it('takes the coins through the ledger, logs the purchase and audits it', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 200);
    const spentBefore = (await get(user, '/api/market/wallet')).json().data.total_spent;
    const res = await buy(user, { item_key: 'theme_ocean' });
    expect(res.statusCode).toBe(201);
    const { purchase, balance: after } = res.json().data;
    expect(after).toBe(50);
    expect(purchase).toMatchObject({
      title: 'Ocean',
      cost_coins: 150,
      state: 'active',
      can_equip: true,
      can_redeem: false,
    });
    const e = await economy(t, user.id);
    expect(e).toMatchObject({ coins: 50, ledger_coins: 50 });
    const [logged] = await t.database.db
      .select()
      .from(market_transactions)
      .where(eq(market_transactions.purchase_id, purchase.id));
    expect(logged).toMatchObject({ type: 'purchase', coins: -150, description: 'Ocean' });
    const audited = await t.database.db
      .select()
      .from(audit_log)
      .where(and(eq(audit_log.user_id, user.id), eq(audit_log.event_type, 'purchase')));
    expect(audited).toHaveLength(1);
    const wallet = (await get(user, '/api/market/wallet')).json();
    expect(wallet.data).toMatchObject({ balance: 50, total_spent: spentBefore + 150 });
    expect(wallet.data.transactions[0]).toMatchObject({ type: 'purchase', coins: -150, purchase_id: purchase.id });
  });

  it('says why not with 409 and writes nothing: coins, level, stock, sale window, owned already', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 100);
    const before = await economy(t, user.id);
    const refusal = async (body: object) => {
      const res = await buy(user, body);
      expect(res.statusCode).toBe(409);
      return res.json().error.code;
    };
    expect(await refusal({ item_key: 'theme_sunset' })).toBe('insufficient_coins');
    expect(await refusal({ item_key: 'theme_vinyl' })).toBe('level_required');
    const high = await addItem(t, { level_required: 50 });
    expect(await refusal({ item_key: high.key })).toBe('level_required');
    const none = await addItem(t, { stock: 0 });
    expect(await refusal({ item_key: none.key })).toBe('out_of_stock');
    const later = await addItem(t, { available_from: new Date(t.clock.now().getTime() + 86_400_000) });
    expect(await refusal({ item_key: later.key })).toBe('not_available');
    const over = await addItem(t, { available_until: t.clock.now() });
    expect(await refusal({ item_key: over.key })).toBe('not_available');
    const off = await addItem(t, { is_active: false });
    expect(await refusal({ item_key: off.key })).toBe('not_available');
    expect((await buy(user, { item_key: 'avatar_frame_bronze' })).statusCode).toBe(201);
    expect(await refusal({ item_key: 'avatar_frame_bronze' })).toBe('already_owned');
    const after = await economy(t, user.id);
    expect(after.coins).toBe(before.coins - 100);
    expect(after.ledger_rows).toBe(before.ledger_rows + 1);
  });

  it('takes a stocked item from its stock, one per purchase', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 100);
    const item = await addItem(t, { stock: 2 });
    expect((await buy(user, { item_key: item.key })).statusCode).toBe(201);
    const [row] = await t.database.db.select().from(market_items).where(eq(market_items.id, item.id));
    expect(row?.stock).toBe(1);
  });

  it('answers a repeated Idempotency-Key with the first purchase and charges once; another body is 422', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 100);
    const first = await buy(user, { item_key: 'xp_boost_1h' }, 'click-1');
    const again = await buy(user, { item_key: 'xp_boost_1h' }, 'click-1');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await balance(user)).toBe(40);
    const other = await buy(user, { item_key: 'avatar_frame_bronze' }, 'click-1');
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('idempotency_key_reused');
    const rows = await t.database.db.select().from(user_purchases).where(eq(user_purchases.user_id, user.id));
    expect(rows).toHaveLength(1);
  });

  it('refuses an unknown body field and an item key that is not a key', async () => {
    const user = await signUp(t);
    expect((await buy(user, { item_key: 'theme_ocean', quantity: 2 })).statusCode).toBe(422);
    expect((await buy(user, { item_key: 'Theme Ocean!' })).statusCode).toBe(422);
    expect((await buy(user, {})).statusCode).toBe(422);
  });
});

describe('personal rewards', () => {
  it('are created, bought within their daily limit, enjoyed, and archived when deleted after a purchase', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 500);
    const created = await post(user, '/api/market/rewards', {
      title: 'An hour of gaming',
      cost_coins: 200,
      daily_limit: 1,
    });
    expect(created.statusCode).toBe(201);
    const reward = created.json().data;
    expect(reward).toMatchObject({ title: 'An hour of gaming', daily_limit: 1, bought_today: 0, refusal: null });
    const bought = await buy(user, { reward_id: reward.id });
    expect(bought.statusCode).toBe(201);
    const limited = await buy(user, { reward_id: reward.id });
    expect(limited.statusCode).toBe(409);
    expect(limited.json().error.code).toBe('limit_reached');
    t.clock.advance(86_400_000);
    const purchase = bought.json().data.purchase;
    expect(purchase).toMatchObject({ title: 'An hour of gaming', state: 'active', can_redeem: true });
    const enjoyed = await post(user, `/api/market/purchases/${purchase.id}/redeem`);
    expect(enjoyed.json().data).toMatchObject({ state: 'redeemed', can_redeem: false });
    expect(enjoyed.json().data.redeemed_at).not.toBeNull();
    expect((await post(user, `/api/market/purchases/${purchase.id}/redeem`)).statusCode).toBe(409);
    const listed = (await get(user, '/api/market/rewards')).json().data;
    expect(listed[0]).toMatchObject({ times_redeemed: 1, bought_today: 0 });

    expect((await user.inject({ method: 'DELETE', url: `/api/market/rewards/${reward.id}` })).statusCode).toBe(204);
    expect((await get(user, '/api/market/rewards')).json().data).toEqual([]);
    const history = (await get(user, '/api/market/purchases')).json().data;
    expect(history[0]).toMatchObject({ id: purchase.id, title: 'An hour of gaming', state: 'redeemed' });
  });

  it('are edited, and another user’s are 404', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const reward = (await post(user, '/api/market/rewards', { title: 'Cake', cost_coins: 50 })).json().data;
    const patched = await user.inject({
      method: 'PATCH',
      url: `/api/market/rewards/${reward.id}`,
      payload: { cost_coins: 80 },
    });
    expect(patched.json().data).toMatchObject({ title: 'Cake', cost_coins: 80 });
    expect(
      (await other.inject({ method: 'PATCH', url: `/api/market/rewards/${reward.id}`, payload: { cost_coins: 1 } }))
        .statusCode,
    ).toBe(404);
    expect((await other.inject({ method: 'DELETE', url: `/api/market/rewards/${reward.id}` })).statusCode).toBe(404);
    expect((await buy(other, { reward_id: reward.id })).statusCode).toBe(404);
    expect((await post(user, '/api/market/rewards', { title: 'Free', cost_coins: 0 })).statusCode).toBe(422);
  });
});

describe('effects', () => {
  it('a redeemed boost multiplies the next award, and not one after it expires', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 60);
    const { purchase } = (await buy(user, { item_key: 'xp_boost_1h' })).json().data;
    const redeemed = (await post(user, `/api/market/purchases/${purchase.id}/redeem`)).json().data;
    expect(redeemed.state).toBe('redeemed');
    const focus = (key: string) => ({
      type: 'focus_complete' as const,
      idempotency_key: `focus_complete:${key}`,
      data: { mode: 'focus', focused_seconds: 40 * 60 },
    });
    expect((await recordAs(t, user.id, focus('boosted'))).xp).toBe(60);
    expect((await get(user, '/api/gamification/summary')).json().data.active_boost).toMatchObject({ multiplier: 1.5 });
    t.clock.advance(61 * 60_000);
    expect((await recordAs(t, user.id, focus('plain'))).xp).toBe(40);
    const expired = (await get(user, '/api/market/purchases?state=expired')).json().data;
    expect(expired.map((p: { id: string }) => p.id)).toEqual([purchase.id]);
  });

  it('a shield is not redeemed by hand, and another user’s purchase is 404', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    await fundTo(t, user.id, 200);
    const { purchase } = (await buy(user, { item_key: 'streak_shield' })).json().data;
    expect((await post(user, `/api/market/purchases/${purchase.id}/redeem`)).statusCode).toBe(409);
    expect((await post(other, `/api/market/purchases/${purchase.id}/redeem`)).statusCode).toBe(404);
    expect((await post(other, `/api/market/purchases/${purchase.id}/equip`)).statusCode).toBe(404);
  });

  it('a theme is worn as the theme setting, on every device, and taken off back to the default', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 150);
    const { purchase } = (await buy(user, { item_key: 'theme_ocean' })).json().data;
    const worn = await post(user, `/api/market/purchases/${purchase.id}/equip`, { equipped: true });
    expect(worn.json().data).toMatchObject({ state: 'equipped', can_equip: true });
    expect((await get(user, '/api/settings/theme')).json().data.value).toBe('theme_ocean');
    expect((await get(user, '/api/market')).json().data.equipped.theme).toBe('theme_ocean');
    const equipped = (await get(user, '/api/market/purchases?state=equipped')).json().data;
    expect(equipped.map((p: { id: string }) => p.id)).toEqual([purchase.id]);
    const events = await t.database.db
      .select()
      .from(realtime_events)
      .where(and(eq(realtime_events.user_id, user.id), eq(realtime_events.type, 'equipped_changed')));
    expect(events.map((e) => e.data)).toEqual([{ slot: 'theme', item_key: 'theme_ocean' }]);

    // The settings take only light, dark or system; choosing one takes the theme off.
    const forged = await user.inject({ method: 'PUT', url: '/api/settings/theme', payload: { value: 'theme_vinyl' } });
    expect(forged.statusCode).toBe(422);
    await user.inject({ method: 'PUT', url: '/api/settings/theme', payload: { value: 'dark' } });
    expect((await get(user, '/api/market/purchases?state=active')).json().data[0].id).toBe(purchase.id);

    await post(user, `/api/market/purchases/${purchase.id}/equip`, { equipped: true });
    const off = await post(user, `/api/market/purchases/${purchase.id}/equip`, { equipped: false });
    expect(off.json().data.state).toBe('active');
    expect((await get(user, '/api/settings/theme')).json().data.value).toBe('system');
  });

  it('one avatar frame at a time: wearing another takes the first off', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 600);
    const goldFrame = await addItem(t, {
      category: 'cosmetic',
      is_consumable: false,
      effect: { type: 'avatar', slot: 'frame', asset: 'gold' },
    });
    const bronze = (await buy(user, { item_key: 'avatar_frame_bronze' })).json().data.purchase;
    const gold = (await buy(user, { item_key: goldFrame.key })).json().data.purchase;
    await post(user, `/api/market/purchases/${bronze.id}/equip`);
    await post(user, `/api/market/purchases/${gold.id}/equip`);
    const equipped = (await get(user, '/api/market/purchases?state=equipped')).json().data;
    expect(equipped.map((p: { id: string }) => p.id)).toEqual([gold.id]);
    expect((await get(user, '/api/market')).json().data.equipped.frame).toBe(goldFrame.key);
  });
});

describe('granted rewards', () => {
  it('reaching level 5 grants the Ocean theme once, announced in the inbox and claimed once', async () => {
    const user = await signUp(t);
    await recordAs(t, user.id, {
      type: 'goal_complete',
      idempotency_key: 'goal_complete:big',
      reward: { xp: 2000, coins: 0 },
    });
    const grants = (await get(user, '/api/market/user-rewards')).json().data;
    const level5 = grants.find(
      (g: { source_type: string; source_key: string }) => g.source_type === 'level_up' && g.source_key === '5',
    );
    expect(level5).toMatchObject({ item: { key: 'theme_ocean' }, claimed_at: null });
    const told = await t.database.db.select().from(inbox_items).where(eq(inbox_items.user_id, user.id));
    expect(told.some((i) => i.title === 'A reward to claim: Ocean')).toBe(true);
    expect((await get(user, '/api/market')).json().data.unclaimed.map((g: { id: string }) => g.id)).toContain(
      level5.id,
    );

    const claimed = await post(user, `/api/market/user-rewards/${level5.id}/claim`);
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json().data.purchase).toMatchObject({ title: 'Ocean', cost_coins: 0, state: 'active' });
    expect((await post(user, `/api/market/user-rewards/${level5.id}/claim`)).statusCode).toBe(409);
    const other = await signUp(t);
    expect((await post(other, `/api/market/user-rewards/${level5.id}/claim`)).statusCode).toBe(404);
  });
});

describe('recommendations', () => {
  it('suggest what is nearly affordable with how far, and are computed again when the wallet changes', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 130);
    const first = (await get(user, '/api/market/recommendations')).json().data;
    const ocean = first.find((r: { item: { key: string } }) => r.item.key === 'theme_ocean');
    expect(ocean.reason).toBe('20 coins away');
    await fundTo(t, user.id, 140);
    const again = (await get(user, '/api/market/recommendations')).json().data;
    expect(again.find((r: { item: { key: string } }) => r.item.key === 'theme_ocean').reason).toBe('10 coins away');
  });
});

describe('refunds', () => {
  it('give back what an unused purchase cost, return its stock, and only once', async () => {
    const user = await signUp(t);
    await fundTo(t, user.id, 100);
    const item = await addItem(t, { stock: 1, cost_coins: 40 });
    const { purchase } = (await buy(user, { item_key: item.key })).json().data;
    const ctx = await ctxFor(t, user.id);
    expect((await refund(ctx, purchase.id)).state).toBe('refunded');
    expect(await balance(user)).toBe(100);
    const [row] = await t.database.db.select().from(market_items).where(eq(market_items.id, item.id));
    expect(row?.stock).toBe(1);
    await expect(refund(ctx, purchase.id)).rejects.toMatchObject({ status: 409 });
    const e = await economy(t, user.id);
    expect(e.coins).toBe(e.ledger_coins);
  });
});
