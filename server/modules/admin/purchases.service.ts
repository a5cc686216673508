import type { Purchase } from '#common/contracts/market';
import { backgroundCtx, type Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { purchaseOwner, refundPurchase } from '../market';
import { findUser } from '../user';

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
