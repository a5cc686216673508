import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope, pageQuery } from '#common/contracts/base';
import {
  createRewardBody,
  equipBody,
  itemKeyParams,
  itemsQuery,
  marketItem,
  marketPage,
  personalReward,
  purchase,
  purchaseBody,
  purchaseHeaders,
  purchaseResult,
  purchasesQuery,
  recommendation,
  updateRewardBody,
  userReward,
  walletPage,
} from '#common/contracts/market';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as market from './market.service';
import * as purchases from './purchase.service';

const tags = ['market'];
const all = <T>(data: T[]) => ({ data, page: { limit: data.length, next_cursor: null } });
const refusals = { 404: errorEnvelope, 409: errorEnvelope };

export const marketRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary:
          'The Market page in one call: wallet, featured items, the catalogue by category, recommendations, personal rewards, rewards to claim',
        response: { 200: envelope(marketPage) },
      },
    },
    async (request) => ({ data: await market.getPage(ctxOf(request)) }),
  );

  app.get(
    '/items',
    {
      schema: {
        tags,
        summary: 'The catalogue (a small one: every item at once), optionally of one category',
        querystring: itemsQuery,
        response: { 200: listEnvelope(marketItem) },
      },
    },
    async (request) => all(await market.listItems(ctxOf(request), request.query.category)),
  );

  app.get(
    '/items/:key',
    {
      schema: {
        tags,
        summary: 'One catalogue item, with whether the user can buy it now',
        params: itemKeyParams,
        response: { 200: envelope(marketItem), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await market.getItem(ctxOf(request), request.params.key) }),
  );

  app.get(
    '/rewards',
    { schema: { tags, summary: 'The user’s personal rewards', response: { 200: listEnvelope(personalReward) } } },
    async (request) => all(await market.listRewards(ctxOf(request))),
  );

  app.post(
    '/rewards',
    {
      schema: {
        tags,
        summary: 'Add a personal reward ("an hour of gaming: 200 coins"), with an optional daily limit',
        body: createRewardBody,
        response: { 201: envelope(personalReward), 409: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await market.createReward(ctxOf(request), request.body) }),
  );

  app.patch(
    '/rewards/:id',
    {
      schema: {
        tags,
        summary: 'Change a personal reward',
        params: idParams,
        body: updateRewardBody,
        response: { 200: envelope(personalReward), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await market.updateReward(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/rewards/:id',
    {
      schema: {
        tags,
        summary: 'Delete a personal reward (one bought before is archived, so its history stays)',
        params: idParams,
        response: { 204: z.null(), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await market.deleteReward(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/purchase',
    {
      schema: {
        tags,
        summary:
          'Buy one unit of a catalogue item or a personal reward. 409 says why not: insufficient_coins, out_of_stock, level_required, not_available, limit_reached, already_owned. With an Idempotency-Key, a repeat answers the first purchase.',
        headers: purchaseHeaders,
        body: purchaseBody,
        response: { 201: envelope(purchaseResult), ...refusals, 422: errorEnvelope },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ data: await purchases.purchase(ctxOf(request), request.body, request.headers['idempotency-key']) }),
  );

  app.get(
    '/purchases',
    {
      schema: {
        tags,
        summary:
          'The inventory and purchase history, newest first: active, equipped, redeemed, expired, consumed, refunded',
        querystring: purchasesQuery,
        response: { 200: listEnvelope(purchase) },
      },
    },
    async (request) => market.listPurchases(ctxOf(request), request.query),
  );

  app.post(
    '/purchases/:id/redeem',
    {
      schema: {
        tags,
        summary: 'Start a boost (the strongest running boost applies; boosts do not stack) or enjoy a personal reward',
        params: idParams,
        response: { 200: envelope(purchase), ...refusals },
      },
    },
    async (request) => ({ data: await purchases.redeem(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/purchases/:id/equip',
    {
      schema: {
        tags,
        summary: 'Wear a theme or cosmetic (`equipped: false` takes it off, back to the default)',
        params: idParams,
        body: equipBody,
        response: { 200: envelope(purchase), ...refusals },
      },
    },
    async (request) => ({
      data: await purchases.equip(ctxOf(request), request.params.id, request.body.equipped),
    }),
  );

  app.get(
    '/wallet',
    {
      schema: {
        tags,
        summary: 'Balance, coins earned and spent, and the market history a page at a time',
        querystring: pageQuery,
        response: { 200: walletPage },
      },
    },
    async (request) => market.getWallet(ctxOf(request), request.query),
  );

  app.get(
    '/user-rewards',
    {
      schema: {
        tags,
        summary: 'Items granted by levels and achievements, newest first, claimed or waiting',
        querystring: pageQuery,
        response: { 200: listEnvelope(userReward) },
      },
    },
    async (request) => market.listGrants(ctxOf(request), request.query),
  );

  app.post(
    '/user-rewards/:id/claim',
    {
      schema: {
        tags,
        summary: 'Take a granted item into the inventory (once)',
        params: idParams,
        response: {
          200: envelope(z.object({ reward: userReward, purchase: purchase.nullable() })),
          ...refusals,
        },
      },
    },
    async (request) => ({ data: await purchases.claim(ctxOf(request), request.params.id) }),
  );

  app.get(
    '/recommendations',
    {
      schema: {
        tags,
        summary: 'Items the user can almost afford or would likely want, each with its reason',
        response: { 200: listEnvelope(recommendation) },
      },
    },
    async (request) => all(await market.getRecommendations(ctxOf(request))),
  );
};
