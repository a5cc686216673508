import type { FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import { track, trackListQuery, updateTrackBody, uploadTrackBody } from '#common/contracts/reference';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import { AppError, badRequest } from '../../platform/errors';
import type { ByteRange } from '../blobs';
import * as tracks from './tracks.service';

const tags = ['reference'];

/** How long a browser may keep a track's audio: the bytes behind a track id never change. */
export const AUDIO_MAX_AGE_SECONDS = 86_400;

/**
 * One `bytes=` range of a Range header (RFC 9110 §14.1.2): `a-b`, `a-` or `-n`. Anything else,
 * several ranges included, is ignored and the whole file served, as the RFC allows.
 */
export function parseRange(header: string | undefined): ByteRange | undefined {
  const m = header === undefined ? null : /^bytes=\s*(\d*)-(\d*)\s*$/.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const [first, last] = [m[1] as string, m[2] as string];
  if (first.length > 15 || last.length > 15) return undefined;
  if (first === '') return { suffix: Number(last) };
  return last === '' ? { start: Number(first) } : { start: Number(first), end: Number(last) };
}

/** The audio bytes (typed for the document: the route streams them). */
const audioBody = z.any().meta({ type: 'string', format: 'binary' });

const contentLength = (request: FastifyRequest) => {
  const raw = request.headers['content-length'];
  return raw !== undefined && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
};

export const trackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/tracks',
    {
      schema: {
        tags,
        summary: 'The user’s reference tracks, newest first; `q` searches titles and artists, `tag` filters',
        querystring: trackListQuery,
        response: { 200: listEnvelope(track) },
      },
    },
    async (request) => tracks.list(ctxOf(request), request.query),
  );

  app.post(
    '/tracks',
    {
      schema: {
        tags,
        summary:
          'Upload a reference track: a multipart form with one `file` part (WAV, MP3, FLAC, OGG Vorbis/Opus, AAC or M4A; the type is read from the content)',
        consumes: ['multipart/form-data'],
        body: uploadTrackBody,
        response: { 201: envelope(track), 409: errorEnvelope, 413: errorEnvelope, 415: errorEnvelope },
      },
      // The body is a stream the handler reads: its schema is for the document only.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? () => true
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const length = contentLength(request);
      try {
        if (!request.isMultipart()) {
          throw new AppError('unsupported_media_type', 'Send the track as a multipart/form-data upload.');
        }
        tracks.checkAnnouncedSize(ctx, length);
        const part = await request
          .file({ limits: { fileSize: tracks.maxUploadBytes(ctx) + 1, files: 1, fields: 10, parts: 12 } })
          .catch(() => {
            throw badRequest('The upload is not a well-formed multipart form.');
          });
        if (!part) throw new AppError('validation_error', 'Attach the audio file as the `file` part.');
        const data = await tracks.upload(ctx, { body: part.file, filename: part.filename, contentLength: length });
        return reply.status(201).send({ data });
      } catch (err) {
        // What the client is still sending will not be read: this connection carries no other request.
        reply.header('connection', 'close');
        throw err;
      }
    },
  );

  app.get(
    '/tracks/:id',
    {
      schema: { tags, summary: 'One reference track', params: idParams, response: { 200: envelope(track) } },
    },
    async (request) => ({ data: await tracks.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/tracks/:id',
    {
      schema: {
        tags,
        summary: 'Correct a track’s title, artist, album or genre; write notes, tags, favorite',
        params: idParams,
        body: updateTrackBody,
        response: { 200: envelope(track) },
      },
    },
    async (request) => ({ data: await tracks.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/tracks/:id',
    {
      schema: {
        tags,
        summary: 'Delete a track with its file, analyses, annotations and regions',
        params: idParams,
        response: { 204: z.null().describe('No content'), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await tracks.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/tracks/:id/audio',
    {
      schema: {
        tags,
        summary: 'The track’s audio, whole or one byte range (`Range: bytes=…`, 206; 416 outside the file)',
        params: idParams,
        headers: z.object({ range: z.string().max(200).optional() }),
        produces: ['audio/*'],
        response: {
          200: audioBody.describe('The whole file'),
          206: audioBody.describe('The range asked for'),
          404: errorEnvelope,
          416: errorEnvelope,
        },
      },
    },
    async (request, reply) => {
      const opened = await tracks.audio(ctxOf(request), request.params.id, parseRange(request.headers.range));
      reply
        .header('content-type', opened.mimeType)
        .header('accept-ranges', 'bytes')
        .header('cache-control', `private, max-age=${AUDIO_MAX_AGE_SECONDS}`);
      if (opened.blob.sha256) reply.header('etag', `"${opened.blob.sha256}"`);
      if (opened.range) {
        const { start, end } = opened.range;
        reply
          .status(206)
          .header('content-range', `bytes ${start}-${end}/${opened.size}`)
          .header('content-length', end - start + 1);
      } else {
        reply.header('content-length', opened.size);
      }
      return reply.send(opened.body);
    },
  );
};
