import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  annotation,
  annotationListQuery,
  createAnnotationBody,
  createRegionBody,
  region,
  regionListQuery,
  updateAnnotationBody,
  updateRegionBody,
} from '#common/contracts/annotations';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import { errorEnvelope } from '#common/errors';
import { type Ctx, ctxOf } from '../../platform/access';
import type { Page } from '../../platform/pagination';
import type { Placement } from './annotations.repo';
import * as annotations from './annotations.service';
import * as regions from './regions.service';

const tags = ['reference'];
const trackParams = z.object({ trackId: z.uuid() });
const itemParams = z.object({ trackId: z.uuid(), id: z.uuid() });
const noContent = z.null().describe('No content');

/** What the routes of one kind of track item call: annotations and regions have the same five. */
interface ItemService<Item, Query, Create, Update> {
  list(ctx: Ctx, trackId: string, query: Query): Promise<Page<Item>>;
  create(ctx: Ctx, trackId: string, body: Create): Promise<Item>;
  get(ctx: Ctx, where: Placement, id: string): Promise<Item>;
  update(ctx: Ctx, where: Placement, id: string, body: Update): Promise<Item>;
  remove(ctx: Ctx, where: Placement, id: string): Promise<void>;
}

interface ItemRoutes<Item, Query, Create, Update> {
  /** `annotations`, `regions`: the path segment. */
  path: string;
  words: { one: string; many: string; order: string };
  schemas: {
    item: z.ZodType<Item, unknown>;
    query: z.ZodType<Query, unknown>;
    create: z.ZodType<Create, unknown>;
    update: z.ZodType<Update, unknown>;
  };
  service: ItemService<Item, Query, Create, Update>;
}

/**
 * The CRUD of one kind of item under `/tracks/:trackId/<path>`, and the `PATCH`/`DELETE
 * /<path>/:id` the SPEC's endpoint index names, which find the item by its id alone.
 */
function itemRoutes<Item, Query, Create, Update>({
  path,
  words,
  schemas,
  service,
}: ItemRoutes<Item, Query, Create, Update>): FastifyPluginAsyncZod {
  return async (app) => {
    const nested = `/tracks/:trackId/${path}`;
    const item = envelope(schemas.item);
    const missing = { 404: errorEnvelope };

    app.get(
      nested,
      {
        schema: {
          tags,
          summary: `The ${words.many} of one of the user’s tracks, ${words.order}`,
          params: trackParams,
          querystring: schemas.query,
          response: { 200: listEnvelope(schemas.item), ...missing },
        },
      },
      async (request) => service.list(ctxOf(request), request.params.trackId, request.query as Query),
    );

    app.post(
      nested,
      {
        schema: {
          tags,
          summary: `Add a ${words.one} to one of the user’s tracks (409 limit_reached when the track is full)`,
          params: trackParams,
          body: schemas.create,
          response: { 201: item, ...missing, 409: errorEnvelope },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ data: await service.create(ctxOf(request), request.params.trackId, request.body as Create) }),
    );

    app.get(
      `${nested}/:id`,
      {
        schema: {
          tags,
          summary: `One ${words.one} of a track`,
          params: itemParams,
          response: { 200: item, ...missing },
        },
      },
      async (request) => ({
        data: await service.get(ctxOf(request), { trackId: request.params.trackId }, request.params.id),
      }),
    );

    for (const [url, params] of [
      [`${nested}/:id`, itemParams],
      [`/${path}/:id`, idParams],
    ] as const) {
      const where = (p: { id: string } | { id: string; trackId: string }): Placement =>
        'trackId' in p ? { trackId: p.trackId } : {};
      app.patch(
        url,
        {
          schema: {
            tags,
            summary: `Edit a ${words.one}`,
            params,
            body: schemas.update,
            response: { 200: item, ...missing },
          },
        },
        async (request) => ({
          data: await service.update(ctxOf(request), where(request.params), request.params.id, request.body as Update),
        }),
      );
      app.delete(
        url,
        { schema: { tags, summary: `Delete a ${words.one}`, params, response: { 204: noContent, ...missing } } },
        async (request, reply) => {
          await service.remove(ctxOf(request), where(request.params), request.params.id);
          return reply.status(204).send(null);
        },
      );
    }
  };
}

/** Annotations and regions of reference tracks, under the reference module's prefix. */
export const annotationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(
    itemRoutes({
      path: 'annotations',
      words: { one: 'annotation', many: 'annotations', order: 'by start time; filter by type or tag' },
      schemas: {
        item: annotation,
        query: annotationListQuery,
        create: createAnnotationBody,
        update: updateAnnotationBody,
      },
      service: annotations,
    }),
  );
  await app.register(
    itemRoutes({
      path: 'regions',
      words: { one: 'region', many: 'regions', order: 'by start time' },
      schemas: { item: region, query: regionListQuery, create: createRegionBody, update: updateRegionBody },
      service: regions,
    }),
  );
};
