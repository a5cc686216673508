import type { AnalysisResultsWire, AnalysisWire } from './api';

/** Analyses and results as the API sends them, for this folder's tests. */

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
