import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope, idParams } from '#common/contracts/base';
import { purchase } from '#common/contracts/market';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as purchases from './purchases.service';

const tags = ['admin'];
const config = { permission: 'market:manage' } as const;

/** Purchases of any user, as the market's managers see them. */
export const adminPurchaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/:id/refund',
    {
      config,
      schema: {
        tags,
        summary: 'Refund any user’s unused purchase: coins, stock and history reversed, audited as the admin',
        params: idParams,
        response: { 200: envelope(purchase), 403: errorEnvelope, 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({ data: await purchases.refund(ctxOf(request), request.params.id) }),
  );
};
