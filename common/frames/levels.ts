import type { BandAggregate, FrameBand } from '../contracts/frames';
import { FRAME_HOP_MS, valuesPerFrame } from './format';

/**
 * Overview levels (docs/FRAMES.md): the full timeline summarised over longer hops, so a view of
 * a whole track reads a few hundred frames instead of tens of thousands. Each overview frame
 * summarises the full frames it covers (the last one those that are left), band by band, with
 * the band's aggregate: min, max, mean, or power_mean for dB values (10·log10 of the mean of
 * 10^(x/10)). NaN values are left out; a group of only NaN gives NaN.
 */

/**
 * The overview hops. At 1000 ms a ten-minute track is 600 frames, one chunk (≈170 KB with the
 * engine's 72 values per frame): one request for a whole-track view. 100 ms serves a minute or
 * so across a screen.
 */
export const OVERVIEW_HOPS_MS = [100, 1000] as const;

/** One timeline of an analysis: its hop, its frames, frame-major (each frame the bands in order). */
export interface FrameLevel {
  hopMs: number;
  frameCount: number;
  data: Float32Array;
}

/**
 * The full timeline (as given, `baseHopMs` apart) and one overview per hop of `hops`, finest
 * first. Each hop must be a multiple of the base hop.
 */
export function overviewLevels(
  bands: readonly FrameBand[],
  frames: Float32Array,
  frameCount: number,
  baseHopMs: number = FRAME_HOP_MS,
  hops: readonly number[] = OVERVIEW_HOPS_MS,
): FrameLevel[] {
  const stride = valuesPerFrame(bands);
  if (frames.length < frameCount * stride) throw new RangeError('Fewer values than frameCount frames hold');
  const base = frames.length === frameCount * stride ? frames : frames.subarray(0, frameCount * stride);
  const aggregates = valueAggregates(bands);
  const levels: FrameLevel[] = [{ hopMs: baseHopMs, frameCount, data: base }];
  // Each overview is summarised from the previous one when its hop is a multiple of it (the
  // sums and counts make that exact), else from the full timeline.
  let finer: { hop: number; acc: Accumulator } | null = null;
  for (const hop of hops) {
    if (hop <= baseHopMs || hop % baseHopMs !== 0) throw new RangeError(`Hop ${hop} is not a multiple of ${baseHopMs}`);
    let acc: Accumulator;
    if (finer && hop % finer.hop === 0) {
      acc = new Accumulator(aggregates, Math.ceil(finer.acc.count / (hop / finer.hop)));
      acc.addGroups(finer.acc, hop / finer.hop);
    } else {
      const factor = hop / baseHopMs;
      acc = new Accumulator(aggregates, Math.ceil(frameCount / factor));
      acc.addFrames(base, frameCount, factor);
    }
    levels.push({ hopMs: hop, frameCount: acc.count, data: acc.finish() });
    finer = { hop, acc };
  }
  return levels;
}

/** The aggregate of each value of a frame. */
function valueAggregates(bands: readonly FrameBand[]): BandAggregate[] {
  return bands.flatMap((band) => Array.from({ length: band.size }, () => band.aggregate));
}

const MIN = 0;
const MAX = 1;
const SUM = 2;
const DB_TO_LN_POWER = Math.LN10 / 10;
const kindOf = (a: BandAggregate) => (a === 'min' ? MIN : a === 'max' ? MAX : SUM);

/**
 * Running min, max or sum, with the count of values seen, of every value of every overview
 * frame. Powers of dB values are summed, so means of them stay exact when merged.
 */
class Accumulator {
  private readonly acc: Float64Array;
  private readonly seen: Uint32Array;
  private readonly kinds: Uint8Array;
  private readonly power: Uint8Array;
  private readonly stride: number;

  constructor(
    private readonly aggregates: readonly BandAggregate[],
    readonly count: number,
  ) {
    this.stride = aggregates.length;
    this.acc = new Float64Array(count * this.stride);
    this.seen = new Uint32Array(count * this.stride);
    this.kinds = Uint8Array.from(aggregates, kindOf);
    this.power = Uint8Array.from(aggregates, (a) => (a === 'power_mean' ? 1 : 0));
  }

  private merge(i: number, kind: number, x: number, n: number): void {
    const had = this.seen[i] as number;
    this.seen[i] = had + n;
    const a = this.acc[i] as number;
    if (had === 0) this.acc[i] = x;
    else if (kind === SUM) this.acc[i] = a + x;
    else if (kind === MIN ? x < a : x > a) this.acc[i] = x;
  }

  /** Every `factor` frames of the full timeline into one of this level's. */
  addFrames(frames: Float32Array, frameCount: number, factor: number): void {
    const { stride, kinds, power, acc, seen } = this;
    for (let f = 0; f < frameCount; f++) {
      const into = Math.floor(f / factor) * stride;
      const from = f * stride;
      for (let v = 0; v < stride; v++) {
        const raw = frames[from + v] as number;
        if (Number.isNaN(raw)) continue;
        // 10^(x/10) as e^(x·ln10/10), which V8 computes faster.
        const x = power[v] === 1 ? Math.exp(raw * DB_TO_LN_POWER) : raw;
        const i = into + v;
        const had = seen[i] as number;
        seen[i] = had + 1;
        const kind = kinds[v];
        if (had === 0) acc[i] = x;
        else if (kind === SUM) acc[i] = (acc[i] as number) + x;
        else if (kind === MIN ? x < (acc[i] as number) : x > (acc[i] as number)) acc[i] = x;
      }
    }
  }

  /** Every `factor` frames of a finer level (its running values) into one of this level's. */
  addGroups(finer: Accumulator, factor: number): void {
    const { stride, kinds } = this;
    for (let g = 0; g < finer.count; g++) {
      const into = Math.floor(g / factor) * stride;
      const from = g * stride;
      for (let v = 0; v < stride; v++) {
        const n = finer.seen[from + v] as number;
        if (n > 0) this.merge(into + v, kinds[v] as number, finer.acc[from + v] as number, n);
      }
    }
  }

  finish(): Float32Array {
    const out = new Float32Array(this.count * this.stride);
    for (let i = 0; i < out.length; i++) {
      const n = this.seen[i] as number;
      const a = this.acc[i] as number;
      const kind = this.aggregates[i % this.stride];
      if (n === 0) out[i] = Number.NaN;
      else if (kind === 'mean') out[i] = a / n;
      else if (kind === 'power_mean') out[i] = 10 * Math.log10(a / n);
      else out[i] = a;
    }
    return out;
  }
}

/**
 * The level a view should read: the coarsest whose hop still gives every one of `points`
 * (pixels, say) at least one frame over `spanMs`, or the finest level when none is that fine.
 */
export function chooseLevel(hopsMs: readonly number[], spanMs: number, points: number): number {
  const sorted = [...hopsMs].sort((a, b) => a - b);
  const finest = sorted[0];
  if (finest === undefined) throw new RangeError('No levels to choose from');
  const wanted = spanMs / Math.max(1, points);
  let chosen = finest;
  for (const hop of sorted) if (hop <= wanted) chosen = hop;
  return chosen;
}
