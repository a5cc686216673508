import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope } from '#common/contracts/base';
import { blobUsage } from '#common/contracts/blobs';
import { ctxOf } from '../../platform/access';
import * as blobs from './blobs.service';

const tags = ['blobs'];

export const blobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/usage',
    {
      schema: {
        tags,
        summary: 'How much of their storage quota the user’s files take',
        response: { 200: envelope(blobUsage) },
      },
    },
    async (request) => ({ data: await blobs.usage(ctxOf(request)) }),
  );
};
