import { performance } from 'node:perf_hooks';
import type { AnalysisEvent, FrameBand } from '#common/contracts/frames';
import { type Analyser, FRAMES_PER_SECOND, frameCount } from './audio';
import { decodeAudio } from './decode';
import { estimateKey } from './key';
import { LoudnessAnalyser } from './loudness';
import { PeakAnalyser } from './peaks';
import { findSections } from './sections';
import { SpectrumAnalyser } from './spectrum';
import { estimateTempo } from './tempo';

/**
 * Bumped whenever a measurement changes what it reports: it is part of every analysis's
 * fingerprint, so results of an older engine are never taken for this one's.
 */
export const ANALYZER_VERSION = '1.0.0';

/** The frame timeline's bands and the events, as the frames module stores them. */
export type { AnalysisEvent, BandAggregate, FrameBand } from '#common/contracts/frames';

/** The numbers of an analysis, as stored in `track_analyses.results` and shown on the track page. */
export interface AnalysisSummary {
  duration_ms: number;
  sample_rate: number;
  channels: number;
  integrated_lufs: number | null;
  loudness_range_lu: number | null;
  momentary_max_lufs: number | null;
  short_term_max_lufs: number | null;
  sample_peak_dbfs: number | null;
  true_peak_dbtp: number | null;
  rms_dbfs: number | null;
  crest_factor_db: number | null;
  /** Peak to loudness ratio: true peak − integrated loudness. */
  plr_db: number | null;
  bpm: number | null;
  bpm_confidence: number | null;
  key: string | null;
  key_confidence: number | null;
  key_runner_up: { key: string; confidence: number } | null;
  sections: { start_ms: number; end_ms: number; label: string; confidence: number }[];
}

export interface AnalysisOutput {
  summary: AnalysisSummary;
  bands: FrameBand[];
  /** Frame-major: `frameCount` frames of the bands in order, one frame per 10 ms. */
  frames: Float32Array;
  frameCount: number;
  events: AnalysisEvent[];
  /** Milliseconds spent per stage (decoding, each measurement, assembling). */
  timings: Record<string, number>;
}

export interface EngineOptions {
  ffmpegPath?: string | null;
  signal?: AbortSignal;
  /** The input's size, so progress can be told as a fraction of it. */
  totalBytes?: number | null;
  onProgress?: (fraction: number) => void;
}

/** A finite number, or null (silence has no peak in dB). */
const finite = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

/** Counts the bytes read, and tells progress in steps of at least 2 %. */
async function* counted(
  source: AsyncIterable<Uint8Array>,
  totalBytes: number | null | undefined,
  onProgress: ((fraction: number) => void) | undefined,
): AsyncGenerator<Uint8Array> {
  let read = 0;
  let told = 0;
  for await (const chunk of source) {
    read += chunk.byteLength;
    if (onProgress && totalBytes && read / totalBytes - told >= 0.02) {
      told = Math.min(1, read / totalBytes);
      onProgress(told);
    }
    yield chunk;
  }
}

/** Feeds each block to every analyser, adding up the time each takes. */
class Timed<R> implements Analyser<R> {
  ms = 0;
  constructor(private readonly inner: Analyser<R>) {}
  push(channels: readonly Float32Array[]): void {
    const t = performance.now();
    this.inner.push(channels);
    this.ms += performance.now() - t;
  }
  finish(): R {
    const t = performance.now();
    const r = this.inner.finish();
    this.ms += performance.now() - t;
    return r;
  }
}

/**
 * Analyses a whole file in one decode pass: loudness, peaks and the spectrum see every block as
 * it is decoded; tempo, key and sections are read from their per-frame results at the end.
 */
