import { PassThrough } from 'node:stream';
import type { EventHub } from '../../platform/event-hub';
import { type EventRow, toWire } from '../../platform/events';

/** A client that cannot keep up is dropped (it reconnects and replays) rather than buffered forever. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/** What opening the stream needs; a request context satisfies it. */
interface StreamCtx {
  userId: string;
  events: EventHub;
}

const message = (row: EventRow) => `id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify(toWire(row))}\n\n`;

/**
 * The user's Server-Sent Events stream: replays what the client missed after `lastEventId`,
 * then follows live events, with a heartbeat comment so proxies keep the connection open.
 * Resolves once the stream is live; destroying the stream unsubscribes.
 */
export async function openStream(ctx: StreamCtx, lastEventId: number | null): Promise<PassThrough> {
  const stream = new PassThrough();
  const write = (chunk: string) => {
    if (stream.writableEnded || stream.destroyed) return;
    if (stream.writableLength > MAX_BUFFERED_BYTES) stream.end();
    else stream.write(chunk);
  };
  // Tell EventSource how long to wait before reconnecting.
  write('retry: 3000\n\n');
  const disconnect = await ctx.events
    .connect(ctx.userId, lastEventId, {
      send: (rows) => write(rows.map(message).join('')),
      resync: (id) =>
        write(`id: ${id}\nevent: resync\ndata: ${JSON.stringify({ id: String(id), type: 'resync', data: {} })}\n\n`),
      close: () => stream.end(),
    })
    .catch((err) => {
      stream.destroy();
      throw err;
    });
  const heartbeat = setInterval(() => write(': ping\n\n'), ctx.events.heartbeatMs);
  heartbeat.unref();
  stream.on('close', () => {
    clearInterval(heartbeat);
    disconnect();
  });
  write(': connected\n\n');
  return stream;
}
