import { createHash, randomUUID } from 'node:crypto';
import type { MarketItemEffect } from '#common/catalogue';
import {
  type Purchase,
  type PurchaseBody,
  type PurchaseRefusal,
  type PurchaseResult,
  purchaseResult,
  type UserReward,
} from '#common/contracts/market';
import { isRedeemable, isWearable, itemRefusal, refusalMessages, rewardRefusal } from '#common/rules/market';
import { dayStart } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { AppError, conflict, notFound } from '../../platform/errors';
import { publish } from '../../platform/events';
import { scopeOf } from '../../platform/facts';
import { Wallet } from '../gamification';
import { writeSetting } from '../settings';
import * as repo from './market.repo';
import { grantView, purchaseView, wornTheme } from './market.service';

/** A purchase row as it is first written: held, unused. */
const heldRow = (
  fields: Pick<repo.PurchaseRow, 'id' | 'user_id' | 'item_id' | 'personal_reward_id' | 'cost_coins' | 'created_at'> &
    Partial<repo.PurchaseRow>,
): repo.PurchaseRow => ({
  status: 'purchased',
  equipped_at: null,
  redeemed_at: null,
  expires_at: null,
  consumed_at: null,
  refunded_at: null,
  idempotency_key: null,
  request_hash: null,
  receipt: null,
  updated_at: fields.created_at,
  ...fields,
});

const refused = (code: PurchaseRefusal) => new AppError(code, refusalMessages[code], undefined, 409);

/** What one purchase buys: a catalogue item or a personal reward. */
interface Goods {
  item: repo.ItemRow | null;
  reward: repo.RewardRow | null;
  title: string;
  cost: number;
}

/** Finds what is bought and checks, under the account lock, that the user may buy it now. */
async function goodsFor(tx: DbOrTx, ctx: Ctx, body: PurchaseBody, wallet: Wallet): Promise<Goods> {
  const now = ctx.clock.now();
  if ('item_key' in body) {
    const item = await repo.findItem(tx, body.item_key);
    if (!item) throw notFound('market item');
    if (!item.is_consumable && (await repo.holds(tx, ctx.userId, item.id))) {
      throw conflict(`You already own ${item.name}.`, 'already_owned');
    }
    const refusal = itemRefusal(item, { level: wallet.level, balance: wallet.balance, now });
    if (refusal) throw refused(refusal);
    // The item's row lock, taken after the account's, orders the buyers of the last units.
    if (item.stock !== null && !(await repo.takeFromStock(tx, item.id))) throw refused('out_of_stock');
    return { item, reward: null, title: item.name, cost: item.cost_coins };
  }
  const reward = await repo.findReward(tx, ctx.userId, body.reward_id);
  if (!reward) throw notFound('reward');
  const { day, timezone, day_start_hour } = scopeOf(ctx);
  const boughtToday =
    reward.daily_limit === null ? 0 : await repo.boughtSince(tx, reward.id, dayStart(day, timezone, day_start_hour));
  const refusal = rewardRefusal(reward, { balance: wallet.balance, boughtToday });
  if (refusal) throw refused(refusal);
  return { item: null, reward, title: reward.title, cost: reward.cost_coins };
}

/** The hash a replayed request must match: the same body, whatever its key order. */
const requestHash = (body: PurchaseBody) =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(body).sort(([a], [b]) => a.localeCompare(b))))
    .digest('hex');

/**
 * Buys one unit in one transaction (SPEC §6 Market). The account lock comes first (the game
 * layer's order), so one user's purchases take turns and each sees the balance the last one
 * left; then the item's stock is taken by a conditional update. With an `Idempotency-Key`, a
 * repeat answers the first purchase's body and buys nothing; the same key with another body is
 * 422 `idempotency_key_reused`.
 */
