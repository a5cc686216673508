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

const dbToPower = (x: number) => 10 ** (x / 10);

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
  const overviews = hops.map((hop) => {
    if (hop <= baseHopMs || hop % baseHopMs !== 0) throw new RangeError(`Hop ${hop} is not a multiple of ${baseHopMs}`);
    const factor = hop / baseHopMs;
    const count = Math.ceil(frameCount / factor);
    return new Accumulator(aggregates, count, factor);
  });
  for (let f = 0; f < frameCount; f++) {
    for (let v = 0; v < stride; v++) {
      const raw = base[f * stride + v] as number;
      if (Number.isNaN(raw)) continue;
      const x = aggregates[v] === 'power_mean' ? dbToPower(raw) : raw;
      for (const level of overviews) level.add(f, v, x);
    }
  }
  return [
    { hopMs: baseHopMs, frameCount, data: base },
    ...overviews.map((level, i) => ({
      hopMs: hops[i] as number,
      frameCount: level.count,
      data: level.finish(),
    })),
  ];
}

/** The aggregate of each value of a frame. */
function valueAggregates(bands: readonly FrameBand[]): BandAggregate[] {
  return bands.flatMap((band) => Array.from({ length: band.size }, () => band.aggregate));
}

/** Running min, max or sum (with the count of values seen) of every value of every overview frame. */
class Accumulator {
  private readonly acc: Float64Array;
  private readonly seen: Uint32Array;
  private readonly stride: number;

  constructor(
    private readonly aggregates: readonly BandAggregate[],
    readonly count: number,
    private readonly factor: number,
  ) {
    this.stride = aggregates.length;
    this.acc = new Float64Array(count * this.stride);
    this.seen = new Uint32Array(count * this.stride);
  }

  add(frame: number, value: number, x: number): void {
    const i = Math.floor(frame / this.factor) * this.stride + value;
    const n = this.seen[i] as number;
    this.seen[i] = n + 1;
    if (n === 0) {
      this.acc[i] = x;
      return;
    }
    const a = this.acc[i] as number;
    switch (this.aggregates[value]) {
      case 'min':
        if (x < a) this.acc[i] = x;
        break;
      case 'max':
        if (x > a) this.acc[i] = x;
        break;
      default:
        this.acc[i] = a + x;
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
