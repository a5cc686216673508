/**
 * The K-weighting of ITU-R BS.1770-4 (§2.1, Annex 1) at any sample rate: a high shelf (+4 dB
 * above about 1.7 kHz, modelling the head) followed by a high-pass (the RLB curve, −3 dB near
 * 38 Hz). The standard tabulates both biquads for 48 kHz only; here each is the bilinear
 * transform, pre-warped at its corner frequency, of the analogue prototype whose parameters
 * reproduce that table (corner, gain and Q below), so the same curve is had at 44.1, 22.05 or
 * 96 kHz. At 48 kHz the coefficients match the standard's to better than 1e-8.
 */

/** A biquad's coefficients, normalised so that a0 = 1. */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** Stage 1, the high shelf: corner (Hz), gain (dB), Q, and how far the shelf's mid-point sits. */
const SHELF = { hz: 1681.974450955533, gainDb: 3.999843853973347, q: 0.7071752369554196, mid: 0.4996667741545416 };
/** Stage 2, the high-pass: corner (Hz) and Q. */
const HIGH_PASS = { hz: 38.13547087602444, q: 0.5003270373238773 };

/** Keeps a corner below Nyquist at very low sample rates, where the bilinear map would fold it. */
const warped = (hz: number, sampleRate: number) => Math.tan((Math.PI * Math.min(hz, 0.49 * sampleRate)) / sampleRate);

/** The two K-weighting biquads for `sampleRate`, shelf first. */
export function kWeighting(sampleRate: number): [Biquad, Biquad] {
  let k = warped(SHELF.hz, sampleRate);
  const vh = 10 ** (SHELF.gainDb / 20);
  const vb = vh ** SHELF.mid;
  let a0 = 1 + k / SHELF.q + k * k;
  const shelf: Biquad = {
    b0: (vh + (vb * k) / SHELF.q + k * k) / a0,
    b1: (2 * (k * k - vh)) / a0,
    b2: (vh - (vb * k) / SHELF.q + k * k) / a0,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / SHELF.q + k * k) / a0,
  };
  k = warped(HIGH_PASS.hz, sampleRate);
  a0 = 1 + k / HIGH_PASS.q + k * k;
  // The high-pass's numerator is 1, −2, 1 as the standard gives it (its gain is folded into
  // the −0.691 dB of the loudness formula).
  const highPass: Biquad = {
    b0: 1,
    b1: -2,
    b2: 1,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / HIGH_PASS.q + k * k) / a0,
  };
  return [shelf, highPass];
}

/** Filter states below this are flushed to 0 between frames, so silence never runs on subnormals. */
const TINY = 1e-30;

/**
 * One channel's K-weighting filter (both stages, transposed direct form II in double
 * precision), which also sums the squares of what it outputs.
 */
export class KWeightingFilter {
  private s1 = 0;
  private s2 = 0;
  private t1 = 0;
  private t2 = 0;
  private readonly shelf: Biquad;
  private readonly highPass: Biquad;

  constructor(sampleRate: number) {
    [this.shelf, this.highPass] = kWeighting(sampleRate);
  }

  /**
   * Filters `x[from..to)` and returns `sum` plus the sum of the squared outputs. Feeding a
   * signal in pieces gives exactly the same numbers as feeding it whole.
   */
  sumSquares(x: Float32Array, from: number, to: number, sum: number): number {
    const { b0, b1, b2, a1, a2 } = this.shelf;
    const c1 = this.highPass.a1;
    const c2 = this.highPass.a2;
    let s1 = this.s1;
    let s2 = this.s2;
    let t1 = this.t1;
    let t2 = this.t2;
    let acc = sum;
    for (let i = from; i < to; i++) {
      const v = x[i] as number;
      const y = b0 * v + s1;
      s1 = b1 * v - a1 * y + s2;
      s2 = b2 * v - a2 * y;
      const z = y + t1;
      t1 = -2 * y - c1 * z + t2;
      t2 = y - c2 * z;
      acc += z * z;
    }
    this.s1 = s1;
    this.s2 = s2;
    this.t1 = t1;
    this.t2 = t2;
    return acc;
  }

  /**
   * Filters two channels at once, `a` over `xa` and `b` over `xb`, adding their squared outputs
   * to `sums[ia]` and `sums[ib]`: the same numbers as two `sumSquares` calls, in about the time
   * of one, since the two filters' recursions do not wait on each other.
   */
  static sumSquaresPair(
    a: KWeightingFilter,
    b: KWeightingFilter,
    xa: Float32Array,
    xb: Float32Array,
    from: number,
    to: number,
    sums: Float64Array,
    ia: number,
    ib: number,
  ): void {
    const { b0, b1, b2, a1, a2 } = a.shelf;
    const c1 = a.highPass.a1;
    const c2 = a.highPass.a2;
    let s1 = a.s1;
    let s2 = a.s2;
    let t1 = a.t1;
    let t2 = a.t2;
    let r1 = b.s1;
    let r2 = b.s2;
    let u1 = b.t1;
    let u2 = b.t2;
    let accA = sums[ia] as number;
    let accB = sums[ib] as number;
    for (let i = from; i < to; i++) {
      const v = xa[i] as number;
      const w = xb[i] as number;
      const y = b0 * v + s1;
      const q = b0 * w + r1;
      s1 = b1 * v - a1 * y + s2;
      r1 = b1 * w - a1 * q + r2;
      s2 = b2 * v - a2 * y;
      r2 = b2 * w - a2 * q;
      const z = y + t1;
      const p = q + u1;
      t1 = -2 * y - c1 * z + t2;
      u1 = -2 * q - c1 * p + u2;
      t2 = y - c2 * z;
      u2 = q - c2 * p;
      accA += z * z;
      accB += p * p;
    }
    a.s1 = s1;
    a.s2 = s2;
    a.t1 = t1;
    a.t2 = t2;
    b.s1 = r1;
    b.s2 = r2;
    b.t1 = u1;
    b.t2 = u2;
    sums[ia] = accA;
    sums[ib] = accB;
  }

  /**
   * Called at frame boundaries: flushes states that have decayed to nothing, and clears states
   * a non-finite sample (a corrupt float file) left behind, so it spoils only its own frame.
   */
  settle(): void {
    this.s1 = settled(this.s1);
    this.s2 = settled(this.s2);
    this.t1 = settled(this.t1);
    this.t2 = settled(this.t2);
  }
}

/** A filter state, or 0 when it is negligible or not a finite number. */
const settled = (x: number): number => (Math.abs(x) < TINY || !Number.isFinite(x) ? 0 : x);
