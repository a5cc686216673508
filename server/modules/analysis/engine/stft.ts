/**
 * Cutting a sample stream into analysis windows, one per frame of the 10 ms timeline (or per
 * `step` frames), each centred on its frame and zero-padded past either end of the audio.
 * Windows are handed out as soon as their last sample has arrived, and only the samples a later
 * window still needs are kept, so the whole track is never held in memory and the result does
 * not depend on how the stream was cut into blocks.
 */

/** A periodic Hann window of `size` points. */
export function hannWindow(size: number): Float64Array {
  const w = new Float64Array(size);
  for (let i = 0; i < size; i++) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / size);
  return w;
}

/** The smallest power of two ≥ `n`. */
export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

export interface WindowedFramesOptions {
  /** Window length in samples of this stream. */
  size: number;
  /** The window's shape, `size` points; each window is multiplied by it. */
  window: Float64Array;
  /** Centre of frame `f`'s window, in samples of this stream (may be fractional). */
  centre: (frame: number) => number;
  /** Frames between windows: 1 for every frame, 4 for every fourth (frames 0, 4, 8…). */
  step: number;
  /** Called in frame order with the windowed samples (the array is reused between calls). */
  onWindow: (frame: number, samples: Float64Array) => void;
}

/** Streams samples in and windows out; see the module comment. */
export class WindowedFrames {
  private buf = new Float32Array(1 << 15);
  private bufStart = 0;
  private received = 0;
  private next = 0;
  private readonly out: Float64Array;

  constructor(private readonly opts: WindowedFramesOptions) {
    this.out = new Float64Array(opts.size);
  }

  /** First sample of frame `f`'s window. */
  private start(frame: number): number {
    return Math.round(this.opts.centre(frame)) - this.opts.size / 2;
  }

  push(samples: Float32Array): void {
    this.append(samples);
    while (this.start(this.next) + this.opts.size <= this.received) this.emit();
  }

  /** Hands out the windows of every frame below `frames`, treating the audio as ended. */
  finish(frames: number): void {
    while (this.next < frames) this.emit();
  }

  private emit(): void {
    const { size, window, onWindow } = this.opts;
    const s = this.start(this.next);
    const out = this.out;
    const from = Math.max(0, -s);
    const to = Math.min(size, this.received - s);
    if (from > 0 || to < size) out.fill(0);
    const base = s - this.bufStart;
    for (let i = from; i < to; i++) out[i] = this.buf[base + i]! * window[i]!;
    onWindow(this.next, out);
    this.next += this.opts.step;
  }

  private append(samples: Float32Array): void {
    const used = this.received - this.bufStart;
    if (used + samples.length > this.buf.length) {
      const keepFrom = Math.min(this.received, Math.max(this.bufStart, this.start(this.next)));
      const keep = this.received - keepFrom;
      const size = keep + samples.length <= this.buf.length ? this.buf.length : 2 * (keep + samples.length);
      const next = size === this.buf.length ? this.buf : new Float32Array(size);
      if (next === this.buf) next.copyWithin(0, keepFrom - this.bufStart, used);
      else next.set(this.buf.subarray(keepFrom - this.bufStart, used), 0);
      this.buf = next;
      this.bufStart = keepFrom;
    }
    this.buf.set(samples, this.received - this.bufStart);
    this.received += samples.length;
  }
}
