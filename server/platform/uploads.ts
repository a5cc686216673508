import { Readable } from 'node:stream';
import { badRequest } from './errors';

/** Reading the start of an upload to decide its type by content, before it is stored. */

/**
 * The first `n` bytes of a stream, and a stream of all of it (those bytes again, then the
 * rest). Destroying the second destroys the source. An error of the source (the client broke
 * the form off, or sent a malformed one) becomes a 400.
 */
export async function peek(source: Readable, n: number): Promise<{ head: Buffer; whole: Readable }> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const next = () =>
    it.next().catch(() => {
      throw badRequest('The upload broke off or is not a well-formed form.');
    });
  const chunks: Buffer[] = [];
  let size = 0;
  let ended = false;
  try {
    while (size < n) {
      const { value, done } = await next();
      if (done) {
        ended = true;
        break;
      }
      chunks.push(value);
      size += value.length;
    }
  } catch (err) {
    await it.return?.();
    throw err;
  }
  const head = Buffer.concat(chunks);
  async function* all() {
    try {
      yield head;
      if (ended) return;
      for (;;) {
        const { value, done } = await next();
        if (done) return;
        yield value;
      }
    } finally {
      await it.return?.();
    }
  }
  return { head, whole: Readable.from(all(), { objectMode: false }) };
}
