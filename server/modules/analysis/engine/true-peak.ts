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

/**
 * The largest absolute value of the oversampled signal, over all channels, for each 10 ms
 * frame. Samples before the start and after the end are taken as silence.
 */
export class TruePeakMeter {
  private readonly buffers: Float32Array[];
  /** The absolute sample index of each buffer's first element. */
  private start = -(HALF - 1);
  /** One past the absolute index of the last buffered sample. */
  private end = 0;
  private frame = 0;
  private readonly peaks = new FrameSeries((n) => new Float32Array(n));
  private readonly capacity: number;

  private readonly bound: number;

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

  /** Measures what is left and returns the peak of each frame (linear). */
  finish(): Float32Array {
    const total = this.end;
    if (this.end - this.start + HALF > this.capacity) this.compact();
    const at = this.end - this.start;
    for (const b of this.buffers) b.fill(0, at, at + HALF);
    this.end += HALF;
    this.measureReady(total);
    return this.peaks.values().slice(0, frameCount(total, this.sampleRate));
  }

  /** Measures every frame whose samples and look-ahead are buffered; `total` once known. */
  private measureReady(total: number): void {
    for (;;) {
      const s0 = frameStart(this.frame, this.sampleRate);
      if (s0 >= total) return;
      const s1 = Math.min(frameStart(this.frame + 1, this.sampleRate), total);
      if (s1 + HALF > this.end) return;
      this.peaks.push(this.measureFrame(s0 - this.start, s1 - this.start));
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

  /** The true peak over buffer positions [i0, i1) of every channel. */
  private measureFrame(i0: number, i1: number): number {
    let peak = 0;
    for (const x of this.buffers) {
      for (let i = i0; i < i1; i++) {
        const v = Math.abs(x[i] as number);
        if (v > peak) peak = v;
      }
    }
    for (const x of this.buffers) {
      for (let r0 = i0; r0 < i1; r0 += RUN) {
        const r1 = Math.min(r0 + RUN, i1);
        let near = 0;
        for (let i = r0 - HALF + 1; i < r1 + HALF; i++) {
          const v = Math.abs(x[i] as number);
          if (v > near) near = v;
        }
        if (near * this.bound <= peak) continue;
        peak = interpolatedPeak(x, r0, r1, peak);
      }
    }
    return peak;
  }
}

/** The largest of `peak` and the in-between values after positions [r0, r1) of `x`. */
function interpolatedPeak(x: Float32Array, r0: number, r1: number, peak: number): number {
  const { even, odd, mid } = INTERPOLATOR;
  let best = peak;
  for (let i = r0; i < r1; i++) {
    // The window is x[i − HALF + 1 .. i + HALF]; pair each tap with its mirror image.
    const lo = i - HALF + 1;
    const hi = i + HALF;
    let s = 0;
    let d = 0;
    let m = 0;
    for (let j = 0; j < HALF; j++) {
      const a = x[lo + j] as number;
      const b = x[hi - j] as number;
      const sum = a + b;
      s += (even[j] as number) * sum;
      d += (odd[j] as number) * (a - b);
      m += (mid[j] as number) * sum;
    }
    const q1 = Math.abs(s + d);
    const q3 = Math.abs(s - d);
    const q2 = Math.abs(m);
    if (q1 > best) best = q1;
    if (q2 > best) best = q2;
    if (q3 > best) best = q3;
  }
  return best;
}