export async function analyseAudio(
  source: AsyncIterable<Uint8Array>,
  mimeType: string,
  options: EngineOptions = {},
): Promise<AnalysisOutput> {
  const started = performance.now();
  const decoded = await decodeAudio(counted(source, options.totalBytes, options.onProgress), mimeType, {
    ffmpegPath: options.ffmpegPath,
    signal: options.signal,
  });
  const { format } = decoded;
  const loudness = new Timed(new LoudnessAnalyser(format));
  const peaks = new Timed(new PeakAnalyser(format));
  const spectrum = new Timed(new SpectrumAnalyser(format));
  const analysers = [loudness, peaks, spectrum];

  let samples = 0;
  for await (const block of decoded.blocks) {
    options.signal?.throwIfAborted();
    samples += block[0]?.length ?? 0;
    for (const a of analysers) a.push(block);
  }
  options.signal?.throwIfAborted();
  const level = loudness.finish();
  const peak = peaks.finish();
  const spec = spectrum.finish();
  const decodeMs = performance.now() - started - loudness.ms - peaks.ms - spectrum.ms;

  const frames = frameCount(samples, format.sampleRate);
  let t = performance.now();
  const tempo = estimateTempo(spec.onset, FRAMES_PER_SECOND);
  const tempoMs = performance.now() - t;
  t = performance.now();
  const key = estimateKey(spec.chroma, frames);
  const keyMs = performance.now() - t;
  t = performance.now();
  const sections = findSections({
    melDb: spec.melDb,
    bandCount: spec.bands.count,
    energyDb: level.frames.shortTerm,
    framesPerSecond: FRAMES_PER_SECOND,
  });
  const sectionsMs = performance.now() - t;

  t = performance.now();
  const bands: FrameBand[] = [
    { name: 'wave_min', size: 1, aggregate: 'min', description: 'The lowest sample of any channel' },
    { name: 'wave_max', size: 1, aggregate: 'max', description: 'The highest sample of any channel' },
    { name: 'rms', size: 1, unit: 'dBFS', aggregate: 'power_mean', description: 'RMS level' },
    { name: 'true_peak', size: 1, unit: 'dBTP', aggregate: 'max', description: 'True peak (4× oversampled)' },
    { name: 'momentary', size: 1, unit: 'LUFS', aggregate: 'max', description: 'Momentary loudness (400 ms)' },
    { name: 'short_term', size: 1, unit: 'LUFS', aggregate: 'max', description: 'Short-term loudness (3 s)' },
    { name: 'centroid', size: 1, unit: 'Hz', aggregate: 'mean', description: 'Spectral centroid' },
    { name: 'onset', size: 1, aggregate: 'max', description: 'Onset strength (spectral flux)' },
    { name: 'spectrum', size: spec.bands.count, unit: 'dB', aggregate: 'power_mean', description: 'Mel spectrum' },
  ];
  const scalars = [
    peak.frames.waveMin,
    peak.frames.waveMax,
    peak.frames.rms,
    peak.frames.truePeak,
    level.frames.momentary,
    level.frames.shortTerm,
    spec.centroidHz,
    spec.onset,
  ];
  const melCount = spec.bands.count;
  const stride = scalars.length + melCount;
  const packed = new Float32Array(frames * stride);
  for (let f = 0; f < frames; f++) {
    const at = f * stride;
    for (let s = 0; s < scalars.length; s++) packed[at + s] = (scalars[s] as Float32Array)[f] ?? 0;
    packed.set(spec.melDb.subarray(f * melCount, (f + 1) * melCount), at + scalars.length);
  }

  const events: AnalysisEvent[] = [
    ...tempo.beatsMs.map((ms): AnalysisEvent => ({ type: 'beat', timeMs: Math.round(ms) })),
    ...tempo.downbeatsMs.map((ms): AnalysisEvent => ({ type: 'downbeat', timeMs: Math.round(ms) })),
    ...sections.map(
      (s): AnalysisEvent => ({
        type: 'section',
        timeMs: Math.round(s.startMs),
        durationMs: Math.round(s.endMs - s.startMs),
        confidence: s.confidence,
        data: { label: s.label },
      }),
    ),
  ];
  const integrated = finite(level.integratedLufs);
  const truePeak = finite(peak.truePeakDbtp);
  const summary: AnalysisSummary = {
    duration_ms: Math.round((samples * 1000) / format.sampleRate),
    sample_rate: format.sampleRate,
    channels: format.channels,
    integrated_lufs: integrated,
    loudness_range_lu: finite(level.loudnessRangeLu),
    momentary_max_lufs: finite(level.momentaryMaxLufs),
    short_term_max_lufs: finite(level.shortTermMaxLufs),
    sample_peak_dbfs: finite(peak.samplePeakDbfs),
    true_peak_dbtp: truePeak,
    rms_dbfs: finite(peak.rmsDbfs),
    crest_factor_db: finite(peak.crestFactorDb),
    plr_db: integrated !== null && truePeak !== null ? truePeak - integrated : null,
    bpm: finite(tempo.bpm),
    bpm_confidence: tempo.bpm === null ? null : tempo.confidence,
    key: key?.key ?? null,
    key_confidence: key?.confidence ?? null,
    key_runner_up: key?.runnerUp ?? null,
    sections: sections.map((s) => ({
      start_ms: Math.round(s.startMs),
      end_ms: Math.round(s.endMs),
      label: s.label,
      confidence: s.confidence,
    })),
  };
  const assembleMs = performance.now() - t;
  return {
    summary,
    bands,
    frames: packed,
    frameCount: frames,
    events,
    timings: {
      decode: decodeMs,
      loudness: loudness.ms,
      peaks: peaks.ms,
      spectrum: spectrum.ms,
      tempo: tempoMs,
      key: keyMs,
      sections: sectionsMs,
      assemble: assembleMs,
      total: performance.now() - started,
    },
  };
}
