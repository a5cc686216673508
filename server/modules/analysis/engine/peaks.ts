import { type Analyser, type AudioFormat, frameStart } from './audio';
import { amplitudeDb, frameDb, powerDb, summaryDb } from './decibels';
import { FrameSeries } from './frame-series';
import { TruePeakMeter } from './true-peak';

/**
 * Peaks and levels: sample peak, true peak (4× oversampled, true-peak.ts), RMS and crest
 * factor for the whole file, and per 10 ms frame the waveform's extremes, RMS and true peak.
 * RMS is the plain root mean square over every sample of every channel, relative to full scale
 * (a full-scale square wave reads 0 dBFS, a full-scale sine −3.01 dBFS; AES17 would add 3.01
 * dB), so the crest factor, sample peak minus RMS, of a sine is 3.01 dB.
 */
export interface PeakResult {
  samplePeakDbfs: number | null;
  truePeakDbtp: number | null;
  rmsDbfs: number | null;
  crestFactorDb: number | null;
  frames: {
    /** The lowest and highest sample of any channel (linear, for the waveform). */
    waveMin: Float32Array;
    waveMax: Float32Array;
    /** dBFS, `SILENCE_DB` at the floor. */
    rms: Float32Array;
    /** dBTP, `SILENCE_DB` at the floor. */
    truePeak: Float32Array;
  };
}

/** Measures peaks and levels as blocks arrive; results do not depend on how audio is split. */
export class PeakAnalyser implements Analyser<PeakResult> {
  private readonly channels: number;
  private readonly truePeak: TruePeakMeter;
  private readonly waveMin = new FrameSeries((n) => new Float32Array(n));
  private readonly waveMax = new FrameSeries((n) => new Float32Array(n));
  private readonly squares = new FrameSeries((n) => new Float64Array(n));
  /** Per channel, over the open frame: lowest and highest sample, sum of squares. */
  private readonly low: Float64Array;
  private readonly high: Float64Array;
  private readonly sum: Float64Array;
  private position = 0;
  private frame = 0;
  private frameEnd: number;

  constructor(private readonly format: AudioFormat) {
    this.channels = Math.max(1, format.channels);
    this.truePeak = new TruePeakMeter(this.channels, format.sampleRate);
    this.low = new Float64Array(this.channels).fill(Number.POSITIVE_INFINITY);
    this.high = new Float64Array(this.channels).fill(Number.NEGATIVE_INFINITY);
    this.sum = new Float64Array(this.channels);
    this.frameEnd = frameStart(1, format.sampleRate);
  }

  push(channels: readonly Float32Array[]): void {
    const n = channels[0]?.length ?? 0;
    let done = 0;
    while (done < n) {
      const to = done + Math.min(n - done, this.frameEnd - this.position);
      for (let c = 0; c < this.channels; c++) {
        const x = (channels[c] ?? channels[0]) as Float32Array;
        let lo = this.low[c] as number;
        let hi = this.high[c] as number;
        let sum = this.sum[c] as number;
        for (let i = done; i < to; i++) {
          const v = x[i] as number;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
          sum += v * v;
        }
        this.low[c] = lo;
        this.high[c] = hi;
        this.sum[c] = sum;
      }
      this.position += to - done;
      done = to;
      if (this.position === this.frameEnd) this.closeFrame();
    }
    this.truePeak.push(channels);
  }

  finish(): PeakResult {
    const total = this.position;
    if (total > frameStart(this.frame, this.format.sampleRate)) this.closeFrame();
    const rate = this.format.sampleRate;
    const squares = this.squares.values();
    const frames = squares.length;
    const rms = new Float32Array(frames);
    let allSquares = 0;
    for (let f = 0; f < frames; f++) {
      const samples = Math.min(frameStart(f + 1, rate), total) - frameStart(f, rate);
      const s = squares[f] as number;
      allSquares += s;
      rms[f] = frameDb(powerDb(s / (samples * this.channels)));
    }
    const waveMin = this.waveMin.values().slice();
    const waveMax = this.waveMax.values().slice();
    let samplePeak = 0;
    for (let f = 0; f < frames; f++) {
      samplePeak = Math.max(samplePeak, -(waveMin[f] as number), waveMax[f] as number);
    }
    const truePeakLinear = this.truePeak.finish();
    const truePeak = new Float32Array(frames);
    let maxTruePeak = 0;
    for (let f = 0; f < frames; f++) {
      const p = truePeakLinear[f] as number;
      if (p > maxTruePeak) maxTruePeak = p;
      truePeak[f] = frameDb(amplitudeDb(p));
    }
    const samplePeakDbfs = summaryDb(amplitudeDb(samplePeak));
    const rmsDbfs = total > 0 ? summaryDb(powerDb(allSquares / (total * this.channels))) : null;
    return {
      samplePeakDbfs,
      truePeakDbtp: summaryDb(amplitudeDb(maxTruePeak)),
      rmsDbfs,
      crestFactorDb: samplePeakDbfs !== null && rmsDbfs !== null ? samplePeakDbfs - rmsDbfs : null,
      frames: { waveMin, waveMax, rms, truePeak },
    };
  }

  /** Ends the open frame: its extremes over all channels and its sum of squares. */
  private closeFrame(): void {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    let sum = 0;
    for (let c = 0; c < this.channels; c++) {
      lo = Math.min(lo, this.low[c] as number);
      hi = Math.max(hi, this.high[c] as number);
      sum += this.sum[c] as number;
    }
    this.waveMin.push(lo);
    this.waveMax.push(hi);
    this.squares.push(sum);
    this.low.fill(Number.POSITIVE_INFINITY);
    this.high.fill(Number.NEGATIVE_INFINITY);
    this.sum.fill(0);
    this.frame++;
    this.frameEnd = frameStart(this.frame + 1, this.format.sampleRate);
  }
}
