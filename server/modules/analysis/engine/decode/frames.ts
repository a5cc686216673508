import type CodecParser from 'codec-parser';
import type { CodecFrame } from 'codec-parser';
import type { Input } from './input';

/** How many sample frames of encoded audio go to the decoder at a time. */
export const BATCH_SAMPLES = 16384;

/**
 * Codec frames as `codec-parser` finds them in the input (it syncs on two frames in a row and
 * drops what lies between), handed on in batches of about `BATCH_SAMPLES` samples.
 */
export class FrameReader {
  private queue: CodecFrame[] = [];
  private done = false;

  constructor(
    private readonly parser: CodecParser<CodecFrame>,
    private readonly input: Input,
  ) {}

  /** The first frame, read ahead and kept for the first batch; null when the input holds none. */
  async first(): Promise<CodecFrame | null> {
    while (this.queue.length === 0 && !this.done) await this.fill();
    return this.queue[0] ?? null;
  }

  /** The next frames, about a batch's worth; empty at the end. */
  async batch(): Promise<CodecFrame[]> {
    let samples = this.queue.reduce((n, f) => n + f.samples, 0);
    while (samples < BATCH_SAMPLES && !this.done) {
      const before = this.queue.length;
      await this.fill();
      for (let i = before; i < this.queue.length; i++) samples += (this.queue[i] as CodecFrame).samples;
    }
    const out: CodecFrame[] = [];
    let taken = 0;
    while (this.queue.length > 0 && (taken < BATCH_SAMPLES || out.length === 0)) {
      const frame = this.queue.shift() as CodecFrame;
      taken += frame.samples;
      out.push(frame);
    }
    return out;
  }

  private async fill(): Promise<void> {
    const piece = await this.input.gather();
    if (piece) {
      this.queue.push(...(this.parser.parseChunk(piece) as unknown as Iterable<CodecFrame>));
    } else {
      this.queue.push(...(this.parser.flush() as unknown as Iterable<CodecFrame>));
      this.done = true;
    }
  }
}
