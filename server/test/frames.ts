import { and, desc, eq } from 'drizzle-orm';
import type { AnalysisEvent, FrameBand } from '#common/contracts/frames';
import { frameLevels, saveAnalysisFrames } from '../modules/frames';
import { track_analyses } from '../modules/reference/reference.tables';
import { injectUpload, wav } from './audio';
import type { TestUser } from './factories';
import type { TestApp } from './harness';

/** A small band set shaped like the engine's: scalars with each aggregate, and a 4-bin spectrum. */
export const testBands: FrameBand[] = [
  { name: 'wave_min', size: 1, aggregate: 'min' },
  { name: 'wave_max', size: 1, aggregate: 'max' },
  { name: 'rms', size: 1, unit: 'dBFS', aggregate: 'power_mean', description: 'RMS level' },
  { name: 'centroid', size: 1, unit: 'Hz', aggregate: 'mean' },
  { name: 'spectrum', size: 4, unit: 'dB', aggregate: 'power_mean' },
];

/** Frame-major values that differ in every frame and band, so a misplaced byte shows. */
export function testFrames(bands: readonly FrameBand[], frameCount: number): Float32Array {
  const stride = bands.reduce((n, b) => n + b.size, 0);
  const out = new Float32Array(frameCount * stride);
  for (let f = 0; f < frameCount; f++) {
    for (let v = 0; v < stride; v++) out[f * stride + v] = Math.sin(f * 0.01 + v) * 20 - 30 + v / 7;
  }
  return out;
}

/** A beat every 500 ms, a downbeat every 2 s and two sections over `durationMs`. */
export function testEvents(durationMs: number): AnalysisEvent[] {
  const events: AnalysisEvent[] = [];
  for (let t = 0; t < durationMs; t += 500) events.push({ type: 'beat', timeMs: t, confidence: 0.9 });
  for (let t = 0; t < durationMs; t += 2000) events.push({ type: 'downbeat', timeMs: t });
  const half = Math.round(durationMs / 2);
  events.push({ type: 'section', timeMs: 0, durationMs: half, confidence: 0.7, data: { label: 'intro' } });
  events.push({
    type: 'section',
    timeMs: half,
    durationMs: durationMs - half,
    confidence: 0.6,
    data: { label: 'drop' },
  });
  return events;
}

/** The numbers of an analysis's results that the generated frames do not stand for. */
const unmeasured = [
  'integrated_lufs',
  'loudness_range_lu',
  'momentary_max_lufs',
  'short_term_max_lufs',
  'sample_peak_dbfs',
  'true_peak_dbtp',
  'rms_dbfs',
  'crest_factor_db',
  'plr_db',
  'bpm',
  'bpm_confidence',
  'key',
  'key_confidence',
  'key_runner_up',
];

export interface StoreFramesOptions {
  /** The track analysed (default: a short WAV uploaded for the purpose). */
  trackId?: string;
  /** Full-timeline frames, 10 ms apart (default 2500: three chunks, the last of 500). */
  frameCount?: number;
  bands?: FrameBand[];
  events?: AnalysisEvent[];
  fingerprint?: string;
}

export interface StoredFrames {
  trackId: string;
  analysisId: string;
  fingerprint: string;
  bands: FrameBand[];
  frames: Float32Array;
  frameCount: number;
  events: AnalysisEvent[];
}

/**
 * A completed analysis of one of the user's tracks with its frames and events, stored as the
 * analysis queue stores them (`saveAnalysisFrames` in the transaction that completes it), from
 * generated values instead of audio. The upload's queued analysis is the one completed; a track
 * without one gets a new analysis.
 */
export async function storeFrames(t: TestApp, user: TestUser, options: StoreFramesOptions = {}): Promise<StoredFrames> {
  const trackId = options.trackId ?? (await injectUpload(user, 'analysed.wav', wav({ seconds: 0.1 })));
  const bands = options.bands ?? testBands;
  const frameCount = options.frameCount ?? 2500;
  const durationMs = frameCount * 10;
  const frames = testFrames(bands, frameCount);
  const events = options.events ?? testEvents(durationMs);
  const fingerprint = options.fingerprint ?? `${'f'.repeat(56)}${trackId.slice(0, 8)}`;
  const now = t.clock.now();
  const done = {
    status: 'completed',
    progress: 100,
    fingerprint,
    results: {
      duration_ms: durationMs,
      sample_rate: 8000,
      channels: 1,
      ...Object.fromEntries(unmeasured.map((k) => [k, null])),
      sections: [],
    },
    completed_at: now,
    updated_at: now,
  };
  const analysisId = await t.database.db.transaction(async (tx) => {
    const [queued] = await tx
      .select({ id: track_analyses.id })
      .from(track_analyses)
      .where(and(eq(track_analyses.track_id, trackId), eq(track_analyses.status, 'queued')))
      .orderBy(desc(track_analyses.created_at))
      .limit(1);
    const [row] = queued
      ? await tx.update(track_analyses).set(done).where(eq(track_analyses.id, queued.id)).returning()
      : await tx
          .insert(track_analyses)
          .values({ ...done, user_id: user.id, track_id: trackId, analyzer_version: '1.0.0', created_at: now })
          .returning();
    if (!row) throw new Error('The analysis was not stored');
    await saveAnalysisFrames(tx, {
      userId: user.id,
      analysisId: row.id,
      sampleRate: 8000,
      durationMs,
      fingerprint,
      analyzerVersion: '1.0.0',
      bands,
      levels: frameLevels(bands, frames, frameCount),
      events,
    });
    return row.id;
  });
  return { trackId, analysisId, fingerprint, bands, frames, frameCount, events };
}
