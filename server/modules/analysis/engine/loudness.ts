import { type Analyser, type AudioFormat, frameStart } from './audio';
import { frameDb, SILENCE_DB, summaryDb } from './decibels';
import { checkFrameRate, FrameSeries } from './frame-series';
import { integratedLoudness, loudnessOf, loudnessRange } from './gating';
import { KWeightingFilter } from './k-weighting';

/**
 * Loudness per ITU-R BS.1770-4 and EBU R128 (docs/ANALYSIS.md): each channel is
 * K-weighted at the file's own sample rate, squared and summed per 10 ms frame with its channel
 * weight; the momentary (400 ms) and short-term (3 s) curves, the gated integrated loudness and
 * the loudness range are all read from those frame sums at the end.
 */
export interface LoudnessResult {
  /** Null when every block is gated out (silence, or under 400 ms). */
  integratedLufs: number | null;
  /** Null when every short-term window is gated out (silence, or under 3 s). */
  loudnessRangeLu: number | null;
  momentaryMaxLufs: number | null;
  shortTermMaxLufs: number | null;
  /** One value per 10 ms frame, LUFS, floored at `SILENCE_DB`. */
  frames: { momentary: Float32Array; shortTerm: Float32Array };
}

/** Frames in the momentary window (400 ms) and the short-term window (3 s). */
const MOMENTARY_FRAMES = 40;
const SHORT_TERM_FRAMES = 300;
/** Gating blocks and short-term windows for the loudness range start every 100 ms. */
const STEP_FRAMES = 10;

/**
 * BS.1770-4 channel weights by channel count, channels in WAVE/SMPTE order: 5 channels are
 * L R C Ls Rs, 6 are L R C LFE Ls Rs (5.1), 8 are L R C LFE Lb Rb Ls Rs (7.1). Surround
 * channels at the sides (60°–120°) weigh 1.41, the LFE 0; every other channel, and every
 * channel of any other count (mono, stereo, 3, 4, 7, more), weighs 1.0.
 */
export function channelWeights(channels: number): number[] {
  const S = 1.41;
  if (channels === 5) return [1, 1, 1, S, S];
  if (channels === 6) return [1, 1, 1, 0, S, S];
  if (channels === 8) return [1, 1, 1, 0, 1, 1, S, S];
  return Array.from({ length: Math.max(1, channels) }, () => 1);
}

/** Measures loudness as blocks arrive; results do not depend on how the audio is split. */
export class LoudnessAnalyser implements Analyser<LoudnessResult> {
  private readonly weights: number[];
  private readonly filters: KWeightingFilter[];
  /** Per channel: the sum of squared K-weighted samples in the open frame. */
  private readonly sums: Float64Array;
  /** Per closed frame: the channel-weighted sum of squares. */
  private readonly energy = new FrameSeries((n) => new Float64Array(n));
  private position = 0;
  private frame = 0;
  private frameEnd: number;

  constructor(private readonly format: AudioFormat) {
    checkFrameRate(format.sampleRate);
    this.weights = channelWeights(format.channels);
    this.filters = this.weights.map(() => new KWeightingFilter(format.sampleRate));
    this.sums = new Float64Array(this.weights.length);
    this.frameEnd = frameStart(1, format.sampleRate);
  }

  push(channels: readonly Float32Array[]): void {
    const n = channels[0]?.length ?? 0;
    let done = 0;
    while (done < n) {
      const to = done + Math.min(n - done, this.frameEnd - this.position);
      this.filterSegment(channels, done, to);
      this.position += to - done;
      done = to;
      if (this.position === this.frameEnd) this.closeFrame();
    }
  }

  finish(): LoudnessResult {
    const total = this.position;
    const rate = this.format.sampleRate;
    if (total > frameStart(this.frame, rate)) this.closeFrame();
    const energy = this.energy.values();
    const momentary = windowPowers(energy, MOMENTARY_FRAMES, total, rate);
    const shortTerm = windowPowers(energy, SHORT_TERM_FRAMES, total, rate);
    return {
      integratedLufs: integratedLoudness(completeWindows(momentary, MOMENTARY_FRAMES, total, rate)),
      loudnessRangeLu: loudnessRange(completeWindows(shortTerm, SHORT_TERM_FRAMES, total, rate)),
      momentaryMaxLufs: summaryDb(loudnessOf(maxOf(momentary))),
      shortTermMaxLufs: summaryDb(loudnessOf(maxOf(shortTerm))),
      frames: { momentary: curve(momentary), shortTerm: curve(shortTerm) },
    };
  }

  /** Filters samples [from, to) of every weighted channel, two at a time where it can. */
  private filterSegment(channels: readonly Float32Array[], from: number, to: number): void {
    const input = (c: number) => (channels[c] ?? channels[0]) as Float32Array;
    let pending = -1;
    for (let c = 0; c < this.weights.length; c++) {
      if (this.weights[c] === 0) continue;
      if (pending < 0) {
        pending = c;
        continue;
      }
      const a = this.filters[pending] as KWeightingFilter;
      const b = this.filters[c] as KWeightingFilter;
      KWeightingFilter.sumSquaresPair(a, b, input(pending), input(c), from, to, this.sums, pending, c);
      pending = -1;
    }
    if (pending >= 0) {
      const f = this.filters[pending] as KWeightingFilter;
      this.sums[pending] = f.sumSquares(input(pending), from, to, this.sums[pending] as number);
    }
  }

  /** Ends the open frame: weights and sums its channels, and starts the next. */
  private closeFrame(): void {
    let e = 0;
    for (let c = 0; c < this.weights.length; c++) e += (this.weights[c] as number) * (this.sums[c] as number);
    // A frame holding a non-finite sample counts as silence rather than poisoning every window.
    this.energy.push(Number.isFinite(e) ? e : 0);
    this.sums.fill(0);
    for (const f of this.filters) f.settle();
    this.frame++;
    this.frameEnd = frameStart(this.frame + 1, this.format.sampleRate);
  }
}

/**
 * The mean square of the window of `size` frames ending with each frame. Before the start the
 * window holds silence (a meter started with the file); the last, partial frame's window ends
 * with the file, so it is shorter by what that frame lacks.
 */
function windowPowers(energy: Float64Array, size: number, total: number, rate: number): Float64Array {
  const powers = new Float64Array(energy.length);
  let sum = 0;
  for (let f = 0; f < energy.length; f++) {
    sum += energy[f] as number;
    if (f >= size) sum -= energy[f - size] as number;
    const samples = Math.min(frameStart(f + 1, rate), total) - frameStart(f + 1 - size, rate);
    // A running sum of non-negative terms may round a hair below zero after loud audio.
    powers[f] = sum > 0 ? sum / samples : 0;
  }
  return powers;
}

/** The windows that lie wholly inside the file, one every 100 ms from the start. */
function completeWindows(powers: Float64Array, size: number, total: number, rate: number): Float64Array {
  const out: number[] = [];
  for (let f = size - 1; f < powers.length; f += STEP_FRAMES) {
    if (frameStart(f + 1, rate) > total) break;
    out.push(powers[f] as number);
  }
  return Float64Array.from(out);
}

function maxOf(values: Float64Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > max) max = values[i] as number;
  return max;
}

/** Window powers as a LUFS curve with the silence floor. */
function curve(powers: Float64Array): Float32Array {
  const out = new Float32Array(powers.length);
  for (let f = 0; f < powers.length; f++)
    out[f] = powers[f] === 0 ? SILENCE_DB : frameDb(loudnessOf(powers[f] as number));
  return out;
}
