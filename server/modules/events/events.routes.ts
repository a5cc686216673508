import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eventsHeaders } from '#common/contracts/events';
import { ctxOf } from '../../platform/access';
import * as service from './events.service';

export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['events'],
        summary: 'Real-time events of the signed-in user (Server-Sent Events)',
        description:
          'A `text/event-stream`. Each message has `id`, `event` (the type) and `data` (a JSON `realtimeEvent`). ' +
          'Reconnect with `Last-Event-ID` to replay what was missed (up to 500 events of the last 24 hours); ' +
          'a `resync` event means more was missed and the client should refetch. A comment line arrives every 25 s.',
        headers: eventsHeaders,
        produces: ['text/event-stream'],
        response: { 200: z.unknown().describe('A text/event-stream of realtimeEvent messages') },
      },
    },
    async (request, reply) => {
      const lastId = request.headers['last-event-id'];
      const stream = await service.openStream(ctxOf(request), lastId === undefined ? null : Number(lastId));
      reply.raw.on('close', () => stream.destroy());
      return reply
        .type('text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache, no-transform')
        .header('x-accel-buffering', 'no')
        .send(stream);
    },
  );
};
