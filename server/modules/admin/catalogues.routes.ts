import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { catalogueContracts } from '#common/contracts/admin';
import { envelope, idParams } from '#common/contracts/base';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as catalogues from './catalogues.service';

const tags = ['admin'];

/**
 * The catalogues: for each, under `/<name>`, the list (inactive rows too), one row, create,
 * update and delete, each route declaring its permission (catalogues.service.ts descriptors).
 */
export const adminCatalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const d of catalogues.catalogueDescriptors) {
    const { create, update } = catalogueContracts[d.name];
    // The service handles every catalogue alike; the schema still describes (and serializes) this one's rows.
    const view = catalogueContracts[d.name].view as unknown as z.ZodType<Record<string, unknown>>;
    const base = `/${d.name}`;
    const errors = { 403: errorEnvelope, 404: errorEnvelope };

    app.get(
      base,
      {
        config: { permission: d.permissions.read },
        schema: {
          tags,
          summary: `Every ${d.label}, inactive ones too, in the catalogue’s order`,
          response: { 200: envelope(z.array(view)), 403: errorEnvelope },
        },
      },
      async (request) => ({ data: await catalogues.list(ctxOf(request), d.name) }),
    );

    app.get(
      `${base}/:id`,
      {
        config: { permission: d.permissions.read },
        schema: { tags, summary: `One ${d.label}`, params: idParams, response: { 200: envelope(view), ...errors } },
      },
      async (request) => ({ data: await catalogues.get(ctxOf(request), d.name, request.params.id) }),
    );

    app.post(
      base,
      {
        config: { permission: d.permissions.create },
        schema: {
          tags,
          summary: `Create a ${d.label}; its key is fixed from then on (409 when taken)`,
          body: create,
          response: { 201: envelope(view), 403: errorEnvelope, 409: errorEnvelope, 422: errorEnvelope },
        },
      },
      async (request, reply) => {
        const row = await catalogues.create(ctxOf(request), d.name, request.body);
        return reply.status(201).send({ data: row });
      },
    );

    app.patch(
      `${base}/:id`,
      {
        config: { permission: d.permissions.update },
        schema: {
          tags,
          summary: `Change a ${d.label} (is_active: false deactivates it); the seed no longer restores it`,
          params: idParams,
          body: update,
          response: { 200: envelope(view), ...errors, 422: errorEnvelope },
        },
      },
      async (request) => ({
        data: await catalogues.update(ctxOf(request), d.name, request.params.id, request.body),
      }),
    );

    app.delete(
      `${base}/:id`,
      {
        config: { permission: d.permissions.delete },
        schema: {
          tags,
          summary: `Delete a ${d.label} nothing uses; 409 in_use while users have it (deactivate it instead)`,
          params: idParams,
          response: { 204: z.null().describe('No content'), ...errors, 409: errorEnvelope },
        },
      },
      async (request, reply) => {
        await catalogues.remove(ctxOf(request), d.name, request.params.id);
        return reply.status(204).send(null);
      },
    );
  }
};