export async function purchase(ctx: Ctx, body: PurchaseBody, requestKey?: string): Promise<PurchaseResult> {
  const hash = requestKey ? requestHash(body) : null;
  return ctx.database.db.transaction(async (tx) => {
    const wallet = await Wallet.open(tx, ctx);
    if (requestKey) {
      const earlier = await repo.purchaseByRequestKey(tx, ctx.userId, requestKey);
      if (earlier) {
        if (earlier.request_hash !== hash) {
          throw new AppError(
            'idempotency_key_reused',
            'That Idempotency-Key was used for a different purchase.',
            undefined,
            422,
          );
        }
        return purchaseResult.parse(earlier.receipt);
      }
    }
    const goods = await goodsFor(tx, ctx, body, wallet);
    const now = ctx.clock.now();
    const id = randomUUID();
    const { ledger_id } = wallet.spend({
      coins: goods.cost,
      idempotency_key: `purchase:${id}`,
      reason: `Bought ${goods.title}`,
      source_id: id,
    });
    const row = heldRow({
      id,
      user_id: ctx.userId,
      item_id: goods.item?.id ?? null,
      personal_reward_id: goods.reward?.id ?? null,
      cost_coins: goods.cost,
      idempotency_key: requestKey ?? null,
      request_hash: hash,
      created_at: now,
    });
    const result: PurchaseResult = {
      purchase: purchaseView({ purchase: row, item: goods.item, reward: goods.reward }, now, ''),
      balance: wallet.balance,
    };
    wallet.write(
      repo.insertPurchase(tx, { ...row, receipt: requestKey ? purchaseResult.encode(result) : null }),
      repo.insertTransaction(tx, {
        user_id: ctx.userId,
        type: 'purchase',
        coins: -goods.cost,
        description: goods.title,
        item_id: goods.item?.id ?? null,
        personal_reward_id: goods.reward?.id ?? null,
        purchase_id: id,
        ledger_id,
        created_at: now,
      }),
    );
    await wallet.close();
    await audit(tx, ctx, {
      type: 'purchase',
      resourceType: goods.item ? 'market_item' : 'personal_reward',
      resourceId: goods.item?.id ?? goods.reward?.id,
      action: 'buy',
      details: { purchase_id: id, cost_coins: goods.cost, item_key: goods.item?.key ?? null },
    });
    return result;
  });
}

/** A purchase of the user's, locked for the change, or 404. */
async function lockedPurchase(tx: DbOrTx, ctx: Ctx, id: string): Promise<repo.HeldRow> {
  const held = await repo.findPurchase(tx, ctx.userId, id, true);
  if (!held) throw notFound('purchase');
  return held;
}

/**
 * Redeems a boost (it runs from now for its duration; the strongest running boost applies) or
 * a personal reward (enjoyed now). Shields are used by the game layer; cosmetics are equipped.
 */
export async function redeem(ctx: Ctx, id: string): Promise<Purchase> {
  return ctx.database.db.transaction(async (tx) => {
    const held = await lockedPurchase(tx, ctx, id);
    const { item } = held;
    const category = (item?.category ?? null) as Parameters<typeof isRedeemable>[0];
    if (!isRedeemable(category)) {
      throw conflict(
        category === 'streak_shield'
          ? 'A streak shield is used automatically when a missed day needs it.'
          : 'Themes and cosmetics are equipped, not redeemed.',
      );
    }
    if (held.purchase.status !== 'purchased') throw conflict('That purchase was already used.');
    const now = ctx.clock.now();
    const effect = item?.effect as MarketItemEffect | undefined;
    const minutes = effect?.type === 'xp_multiplier' ? effect.duration_minutes : null;
    const row = await repo.updatePurchase(tx, ctx.userId, id, 'purchased', {
      status: 'redeemed',
      redeemed_at: now,
      expires_at: minutes ? new Date(now.getTime() + minutes * 60_000) : null,
      updated_at: now,
    });
    if (!row) throw conflict('That purchase was already used.');
    if (row.personal_reward_id) await repo.countRedemption(tx, row.personal_reward_id, now);
    await repo.insertTransaction(tx, {
      user_id: ctx.userId,
      type: 'redeem',
      description: item?.name ?? held.reward?.title ?? '',
      item_id: row.item_id,
      personal_reward_id: row.personal_reward_id,
      purchase_id: row.id,
      created_at: now,
    });
    return purchaseView({ ...held, purchase: row }, now, '');
  });
}

/** The slot a wearable item is worn in. */
const slotOf = (item: repo.ItemRow) =>
  item.category === 'theme' ? 'theme' : ((item.effect as { slot?: 'frame' | 'badge' | 'background' }).slot ?? 'badge');

/**
 * Puts a theme or cosmetic on (taking off whatever the slot wore) or takes it off, back to the
 * default; every device of the user hears `equipped_changed`. A theme is worn as the `theme`
 * setting, so one theme at a time, and choosing light, dark or system in the settings takes it off.
 */
export async function equip(ctx: Ctx, id: string, on: boolean): Promise<Purchase> {
  return ctx.database.db.transaction(async (tx) => {
    const held = await lockedPurchase(tx, ctx, id);
    const { item } = held;
    if (!item || !isWearable(item.category as Parameters<typeof isWearable>[0])) {
      throw conflict('Only themes and cosmetics are equipped.');
    }
    if (held.purchase.status !== 'purchased') throw conflict('That purchase cannot be worn any more.');
    const now = ctx.clock.now();
    const slot = slotOf(item);
    let purchase = held.purchase;
    let theme = await wornTheme(tx, ctx.userId);
    if (slot === 'theme') {
      if (on) theme = item.key;
      else if (theme === item.key) theme = 'system';
      await writeSetting(tx, ctx.userId, 'theme', theme);
    } else {
      const worn = await repo.lockSlot(tx, ctx.userId, slot);
      await repo.setWorn(tx, ctx.userId, on ? worn.filter((w) => w !== id) : [id], null);
      if (on) await repo.setWorn(tx, ctx.userId, [id], now);
      purchase = { ...purchase, equipped_at: on ? now : null };
    }
    await repo.insertTransaction(tx, {
      user_id: ctx.userId,
      type: on ? 'equip' : 'unequip',
      description: item.name,
      item_id: item.id,
      purchase_id: id,
      created_at: now,
    });
    await publish(tx, ctx.userId, 'equipped_changed', { slot, item_key: on ? item.key : null });
    return purchaseView({ ...held, purchase }, now, theme);
  });
}

