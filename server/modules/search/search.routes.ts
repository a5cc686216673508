import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope } from '#common/contracts/base';
import { searchHit, searchQuery } from '#common/contracts/notes';
import { ctxOf } from '../../platform/access';
import { search } from './search.service';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['search'],
        summary:
          'Full-text search across the user’s ideas, infobase entries and references, best first, with the matches marked by offsets; the last word also matches as a prefix',
        querystring: searchQuery,
        response: { 200: envelope(z.array(searchHit)) },
      },
    },
    async (request) => ({ data: await search(ctxOf(request), request.query) }),
  );
};
