import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminPurchaseListQuery } from '#common/contracts/admin';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import { purchase } from '#common/contracts/market';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as purchases from './purchases.service';

const tags = ['admin'];
const config = { permission: 'market:manage' } as const;

/** Purchases of any user, as the market's managers see them. */
export const adminPurchaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config,
      schema: {
        tags,
        summary: 'One user’s purchases, newest first, with what was bought, its cost and state',
        querystring: adminPurchaseListQuery,
        response: { 200: listEnvelope(purchase), 403: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => purchases.list(ctxOf(request), request.query),
  );

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
