/**
 * The encoded bytes as the decoders read them: the source stream cut into pieces of bounded
 * size (so one decode call never turns a huge chunk into a huge output), with bytes that were
 * looked at put back, and an abort signal that stops a wait for the next chunk at once.
 */

/** The largest piece handed to a decoder at a time. */
export const MAX_PIECE_BYTES = 16 * 1024;

export class Input {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private readonly aborted: Promise<never> | null;
  private held: Uint8Array[] = [];
  private ended = false;
  /** The error the source itself failed with, told apart from a decoder's. */
  sourceError: unknown = undefined;

  constructor(
    source: AsyncIterable<Uint8Array>,
    private readonly signal?: AbortSignal,
    private readonly maxPiece = MAX_PIECE_BYTES,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
    this.aborted = signal
      ? new Promise<never>((_, reject) => {
          const fail = () => reject(signal.reason);
          if (signal.aborted) fail();
          else signal.addEventListener('abort', fail, { once: true });
        })
      : null;
    // Nobody may be waiting when the signal fires; the rejection is observed where it matters.
    this.aborted?.catch(() => {});
  }

  /** The next piece of at most `max` bytes (the piece size by default), or null at the end. */
  async next(max = this.maxPiece): Promise<Uint8Array | null> {
    this.signal?.throwIfAborted();
    let piece = this.held.shift();
    while (!piece) {
      if (this.ended) return null;
      const chunk = await this.pull();
      if (chunk === null) return null;
      if (chunk.byteLength > 0) piece = chunk;
    }
    if (piece.byteLength > max) {
      this.held.unshift(piece.subarray(max));
      piece = piece.subarray(0, max);
    }
    return piece;
  }

  /**
   * The next piece, small network chunks joined up to half a piece or more (a decoder pays
   * for every call), or null at the end.
   */
  async gather(): Promise<Uint8Array | null> {
    const first = await this.next();
    if (!first || first.byteLength >= this.maxPiece / 2) return first;
    const parts = [first];
    let size = first.byteLength;
    while (size < this.maxPiece / 2) {
      const more = await this.next(this.maxPiece - size);
      if (!more) break;
      parts.push(more);
      size += more.byteLength;
    }
    if (parts.length === 1) return first;
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.byteLength;
    }
    return out;
  }

  /** Exactly `n` bytes (joined if they span pieces), or fewer when the stream ends first. */
  async read(n: number): Promise<Uint8Array> {
    const first = await this.next(n);
    if (!first || first.byteLength === n) return first ?? new Uint8Array(0);
    const out = new Uint8Array(n);
    out.set(first);
    let filled = first.byteLength;
    while (filled < n) {
      const piece = await this.next(n - filled);
      if (!piece) return out.subarray(0, filled);
      out.set(piece, filled);
      filled += piece.byteLength;
    }
    return out;
  }

  /** Skips `n` bytes without keeping them; answers how many there were. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      const piece = await this.next(Math.min(left, 1 << 20));
      if (!piece) break;
      left -= piece.byteLength;
    }
    return n - left;
  }

  /** Puts bytes back in front of the stream, to be read again. */
  unread(bytes: Uint8Array): void {
    if (bytes.byteLength === 0) return;
    this.held.unshift(bytes);
  }

  /** Up to `n` bytes from the front of the stream, left in place. */
  async peek(n: number): Promise<Uint8Array> {
    const bytes = await this.read(n);
    this.unread(bytes);
    return bytes;
  }

  /**
   * Stops reading: the source is told to finish (its `return`), so it can close what it holds.
   * Not waited for: a source still busy with a read that an abort left behind finishes later.
   */
  close(): void {
    this.held = [];
    if (this.ended) return;
    this.ended = true;
    Promise.resolve()
      .then(() => this.iterator.return?.())
      .catch(() => {});
  }

  private async pull(): Promise<Uint8Array | null> {
    const next = this.iterator.next();
    let result: IteratorResult<Uint8Array>;
    try {
      result = this.aborted ? await Promise.race([next, this.aborted]) : await next;
    } catch (err) {
      next.catch(() => {});
      if (!this.signal?.aborted) this.sourceError = err;
      throw err;
    }
    if (result.done) {
      this.ended = true;
      return null;
    }
    return result.value;
  }
}

/** A format's decoder once its header is read: the format, then the decoded audio in pieces of any size. */
export interface Opened {
  format: { sampleRate: number; channels: number };
  /** Planar pieces in order (all channels the same length); cut into bounded blocks by the caller. */
  pieces: AsyncIterable<Float32Array[]>;
  /** Frees what the decoder holds (WebAssembly memory, a process); called once, at the end or on failure. */
  close(): void;
}
