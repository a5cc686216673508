import { frameCount, frameStart } from './audio';
import { FrameSeries } from './frame-series';
import { HALF, INTERPOLATOR, interpolatedPeak, TAPS } from './interpolator';

/**
 * True peak per ITU-R BS.1770-4 Annex 2: the signal is oversampled 4× (interpolator.ts) and
 * the largest absolute value of the oversampled signal is its true peak, kept per 10 ms frame.
 *
 * Work is skipped only where it cannot change a result: a phase's output is at most the sum of
 * its taps' magnitudes (`l1`) times the largest input it sees, so a run of positions whose
 * neighbourhood is quiet enough cannot raise the frame's peak above what is already known
 * (the frame's own samples, at least) and is not computed.
 */

/** Positions whose neighbourhood is checked at once before computing them. */
const RUN = 16;

/** The bound with room for rounding, so a skipped run provably holds nothing larger. */
const BOUND = INTERPOLATOR.l1 * (1 + 1e-9);

/** Per 10 ms frame, over all channels: what `TruePeakMeter` finds. */
export interface FrameLevels {
  /** The largest absolute value of the oversampled signal (linear). */
  truePeak: Float32Array;
  /** The lowest and the highest sample. */
  low: Float32Array;
  high: Float32Array;
  /** The sum of the squared samples. */
  squares: Float64Array;
}

/**
 * The true peak of each 10 ms frame, over all channels, and on the same pass over the samples
 * each frame's extremes and sum of squares. Samples before the start and after the end are
 * taken as silence.
 */
export class TruePeakMeter {
  private readonly buffers: Float32Array[];
  /** The absolute sample index of each buffer's first element. */
  private start = -(HALF - 1);
  /** One past the absolute index of the last buffered sample. */
  private end = 0;
  private frame = 0;
  private readonly truePeak = new FrameSeries((n) => new Float32Array(n));
  private readonly low = new FrameSeries((n) => new Float32Array(n));
  private readonly high = new FrameSeries((n) => new Float32Array(n));
  private readonly squares = new FrameSeries((n) => new Float64Array(n));
  private readonly capacity: number;

  private readonly bound: number;
  /** Per channel, scratch: the largest sample of each run of the frame, and of its two edges. */
  private readonly runPeaks: Float64Array[];

  /** `exhaustive` computes every position, skipping nothing (to check the skipping against). */
  constructor(
    channels: number,
    private readonly sampleRate: number,
    options: { exhaustive?: boolean } = {},
  ) {
    this.bound = options.exhaustive ? Number.POSITIVE_INFINITY : BOUND;
    const frameLength = Math.ceil(sampleRate / 100);
    this.capacity = Math.max(16_384, 4 * frameLength + 2 * TAPS);
    // Zeros before the first sample: the filter's left context at the start.
    this.buffers = Array.from({ length: Math.max(1, channels) }, () => new Float32Array(this.capacity));
    this.runPeaks = this.buffers.map(() => new Float64Array(Math.ceil(frameLength / RUN) + 2));
  }

  /** Takes the next block (planar, as the decoder gives it). */
  push(channels: readonly Float32Array[]): void {
    const n = channels[0]?.length ?? 0;
    let done = 0;
    while (done < n) {
      if (this.end - this.start === this.capacity) this.compact();
      const take = Math.min(n - done, this.capacity - (this.end - this.start));
      const at = this.end - this.start;
      for (let c = 0; c < this.buffers.length; c++) {
        const source = channels[c] ?? channels[0];
        (this.buffers[c] as Float32Array).set((source as Float32Array).subarray(done, done + take), at);
      }
      this.end += take;
      done += take;
      this.measureReady(Number.POSITIVE_INFINITY);
    }
  }

  /** Measures what is left and returns every frame's levels. */
  finish(): FrameLevels {
    const total = this.end;
    if (this.end - this.start + HALF > this.capacity) this.compact();
    const at = this.end - this.start;
    for (const b of this.buffers) b.fill(0, at, at + HALF);
    this.end += HALF;
    this.measureReady(total);
    const frames = frameCount(total, this.sampleRate);
    return {
      truePeak: this.truePeak.values().slice(0, frames),
      low: this.low.values().slice(0, frames),
      high: this.high.values().slice(0, frames),
      squares: this.squares.values().slice(0, frames),
    };
  }

  /** Measures every frame whose samples and look-ahead are buffered; `total` once known. */
  private measureReady(total: number): void {
    for (;;) {
      const s0 = frameStart(this.frame, this.sampleRate);
      if (s0 >= total) return;
      const s1 = Math.min(frameStart(this.frame + 1, this.sampleRate), total);
      if (s1 + HALF > this.end) return;
      this.measureFrame(s0 - this.start, s1 - this.start);
      this.frame++;
    }
  }

  /** Keeps only what the next frame still needs at the front of the buffers. */
  private compact(): void {
    const keep = frameStart(this.frame, this.sampleRate) - (HALF - 1);
    const from = keep - this.start;
    for (const b of this.buffers) b.copyWithin(0, from, this.end - this.start);
    this.start = keep;
  }

  /**
   * Measures the frame at buffer positions [i0, i1) of every channel. Each run's neighbourhood
   * (the samples its positions read) is covered by the largest samples of the run and of the
   * runs either side, or of the frame's edges.
   */
  private measureFrame(i0: number, i1: number): void {
    const runs = Math.ceil((i1 - i0) / RUN);
    let peak = 0;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    let squares = 0;
    for (let c = 0; c < this.buffers.length; c++) {
      const x = this.buffers[c] as Float32Array;
      const most = this.runPeaks[c] as Float64Array;
      most[0] = absMax(x, i0 - HALF + 1, i0);
      let sum = 0;
      for (let k = 0; k < runs; k++) {
        const r0 = i0 + k * RUN;
        const r1 = Math.min(r0 + RUN, i1);
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (let i = r0; i < r1; i++) {
          const v = x[i] as number;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
          sum += v * v;
        }
        const v = Math.max(-lo, hi);
        most[k + 1] = v;
        if (v > peak) peak = v;
        if (lo < low) low = lo;
        if (hi > high) high = hi;
      }
      most[runs + 1] = absMax(x, i1, i1 + HALF);
      squares += sum;
    }
    for (let c = 0; c < this.buffers.length; c++) {
      const x = this.buffers[c] as Float32Array;
      const most = this.runPeaks[c] as Float64Array;
      for (let k = 0; k < runs; k++) {
        // The last run may be shorter than the look-ahead: then the edge counts as well.
        const right =
          k === runs - 2 ? Math.max(most[k + 2] as number, most[runs + 1] as number) : (most[k + 2] as number);
        const near = Math.max(most[k] as number, most[k + 1] as number, right);
        if (near * this.bound <= peak) continue;
        const r0 = i0 + k * RUN;
        peak = interpolatedPeak(x, r0, Math.min(r0 + RUN, i1), peak);
      }
    }
    this.truePeak.push(peak);
    this.low.push(low);
    this.high.push(high);
    this.squares.push(squares);
  }
}

/** The largest absolute value in x[from..to). */
function absMax(x: Float32Array, from: number, to: number): number {
  let most = 0;
  for (let i = from; i < to; i++) {
    const v = Math.abs(x[i] as number);
    if (v > most) most = v;
  }
  return most;
}
