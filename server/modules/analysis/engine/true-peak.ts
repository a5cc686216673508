import { frameCount, frameStart } from './audio';
import { FrameSeries } from './frame-series';

/**
 * True peak per ITU-R BS.1770-4 Annex 2: the signal is oversampled 4× and the largest absolute
 * value of the oversampled signal is its true peak. The oversampling is a polyphase FIR: each
 * of the three in-between phases (¼, ½ and ¾ of the way to the next sample) is a windowed-sinc
 * fractional-delay filter, designed here (a Kaiser window over `TAPS` input samples, each phase
 * scaled to unity gain at DC); the phase at 0 is the sample itself, since a sinc is zero at
 * every other integer. Annex 2's own example filter has 12 taps a phase; 16 taps with a Kaiser
 * β of 5 keep every phase's gain within 0.03 dB up to 0.35·fs (15.4 kHz at 44.1 kHz) and within
 * 0.05 dB up to 0.4·fs (17.6 kHz), falling off above as the band edge nears.
 *
 * Work is skipped only where it cannot change a result: a phase's output is at most the sum of
 * its taps' magnitudes (`l1`) times the largest input it sees, so a run of positions whose
 * neighbourhood is quiet enough cannot raise the frame's peak above what is already known
 * (the frame's own samples, at least) and is not computed.
 */

/** Input samples each phase of the interpolator reads. */
export const TAPS = 16;
const HALF = TAPS / 2;
/** Kaiser window shape: a balance of flatness in the pass band against leakage. */
const BETA = 5;
/** Positions whose neighbourhood is checked at once before computing them. */
const RUN = 16;

/** The three in-between phases, folded by their symmetry (phase ¾ is phase ¼ reversed). */
export interface Interpolator {
  /** Halves of phase ¼'s taps plus (`even`) and minus (`odd`) their mirror images. */
  even: Float64Array;
  odd: Float64Array;
  /** The first half of phase ½'s taps (the phase is symmetric). */
  mid: Float64Array;
  /** The largest sum of tap magnitudes of any phase: its greatest gain for any input. */
  l1: number;
}

/** The modified Bessel function of the first kind, order 0 (its power series). */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 60; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

/** Taps of the phase `offset` (0..1) of the way from input sample HALF − 1 to HALF. */
function phaseTaps(offset: number): Float64Array {
  const taps = new Float64Array(TAPS);
  let sum = 0;
  for (let j = 0; j < TAPS; j++) {
    const t = j - (HALF - 1) - offset;
    const sinc = t === 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
    const r = t / HALF;
    const window = besselI0(BETA * Math.sqrt(Math.max(0, 1 - r * r))) / besselI0(BETA);
    taps[j] = sinc * window;
    sum += taps[j] as number;
  }
  for (let j = 0; j < TAPS; j++) taps[j] = (taps[j] as number) / sum;
  return taps;
}

/** Designs the 4× interpolator's in-between phases. */
export function designInterpolator(): Interpolator {
  const quarter = phaseTaps(0.25);
  const half = phaseTaps(0.5);
  const even = new Float64Array(HALF);
  const odd = new Float64Array(HALF);
  const mid = new Float64Array(HALF);
  let l1Quarter = 0;
  let l1Half = 0;
  for (let j = 0; j < HALF; j++) {
    const a = quarter[j] as number;
    const b = quarter[TAPS - 1 - j] as number;
    even[j] = (a + b) / 2;
    odd[j] = (a - b) / 2;
    mid[j] = half[j] as number;
    l1Quarter += Math.abs(a) + Math.abs(b);
    l1Half += 2 * Math.abs(half[j] as number);
  }
  return { even, odd, mid, l1: Math.max(l1Quarter, l1Half) };
}

const INTERPOLATOR = designInterpolator();
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

/**
 * The largest of `peak` and the in-between values after positions [r0, r1) of `x`. Written out
 * for `TAPS` = 16 (each tap paired with its mirror image: 24 multiplications for 3 phases).
 */
function interpolatedPeak(x: Float32Array, r0: number, r1: number, peak: number): number {
  const { even, odd, mid } = INTERPOLATOR;
  const e0 = even[0] as number;
  const o0 = odd[0] as number;
  const m0 = mid[0] as number;
  const e1 = even[1] as number;
  const o1 = odd[1] as number;
  const m1 = mid[1] as number;
  const e2 = even[2] as number;
  const o2 = odd[2] as number;
  const m2 = mid[2] as number;
  const e3 = even[3] as number;
  const o3 = odd[3] as number;
  const m3 = mid[3] as number;
  const e4 = even[4] as number;
  const o4 = odd[4] as number;
  const m4 = mid[4] as number;
  const e5 = even[5] as number;
  const o5 = odd[5] as number;
  const m5 = mid[5] as number;
  const e6 = even[6] as number;
  const o6 = odd[6] as number;
  const m6 = mid[6] as number;
  const e7 = even[7] as number;
  const o7 = odd[7] as number;
  const m7 = mid[7] as number;
  let best = peak;
  for (let i = r0; i < r1; i++) {
    // The window is x[i − 7 .. i + 8]; a pairs the taps' samples, d takes their difference.
    const u0 = x[i - 7] as number;
    const v0 = x[i + 8] as number;
    const a0 = u0 + v0;
    const d0 = u0 - v0;
    const u1 = x[i - 6] as number;
    const v1 = x[i + 7] as number;
    const a1 = u1 + v1;
    const d1 = u1 - v1;
    const u2 = x[i - 5] as number;
    const v2 = x[i + 6] as number;
    const a2 = u2 + v2;
    const d2 = u2 - v2;
    const u3 = x[i - 4] as number;
    const v3 = x[i + 5] as number;
    const a3 = u3 + v3;
    const d3 = u3 - v3;
    const u4 = x[i - 3] as number;
    const v4 = x[i + 4] as number;
    const a4 = u4 + v4;
    const d4 = u4 - v4;
    const u5 = x[i - 2] as number;
    const v5 = x[i + 3] as number;
    const a5 = u5 + v5;
    const d5 = u5 - v5;
    const u6 = x[i - 1] as number;
    const v6 = x[i + 2] as number;
    const a6 = u6 + v6;
    const d6 = u6 - v6;
    const u7 = x[i] as number;
    const v7 = x[i + 1] as number;
    const a7 = u7 + v7;
    const d7 = u7 - v7;
    const s = e0 * a0 + e1 * a1 + e2 * a2 + e3 * a3 + e4 * a4 + e5 * a5 + e6 * a6 + e7 * a7;
    const d = o0 * d0 + o1 * d1 + o2 * d2 + o3 * d3 + o4 * d4 + o5 * d5 + o6 * d6 + o7 * d7;
    const m = m0 * a0 + m1 * a1 + m2 * a2 + m3 * a3 + m4 * a4 + m5 * a5 + m6 * a6 + m7 * a7;
    const q1 = Math.abs(s + d);
    const q3 = Math.abs(s - d);
    const q2 = Math.abs(m);
    if (q1 > best) best = q1;
    if (q2 > best) best = q2;
    if (q3 > best) best = q3;
  }
  return best;
}