/**
 * Takes a granted reward into the inventory, once. A wearable item the user already holds is
 * marked claimed without a second copy.
 */
export async function claim(ctx: Ctx, id: string): Promise<{ reward: UserReward; purchase: Purchase | null }> {
  return ctx.database.db.transaction(async (tx) => {
    const grant = await repo.findGrant(tx, ctx.userId, id);
    if (!grant) throw notFound('reward');
    if (grant.reward.claimed_at) throw conflict('That reward was already claimed.');
    const now = ctx.clock.now();
    const { item } = grant;
    const fresh = item && (item.is_consumable || !(await repo.holds(tx, ctx.userId, item.id)));
    const purchaseId = fresh ? randomUUID() : null;
    let purchase: Purchase | null = null;
    if (item && purchaseId) {
      const row = heldRow({
        id: purchaseId,
        user_id: ctx.userId,
        item_id: item.id,
        personal_reward_id: null,
        cost_coins: 0,
        created_at: now,
      });
      await repo.insertPurchase(tx, row);
      await repo.forgetRecommendations(tx, ctx.userId);
      await repo.insertTransaction(tx, {
        user_id: ctx.userId,
        type: 'claim',
        description: item.name,
        item_id: item.id,
        purchase_id: purchaseId,
        created_at: now,
      });
      purchase = purchaseView({ purchase: row, item, reward: null }, now, '');
    }
    // Conditional, so two claims at once make one: the loser's transaction rolls its copy back.
    const claimed = await repo.claimGrant(tx, ctx.userId, id, now, purchaseId);
    if (!claimed) throw conflict('That reward was already claimed.');
    return { reward: grantView({ reward: claimed, item }), purchase };
  });
}

/**
 * Gives back what an unused purchase cost, for its owner's context `ctx` (an administrator's
 * refund acts as the owner, audited as `actor`): the coins through the ledger, the unit to the
 * stock, a refund in the history. A worn theme or cosmetic is taken off first.
 */
export async function refund(ctx: Ctx, id: string, actor: Ctx = ctx): Promise<Purchase> {
  return ctx.database.db.transaction(async (tx) => {
    const wallet = await Wallet.open(tx, ctx);
    const held = await lockedPurchase(tx, ctx, id);
    const { purchase: p, item } = held;
    if (p.status !== 'purchased') throw conflict('Only a purchase not yet used can be refunded.');
    const now = ctx.clock.now();
    const { ledger_id } = wallet.refund({
      coins: p.cost_coins,
      idempotency_key: `refund:${id}`,
      reason: `Refund of ${item?.name ?? held.reward?.title ?? 'a reward'}`,
      source_id: id,
    });
    const row = { ...p, status: 'refunded', refunded_at: now, equipped_at: null, updated_at: now };
    if (item && isWearable(item.category as Parameters<typeof isWearable>[0])) {
      const slot = slotOf(item);
      const worn = slot === 'theme' ? (await wornTheme(tx, ctx.userId)) === item.key : p.equipped_at !== null;
      if (worn && slot === 'theme') await writeSetting(tx, ctx.userId, 'theme', 'system');
      if (worn) await publish(tx, ctx.userId, 'equipped_changed', { slot, item_key: null });
    }
    wallet.write(
      repo.updateHeld(tx, id, { status: 'refunded', refunded_at: now, equipped_at: null, updated_at: now }),
      repo.insertTransaction(tx, {
        user_id: ctx.userId,
        type: 'refund',
        coins: p.cost_coins,
        description: item?.name ?? held.reward?.title ?? '',
        item_id: p.item_id,
        personal_reward_id: p.personal_reward_id,
        purchase_id: id,
        ledger_id,
        created_at: now,
      }),
    );
    if (item && item.stock !== null) wallet.write(repo.returnToStock(tx, item.id));
    await wallet.close();
    await audit(tx, actor, {
      type: 'purchase',
      resourceType: 'user_purchase',
      resourceId: id,
      action: 'refund',
      details: { owner_id: ctx.userId, cost_coins: p.cost_coins },
    });
    return purchaseView({ ...held, purchase: row }, now, 'system');
  });
}
