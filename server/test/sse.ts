import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
}

export interface SseClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Every message and comment so far, in order. */
  messages: SseMessage[];
  comments: string[];
  /** Resolves with the first message (from the start) that matches, or rejects after `timeoutMs`. */
  waitFor(match: (m: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  waitForComment(text: string, timeoutMs?: number): Promise<void>;
  /** Resolves when the server ends the response. */
  ended: Promise<void>;
  close(): void;
}

/** Listens on a free loopback port and returns the base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/**
 * A minimal Server-Sent Events client over real HTTP: it parses `id`/`event`/`data` fields and
 * comment lines as they stream in. Resolves once the response headers arrive.
 */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      const messages: SseMessage[] = [];
      const comments: string[] = [];
      const waiters = new Set<() => void>();
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message: SseMessage = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            const field = /^(id|event|data): ?(.*)$/.exec(line);
            if (field) message[field[1] as keyof SseMessage] = field[2];
          }
          if (Object.keys(message).length > 0) messages.push(message);
          end = buffer.indexOf('\n\n');
        }
        for (const wake of waiters) wake();
      });
      const ended = new Promise<void>((done) => res.on('close', done));
      const until = (check: () => boolean, what: string, timeoutMs: number) =>
        new Promise<void>((ok, fail) => {
          const wake = () => {
            if (!check()) return;
            cleanup();
            ok();
          };
          const timer = setTimeout(() => {
            cleanup();
            fail(new Error(`timed out waiting for ${what}; got ${JSON.stringify({ messages, comments })}`));
          }, timeoutMs);
          const cleanup = () => {
            clearTimeout(timer);
            waiters.delete(wake);
          };
          waiters.add(wake);
          wake();
        });
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        messages,
        comments,
        ended,
        async waitFor(match, timeoutMs = 5000) {
          await until(() => messages.some(match), 'a message', timeoutMs);
          return messages.find(match) as SseMessage;
        },
        waitForComment: (text, timeoutMs = 5000) => until(() => comments.includes(text), `: ${text}`, timeoutMs),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}
