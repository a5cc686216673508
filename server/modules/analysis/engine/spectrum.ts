import FFT from 'fft.js';
import { type Analyser, type AudioFormat, frameCount, frameStart } from './audio';
import { type ChromaWeights, chromaWeights } from './chroma';
import { Decimator } from './halfband';
import { MEL_BANDS, MEL_HIGH_HZ, MEL_LOW_HZ, type MelWeights, melCentresHz, melWeights } from './mel';
import { hannWindow, nextPowerOfTwo, WindowedFrames } from './stft';

/**
 * The spectrum of a track on the 10 ms frame timeline, from the mean of its channels: a mel
 * spectrogram, an onset-strength curve, the spectral centroid, and chroma for the key. See
 * docs/ANALYSIS.md for the parameters and why they were chosen.
 */
export interface SpectrumResult {
  bands: {
    count: number;
    /** Each band's centre frequency (Hz), lowest first. */
    centresHz: number[];
    /** The outer edges of the lowest and the highest band (Hz). */
    lowHz: number;
    highHz: number;
  };
  /** frameCount × bands.count, frame-major: mean-square level in each band, dB (floor −120). */
  melDb: Float32Array;
  /** frameCount × 12, frame-major: pitch-class magnitude, C = 0 … B = 11 (linear, ≥ 0). */
  chroma: Float32Array;
  /**
   * frameCount: onset strength, the mean half-wave rectified rise of the mel bands in dB (from
   * −80 dB up) between the windows of frames f − 2 and f − 1, so that it peaks on the frame
   * where a sudden onset happens.
   */
  onset: Float32Array;
  /** frameCount: magnitude-weighted mean frequency (Hz); 0 for silence. */
  centroidHz: Float32Array;
}

/** The lowest level a band reports, dB. */
export const MEL_FLOOR_DB = -120;
/** Band levels below this are treated as this in the onset curve, so noise near silence is not read as onsets. */
const ONSET_FLOOR_DB = -80;
/** Chroma is computed every this many frames and interpolated between. */
export const CHROMA_STEP = 4;

/** A float array that grows as frames are appended. */
class Growing {
  data: Float32Array;
  length = 0;
  constructor(initial: number) {
    this.data = new Float32Array(initial);
  }
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const next = new Float32Array(Math.max(2 * this.data.length, this.length + extra));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  result(): Float32Array {
    return this.data.slice(0, this.length);
  }
}

/** Sample-rate dependent sizes, chosen so windows last about the same time at any rate. */
export function spectrumParameters(sampleRate: number) {
  // About 40 ms or more: 2048 points at 44.1 and 48 kHz, 1024 at 22.05 kHz.
  const fftSize = Math.max(256, nextPowerOfTwo(0.04 * sampleRate));
  // Chroma on audio brought below 10 kHz (5512.5 Hz from 44.1 kHz), windows of ~250 ms or more.
  let halvings = 0;
  while (sampleRate / 2 ** halvings >= 10_000) halvings++;
  const chromaRate = sampleRate / 2 ** halvings;
  const chromaFftSize = nextPowerOfTwo(0.25 * chromaRate);
  return { fftSize, halvings, chromaRate, chromaFftSize };
}

/** Computes the SpectrumResult from blocks of any size, keeping only the samples its windows still need. */
export class SpectrumAnalyser implements Analyser<SpectrumResult> {
  private readonly sampleRate: number;
  private readonly fftSize: number;
  private readonly fft: FFT;
  private readonly spectrum: Float64Array;
  private readonly packed: Float64Array;
  private readonly pending: Float64Array;
  private hasPending = false;
  private readonly power: Float64Array;
  private readonly power2: Float64Array;
  private readonly mel: MelWeights;
  private readonly powerScale: number;
  private readonly frames: WindowedFrames;
  private readonly decimator: Decimator;
  private readonly chromaFft: FFT;
  private readonly chromaSpectrum: Float64Array;
  private readonly chromaMap: ChromaWeights;
  private readonly pitchPeaks: Float64Array;
  private readonly chromaScale: number;
  private readonly chromaFrames: WindowedFrames;
  private readonly melDb = new Growing(64 * 1024);
  private readonly onset = new Growing(1024);
  private readonly centroid = new Growing(1024);
  /** Chroma of every CHROMA_STEP-th frame, in order. */
  private readonly chromaKeys = new Growing(1024);
  private readonly bandPower = new Float64Array(MEL_BANDS + 2);
  private readonly previousDb = new Float64Array(MEL_BANDS).fill(ONSET_FLOOR_DB);
  private samples = 0;
  private pendingRise = 0;

