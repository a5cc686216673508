import type { FastifyInstance } from 'fastify';

/**
 * Nothing the API answers in JSON is for a shared or a disk cache: it is someone's data, or an
 * error about it. Every `/api` JSON response is `Cache-Control: no-store` unless its route set a
 * `Cache-Control` of its own (the sync poll's `private, no-cache` with its ETag; a file or a feed
 * that may be kept for a while): a route that wants another policy sets the header, and this
 * leaves it alone.
 */
export function registerCacheControl(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.hasHeader('cache-control') || !request.url.startsWith('/api')) return payload;
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('application/json')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/**
 * `Cache-Control` of an answer that never changes at its address (frames of an analysis): kept
 * for a year by the browser, never by a shared cache, since it is someone's data.
 */
export const IMMUTABLE_PRIVATE = 'private, max-age=31536000, immutable';

/** Whether an If-None-Match header names `etag` (a list, weak forms and `*` included). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
