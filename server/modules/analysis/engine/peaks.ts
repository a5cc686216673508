import { type Analyser, type AudioFormat, frameStart } from './audio';
import { amplitudeDb, frameDb, powerDb, summaryDb } from './decibels';
import { checkFrameRate } from './frame-series';
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
  private readonly meter: TruePeakMeter;
  private samples = 0;

  constructor(private readonly format: AudioFormat) {
    checkFrameRate(format.sampleRate);
    this.channels = Math.max(1, format.channels);
    this.meter = new TruePeakMeter(this.channels, format.sampleRate);
  }

  push(channels: readonly Float32Array[]): void {
    this.samples += channels[0]?.length ?? 0;
    this.meter.push(channels);
  }

  finish(): PeakResult {
    const total = this.samples;
    const rate = this.format.sampleRate;
    const levels = this.meter.finish();
    const frames = levels.squares.length;
    const rms = new Float32Array(frames);
    const truePeak = new Float32Array(frames);
    let allSquares = 0;
    let counted = 0;
    let samplePeak = 0;
    let maxTruePeak = 0;
    for (let f = 0; f < frames; f++) {
      const length = Math.min(frameStart(f + 1, rate), total) - frameStart(f, rate);
      const s = levels.squares[f] as number;
      // A frame holding a non-finite sample has no RMS, and is left out of the whole's.
      if (Number.isFinite(s)) {
        allSquares += s;
        counted += length;
      }
      rms[f] = frameDb(powerDb(s / (length * this.channels)));
      samplePeak = Math.max(samplePeak, -(levels.low[f] as number), levels.high[f] as number);
      const p = levels.truePeak[f] as number;
      if (p > maxTruePeak) maxTruePeak = p;
      truePeak[f] = frameDb(amplitudeDb(p));
    }
    const samplePeakDbfs = summaryDb(amplitudeDb(samplePeak));
    const rmsDbfs = counted > 0 ? summaryDb(powerDb(allSquares / (counted * this.channels))) : null;
    return {
      samplePeakDbfs,
      truePeakDbtp: summaryDb(amplitudeDb(maxTruePeak)),
      rmsDbfs,
      crestFactorDb: samplePeakDbfs !== null && rmsDbfs !== null ? samplePeakDbfs - rmsDbfs : null,
      frames: { waveMin: levels.low, waveMax: levels.high, rms, truePeak },
    };
  }
}
