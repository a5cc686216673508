import type { z } from 'zod';
import type { adminPurchaseListQuery } from '#common/contracts/admin';
import type { Purchase } from '#common/contracts/market';
import { backgroundCtx, type Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import type { Page } from '../../platform/pagination';
import { listPurchases, purchaseOwner, refundPurchase } from '../market';
import { findUser } from '../user';

/**
 * One user's purchases, newest first, as they see them in their inventory (the market's own list,
 * read in the owner's context: states depend on their worn theme). 404 for an unknown user.
 */
export async function list(ctx: Ctx, query: z.output<typeof adminPurchaseListQuery>): Promise<Page<Purchase>> {
  const owner = await findUser(ctx.database.db, query.user_id);
  if (!owner) throw notFound('user');
  return listPurchases(backgroundCtx(ctx, owner, `admin_purchases:${ctx.requestId}`), {
    limit: query.limit,
    cursor: query.cursor,
  });
}

/**
 * Refunds any user's unused purchase: the market's own refund runs in the owner's context (their
 * wallet, ledger and history), and its audit record names the administrator as the actor.
 * 404 for an unknown purchase; 409 when it was redeemed, consumed or refunded already.
 */
export async function refund(ctx: Ctx, id: string): Promise<Purchase> {
  const ownerId = await purchaseOwner(ctx.database.db, id);
  const owner = ownerId ? await findUser(ctx.database.db, ownerId) : null;
  if (!owner) throw notFound('purchase');
  return refundPurchase(backgroundCtx(ctx, owner, `admin_refund:${ctx.requestId}`), id, ctx);
}
