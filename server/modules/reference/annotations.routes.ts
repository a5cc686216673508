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
import * as annotations from './annotations.service';
import * as regions from './regions.service';
import type { Placement } from './track-items.repo';

const tags = ['reference'];
// The track is `:id`, as in the track routes beside these (one name per path position).
const trackParams = z.object({ id: z.uuid() });
const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
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
 * The CRUD of one kind of item under `/tracks/:id/<path>`, and the `PATCH`/`DELETE
 * /<path>/:id` the SPEC's endpoint index names, which find the item by its id alone.
 */
function itemRoutes<Item, Query, Create, Update>({
  path,
  words,
  schemas,
  service,
}: ItemRoutes<Item, Query, Create, Update>): FastifyPluginAsyncZod {
  return async (app) => {
    const nested = `/tracks/:id/${path}`;
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
      async (request) => service.list(ctxOf(request), request.params.id, request.query as Query),
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
          .send({ data: await service.create(ctxOf(request), request.params.id, request.body as Create) }),
    );

    app.get(
      `${nested}/:itemId`,
      {
        schema: {
          tags,
          summary: `One ${words.one} of a track`,
          params: itemParams,
          response: { 200: item, ...missing },
        },
      },
      async (request) => ({
        data: await service.get(ctxOf(request), { trackId: request.params.id }, request.params.itemId),
      }),
    );

    for (const [url, params] of [
      [`${nested}/:itemId`, itemParams],
      [`/${path}/:id`, idParams],
    ] as const) {
      // Under a track, the item is `:itemId`; on its own, `:id`.
      const where = (p: { id: string } | { id: string; itemId: string }): [Placement, string] =>
        'itemId' in p ? [{ trackId: p.id }, p.itemId] : [{}, p.id];
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
          data: await service.update(ctxOf(request), ...where(request.params), request.body as Update),
        }),
      );
      app.delete(
        url,
        { schema: { tags, summary: `Delete a ${words.one}`, params, response: { 204: noContent, ...missing } } },
        async (request, reply) => {
          await service.remove(ctxOf(request), ...where(request.params));
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
