import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  analysisEvent,
  chunkParams,
  chunkQuery,
  eventListQuery,
  frameChunk,
  frameLevelQuery,
  frameManifest,
  frameRange,
  frameRangeQuery,
} from '#common/contracts/frames';
import { text } from '#common/contracts/text';
import { errorEnvelope } from '#common/errors';
import { encodeFrameRange } from '#common/frames/range';
import { ctxOf } from '../../platform/access';
import { IMMUTABLE_PRIVATE } from '../../platform/cache-control';
import * as frames from './frames.service';

const tags = ['frames'];

/** The frames' bytes (typed for the document: the route sends a buffer). */
const binary = z.any().meta({ type: 'string', format: 'binary' });
const conditional = z.object({ 'if-none-match': text(2000, { trim: false }).optional() });
const notModified = z.null().describe('Not modified: the copy the client holds is current');

/** Binary by default, JSON with base64 on request: both under 200. */
const bytesOr = <T extends z.ZodType>(json: T, description: string) => ({
  description,
  content: {
    'application/octet-stream': { schema: binary },
    'application/json': { schema: envelope(json) },
  },
});

/** Headers of an answer fixed by the fingerprint: cached for good, revalidated by its ETag. */
const cacheFor = (reply: FastifyReply, etag: string) =>
  reply.header('etag', etag).header('cache-control', IMMUTABLE_PRIVATE);

/** Analysis timelines and events (docs/FRAMES.md), read-only and owner-scoped. */
export const framesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analyses/:id/manifest',
    {
      schema: {
        tags,
        summary:
          'A level’s manifest (hop 10 ms by default): bands, layout, chunking, fingerprint, and the levels there are',
        params: idParams,
        querystring: frameLevelQuery,
        response: { 200: envelope(frameManifest), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await frames.getManifest(ctxOf(request), request.params.id, request.query.hop_ms) }),
  );

  app.get(
    '/analyses/:id/chunks/:index',
    {
      schema: {
        tags,
        summary:
          'One chunk of a level: its frames as little-endian float32 bytes, or JSON with `data_base64` (`encoding=base64`); ETag and If-None-Match (304)',
        params: chunkParams,
        querystring: chunkQuery,
        headers: conditional,
        produces: ['application/octet-stream', 'application/json'],
        response: {
          200: bytesOr(frameChunk, 'The chunk'),
          304: notModified,
          404: errorEnvelope,
        },
      },
    },
    async (request, reply) => {
      const { id, index } = request.params;
      const { hop_ms, encoding } = request.query;
      const read = await frames.getChunk(
        ctxOf(request),
        id,
        { hop_ms, index, encoding },
        request.headers['if-none-match'],
      );
      cacheFor(reply, read.etag);
      if (read.notModified) return reply.status(304).send(null);
      if (encoding === 'base64') return reply.send({ data: frames.chunkJson(read.chunk) });
      return reply.header('content-type', 'application/octet-stream').send(read.chunk.data);
    },
  );

  app.get(
    '/analyses/:id/frames',
    {
      schema: {
        tags,
        summary:
          'The whole chunks of a level that overlap [from_ms, to_ms): binary (a 32-byte header, then the frames) or JSON with base64 chunks (`encoding=base64`)',
        params: idParams,
        querystring: frameRangeQuery,
        headers: conditional,
        produces: ['application/octet-stream', 'application/json'],
        response: {
          200: bytesOr(frameRange, 'The chunks of the range'),
          304: notModified,
          400: errorEnvelope,
          404: errorEnvelope,
        },
      },
    },
    async (request, reply) => {
      const { query } = request;
      const read = await frames.getRange(ctxOf(request), request.params.id, query, request.headers['if-none-match']);
      cacheFor(reply, read.etag);
      if (read.notModified) return reply.status(304).send(null);
      const { manifest, header, chunks } = read;
      if (query.encoding === 'base64') {
        return reply.send({
          data: {
            analysis_id: manifest.analysis_id,
            hop_ms: header.hop_ms,
            bytes_per_frame: header.bytes_per_frame,
            chunk_size_frames: manifest.chunk_size_frames,
            from_ms: query.from_ms,
            to_ms: query.to_ms,
            start_frame: header.start_frame,
            frame_count: header.frame_count,
            chunks: chunks.map(frames.chunkJson),
          },
        });
      }
      const body = encodeFrameRange(
        header,
        chunks.map((c) => c.data),
      );
      return reply
        .header('content-type', 'application/octet-stream')
        .send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    },
  );

  app.get(
    '/analyses/:id/events',
    {
      schema: {
        tags,
        summary: 'The analysis’s beats, downbeats and sections in time order, by time range and type',
        params: idParams,
        querystring: eventListQuery,
        response: { 200: listEnvelope(analysisEvent), 404: errorEnvelope },
      },
    },
    async (request) => frames.listEvents(ctxOf(request), request.params.id, request.query),
  );
};