  constructor(format: AudioFormat) {
    const p = spectrumParameters(format.sampleRate);
    this.sampleRate = format.sampleRate;
    this.fftSize = p.fftSize;
    this.fft = new FFT(p.fftSize);
    this.spectrum = new Float64Array(2 * p.fftSize);
    this.packed = new Float64Array(2 * p.fftSize);
    this.pending = new Float64Array(p.fftSize);
    this.power = new Float64Array(p.fftSize / 2 + 1);
    this.power2 = new Float64Array(p.fftSize / 2 + 1);
    this.mel = melWeights(p.fftSize, format.sampleRate);
    const window = hannWindow(p.fftSize);
    const sumSquares = window.reduce((a, w) => a + w * w, 0);
    // |X_k|² · 2 / (N · Σw²) summed over the positive bins is the window's mean-square level.
    this.powerScale = 2 / (p.fftSize * sumSquares);
    const centre = (f: number) => (frameStart(f, this.sampleRate) + frameStart(f + 1, this.sampleRate)) / 2;
    this.frames = new WindowedFrames({
      size: p.fftSize,
      window,
      centre,
      step: 1,
      onWindow: (_f, x) => this.window(x),
    });

    this.decimator = new Decimator(p.halvings);
    this.chromaFft = new FFT(p.chromaFftSize);
    this.chromaSpectrum = new Float64Array(2 * p.chromaFftSize);
    this.chromaMap = chromaWeights(p.chromaFftSize, p.chromaRate);
    this.pitchPeaks = new Float64Array(this.chromaMap.pitches);
    const chromaWindow = hannWindow(p.chromaFftSize);
    this.chromaScale = 2 / chromaWindow.reduce((a, w) => a + w, 0);
    this.chromaFrames = new WindowedFrames({
      size: p.chromaFftSize,
      window: chromaWindow,
      centre: (f) => centre(f) / this.decimator.factor,
      step: CHROMA_STEP,
      onWindow: (_f, x) => this.chromaFrame(x),
    });
  }

  push(channels: readonly Float32Array[]): void {
    const n = channels[0]?.length ?? 0;
    if (n === 0) return;
    let mono: Float32Array;
    if (channels.length === 1) mono = channels[0]!;
    else if (channels.length === 2) {
      const [a, b] = channels as [Float32Array, Float32Array];
      mono = new Float32Array(n);
      for (let i = 0; i < n; i++) mono[i] = (a[i]! + b[i]!) * 0.5;
    } else {
      mono = new Float32Array(n);
      for (const ch of channels) for (let i = 0; i < n; i++) mono[i] = mono[i]! + ch[i]!;
      const k = 1 / channels.length;
      for (let i = 0; i < n; i++) mono[i] = mono[i]! * k;
    }
    this.samples += n;
    this.frames.push(mono);
    this.chromaFrames.push(this.decimator.push(mono));
  }

  finish(): SpectrumResult {
    const frames = frameCount(this.samples, this.sampleRate);
    this.frames.finish(frames);
    this.flushWindow();
    this.chromaFrames.push(this.decimator.flush());
    this.chromaFrames.finish(frames);
    return {
      bands: { count: MEL_BANDS, centresHz: melCentresHz(), lowHz: MEL_LOW_HZ, highHz: MEL_HIGH_HZ },
      melDb: this.melDb.result(),
      chroma: this.interpolatedChroma(frames),
      onset: this.onset.result(),
      centroidHz: this.centroid.result(),
    };
  }

  /**
   * Windows arrive one by one and are transformed two at a time: one complex FFT of the first
   * as real part and the second as imaginary part gives both spectra, for about two thirds of
   * the cost of two real FFTs.
   */
  private window(x: Float64Array): void {
    if (!this.hasPending) {
      this.pending.set(x);
      this.hasPending = true;
      return;
    }
    const { packed, spectrum: z, power, powerScale } = this;
    const n = this.fftSize;
    const a = this.pending;
    for (let i = 0; i < n; i++) {
      packed[2 * i] = a[i]!;
      packed[2 * i + 1] = x[i]!;
    }
    this.fft.transform(z, packed);
    // With Z = FFT(a + i·b): A[k] = (Z[k] + conj Z[n−k]) / 2, B[k] = (Z[k] − conj Z[n−k]) / 2i.
    const bins = n / 2;
    const second = this.power2;
    for (let k = 0; k <= bins; k++) {
      const m = (n - k) % n;
      const re = z[2 * k]!;
      const im = z[2 * k + 1]!;
      const reM = z[2 * m]!;
      const imM = z[2 * m + 1]!;
      power[k] = ((re + reM) ** 2 + (im - imM) ** 2) * 0.25 * powerScale;
      second[k] = ((im + imM) ** 2 + (re - reM) ** 2) * 0.25 * powerScale;
    }
    this.hasPending = false;
    this.frame(power);
    this.frame(second);
  }

