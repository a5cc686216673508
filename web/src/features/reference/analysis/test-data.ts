import type { AnalysisResultsWire, AnalysisWire } from './api';
import type { ManifestWire } from './use-analysis-frames';

/** Analyses, results and frames as the API sends them, for this folder's tests. */

export const TRACK_ID = '00000000-0000-4000-8000-0000000000a1';

export const results = (over: Partial<AnalysisResultsWire> = {}): AnalysisResultsWire => ({
  duration_ms: 185_000,
  sample_rate: 44_100,
  channels: 2,
  integrated_lufs: -9,
  loudness_range_lu: 5.2,
  momentary_max_lufs: -5.1,
  short_term_max_lufs: -7.4,
  sample_peak_dbfs: -0.4,
  true_peak_dbtp: -0.2,
  rms_dbfs: -11.3,
  crest_factor_db: 10.9,
  plr_db: 8.8,
  bpm: 128,
  bpm_confidence: 0.86,
  key: 'A minor',
  key_confidence: 0.74,
  key_runner_up: { key: 'C major', confidence: 0.61 },
  sections: [
    { start_ms: 0, end_ms: 30_000, label: 'intro', confidence: 0.7 },
    { start_ms: 30_000, end_ms: 185_000, label: 'drop', confidence: 0.8 },
  ],
  ...over,
});

export const analysisRow = (over: Partial<AnalysisWire> = {}): AnalysisWire => ({
  id: '00000000-0000-4000-8000-0000000000b1',
  track_id: TRACK_ID,
  status: 'queued',
  progress: 0,
  analyzer_version: '1.0.0',
  fingerprint: null,
  results: null,
  error: null,
  attempts: 0,
  created_at: '2026-12-06T10:00:00.000Z',
  started_at: null,
  completed_at: null,
  ...over,
});

const bands = [
  { name: 'wave_min', size: 1 },
  { name: 'wave_max', size: 1 },
  { name: 'short_term', size: 1 },
  { name: 'spectrum', size: 3 },
];
const BYTES_PER_FRAME = 6 * 4;

/** A level's manifest for `frameCount` frames `hopMs` apart, in chunks of `chunk` frames. */
export const manifest = (hopMs: number, frameCount: number, chunk = 1000): ManifestWire => ({
  hop_ms: hopMs,
  frame_count: frameCount,
  bands,
  chunk_size_frames: chunk,
  levels: [
    { hop_ms: 10, frame_count: frameCount * (hopMs / 10), total_chunks: 0 },
    { hop_ms: 100, frame_count: Math.ceil((frameCount * hopMs) / 100), total_chunks: 0 },
    { hop_ms: 1000, frame_count: Math.ceil((frameCount * hopMs) / 1000), total_chunks: 0 },
  ],
});

/** Frames [from, to) as the server stores them: little-endian float32, frame f's values derived from f. */
export function frameBytes(from: number, to: number): ArrayBuffer {
  const view = new DataView(new ArrayBuffer((to - from) * BYTES_PER_FRAME));
  for (let f = from; f < to; f++) {
    const at = (f - from) * BYTES_PER_FRAME;
    [-f / 1000, f / 1000, -30 + f / 100, f, f + 0.25, f + 0.5].forEach((v, i) => {
      view.setFloat32(at + i * 4, v, true);
    });
  }
  return view.buffer;
}
