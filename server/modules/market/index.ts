import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { grantRewards } from './grants';
import { marketRoutes } from './market.routes';

/** Refunds are made by administrators, acting as the purchase's owner; they list the owner's purchases so. */
export { purchaseOwner } from './market.repo';
export { listPurchases } from './market.service';
export { refund as refundPurchase } from './purchase.service';

/** The market's routes, and its reward listener: levels and achievements grant items. */
const plugin: FastifyPluginAsync = async (app) => {
  app.deps.rewardListeners.add(grantRewards);
  await app.register(marketRoutes);
};

export const marketModule = defineModule({ name: 'market', prefix: '/api/market', plugin });
