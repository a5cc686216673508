import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEntry, auditFilters, auditListQuery } from '#common/contracts/admin';
import { listEnvelope } from '#common/contracts/base';
import { ctxOf } from '../../platform/access';
import * as auditLog from './audit.service';

const tags = ['admin'];
const admin = { permission: 'system:admin' } as const;
const csv = z.string().describe('The audit rows as CSV (RFC 4180), a header row first');

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: admin,
      schema: {
        tags,
        summary: 'The audit log, newest first, filtered by actor, event, target and time',
        querystring: auditListQuery,
        response: { 200: listEnvelope(auditEntry) },
      },
    },
    async (request) => auditLog.list(ctxOf(request), request.query),
  );

  app.get(
    '/audit.csv',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Download the audit rows matching the filters as CSV (the export is itself audited)',
        querystring: auditFilters,
        produces: ['text/csv'],
        response: { 200: csv },
      },
    },
    async (request, reply) => {
      const { filename, body } = await auditLog.exportCsv(ctxOf(request), request.query);
      // The typed reply expects the document itself; the stream produces exactly that text.
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(body as never);
    },
  );
};
