import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams } from '#common/contracts/base';
import {
  createInboxBody,
  inboxItem,
  inboxList,
  inboxListQuery,
  processInboxBody,
  processResult,
  readAllResult,
  updateInboxBody,
} from '#common/contracts/inbox';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as inbox from './inbox.service';
import { processItem } from './process.service';

const tags = ['inbox'];

export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'The inbox newest first (the archive with `archived=true`), with the unread count',
        querystring: inboxListQuery,
        response: { 200: inboxList },
      },
    },
    async (request) => inbox.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Quick capture: a new unread item at the top of the inbox',
        body: createInboxBody,
        response: { 201: envelope(inboxItem) },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await inbox.capture(ctxOf(request), request.body) }),
  );

  app.post(
    '/read-all',
    {
      schema: {
        tags,
        summary: 'Mark every unread item in the inbox read',
        response: { 200: envelope(readAllResult) },
      },
    },
    async (request) => ({ data: await inbox.readAll(ctxOf(request)) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One inbox item',
        params: idParams,
        response: { 200: envelope(inboxItem), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await inbox.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Edit an item’s text or tags, mark it read or unread, archive it or bring it back',
        params: idParams,
        body: updateInboxBody,
        response: { 200: envelope(inboxItem), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await inbox.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete an item (what it became stays)',
        params: idParams,
        response: { 204: z.null().describe('No content'), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await inbox.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/process',
    {
      schema: {
        tags,
        summary:
          'Make a habit, goal, quest, idea, infobase entry or calendar event from the item (its title and body, `fields` adding to them) and archive the item, at once; 409 once processed',
        params: idParams,
        body: processInboxBody,
        response: { 200: envelope(processResult), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({ data: await processItem(ctxOf(request), request.params.id, request.body) }),
  );
};