  /** The last window when there is an odd number: transformed alone. */
  private flushWindow(): void {
    if (!this.hasPending) return;
    const { spectrum: z, power } = this;
    this.fft.realTransform(z, this.pending);
    for (let k = 0; k <= this.fftSize / 2; k++) {
      power[k] = (z[2 * k]! ** 2 + z[2 * k + 1]! ** 2) * this.powerScale;
    }
    this.hasPending = false;
    this.frame(power);
  }

  /** One frame of the mel spectrogram, the onset curve and the centroid, from its power spectrum. */
  private frame(power: Float64Array): void {
    const { mel, bandPower, previousDb } = this;
    bandPower.fill(0);
    const bins = this.fftSize / 2;
    const hzPerBin = this.sampleRate / this.fftSize;
    let weighted = 0;
    let total = 0;
    for (let k = 1; k <= bins; k++) {
      const magnitude = Math.sqrt(power[k]!);
      weighted += magnitude * k;
      total += magnitude;
    }
    // bandPower[b + 1] is band b; slots 0 and count + 1 take the shares that fall off either end.
    for (let k = mel.firstBin; k <= mel.lastBin; k++) {
      const p = power[k]!;
      const up = p * mel.upperShare[k]!;
      const slot = mel.lower[k]! + 1;
      bandPower[slot] = bandPower[slot]! + p - up;
      bandPower[slot + 1] = bandPower[slot + 1]! + up;
    }
    this.centroid.reserve(1);
    this.centroid.data[this.centroid.length++] = total > 0 ? (weighted / total) * hzPerBin : 0;

    this.melDb.reserve(MEL_BANDS);
    const out = this.melDb.data;
    let at = this.melDb.length;
    let rise = 0;
    for (let b = 0; b < MEL_BANDS; b++) {
      const p = bandPower[b + 1]!;
      const db = p > 1e-12 ? Math.max(MEL_FLOOR_DB, 10 * Math.log10(p)) : MEL_FLOOR_DB;
      out[at++] = db;
      const clamped = Math.max(ONSET_FLOOR_DB, db);
      const d = clamped - previousDb[b]!;
      if (d > 0) rise += d;
      previousDb[b] = clamped;
    }
    this.melDb.length = at;
    // Reported one frame later: a window first sees an onset about a quarter of its length
    // (~11 ms) before it is centred on it, so the rise peaks one frame early.
    this.onset.reserve(1);
    this.onset.data[this.onset.length++] = this.pendingRise;
    this.pendingRise = rise / MEL_BANDS;
  }

  /** Chroma of one window of the decimated audio. */
  private chromaFrame(x: Float64Array): void {
    const { chromaSpectrum: s, chromaMap: m, pitchPeaks } = this;
    this.chromaFft.realTransform(s, x);
    pitchPeaks.fill(0);
    for (let k = m.firstBin; k <= m.lastBin; k++) {
      const p = m.pitch[k]!;
      if (p < 0) continue;
      const re = s[2 * k]!;
      const im = s[2 * k + 1]!;
      const v = (re * re + im * im) * m.weight[k]! * m.weight[k]!;
      if (v > pitchPeaks[p]!) pitchPeaks[p] = v;
    }
    this.chromaKeys.reserve(12);
    const out = this.chromaKeys.data;
    const at = this.chromaKeys.length;
    // CHROMA_LOW_MIDI is a C, so pitch p has pitch class p mod 12.
    for (let p = 0; p < m.pitches; p++)
      out[at + (p % 12)] = out[at + (p % 12)]! + Math.sqrt(pitchPeaks[p]!) * this.chromaScale;
    this.chromaKeys.length = at + 12;
  }

  /** Every frame's chroma, linear between the computed ones and held after the last. */
  private interpolatedChroma(frames: number): Float32Array {
    const keys = this.chromaKeys.data;
    const keyCount = this.chromaKeys.length / 12;
    const chroma = new Float32Array(frames * 12);
    for (let f = 0; f < frames; f++) {
      const i = Math.floor(f / CHROMA_STEP);
      const t = (f - i * CHROMA_STEP) / CHROMA_STEP;
      const j = Math.min(i + 1, keyCount - 1);
      for (let c = 0; c < 12; c++) {
        const a = keys[i * 12 + c] ?? 0;
        const b = keys[j * 12 + c] ?? 0;
        chroma[f * 12 + c] = a + (b - a) * t;
      }
    }
    return chroma;
  }
}

/** The spectrum of audio already in memory (planar channels), fed in blocks of `block` samples as a decoder would. */
export function spectrumOf(channels: readonly Float32Array[], sampleRate: number, block = 4096): SpectrumResult {
  const analyser = new SpectrumAnalyser({ sampleRate, channels: channels.length });
  const n = channels[0]?.length ?? 0;
  for (let i = 0; i < n; i += block) analyser.push(channels.map((c) => c.subarray(i, Math.min(n, i + block))));
  return analyser.finish();
}
