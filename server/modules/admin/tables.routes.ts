import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminTable, adminTableParams, adminTableRow, adminTableRowsQuery } from '#common/contracts/admin';
import { listEnvelope } from '#common/contracts/base';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as tables from './tables.service';

const tags = ['admin'];
const config = { permission: 'system:admin' } as const;

/** Read-only browsing of the allow-listed tables (tables.allowlist.ts); no query text is ever taken. */
export const adminTableRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config,
      schema: {
        tags,
        summary: 'The tables that may be browsed, with the columns shown and the filters offered',
        response: { 200: z.object({ data: z.array(adminTable) }), 403: errorEnvelope },
      },
    },
    async () => ({ data: tables.list() }),
  );

  app.get(
    '/:table',
    {
      config,
      schema: {
        tags,
        summary: 'A page of a table’s rows, newest first; filter[<column>]=<value> for equality on a listed column',
        params: adminTableParams,
        querystring: adminTableRowsQuery,
        response: { 200: listEnvelope(adminTableRow), 400: errorEnvelope, 403: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => tables.rows(ctxOf(request), request.params.table, request.query),
  );
};
