/**
 * Frame storage speed (docs/FRAMES.md): a 3-minute track's timeline at 10 ms (18 000 frames of
 * the engine's 72 float32 values: 8 scalars and a 64-bin mel spectrum) summarised into its
 * overview levels, saved as the analysis queue saves it (one transaction), then read back
 * through the API: the manifest, a whole-track view, one chunk, the full timeline in one range
 * (binary and base64) and the events. Median of RUNS for each; sizes in bytes.
 *
 * Runs on a fresh embedded database, or on the PostgreSQL server DATABASE_URL names (its
 * database is migrated and seeded like a server's; the rows made here stay).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, eq } from 'drizzle-orm';
import type { AnalysisEvent, FrameBand } from '#common/contracts/frames';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { seedCatalogue } from '../server/db/seed';
import { frameLevels, saveAnalysisFrames } from '../server/modules/frames';
import { track_analyses } from '../server/modules/reference/reference.tables';
import { systemClock } from '../server/platform/clock';
import { injectUpload, wav } from '../server/test/audio';
import { signUp } from '../server/test/factories';
import type { TestApp } from '../server/test/harness';

const FRAMES = 18_000;
const RUNS = Number(process.env.RUNS ?? 5);

const bands: FrameBand[] = [
  ...['wave_min', 'wave_max'].map(
    (name): FrameBand => ({ name, size: 1, aggregate: name === 'wave_min' ? 'min' : 'max' }),
  ),
  { name: 'rms', size: 1, unit: 'dBFS', aggregate: 'power_mean' },
  { name: 'true_peak', size: 1, unit: 'dBTP', aggregate: 'max' },
  { name: 'momentary', size: 1, unit: 'LUFS', aggregate: 'max' },
  { name: 'short_term', size: 1, unit: 'LUFS', aggregate: 'max' },
  { name: 'centroid', size: 1, unit: 'Hz', aggregate: 'mean' },
  { name: 'onset', size: 1, aggregate: 'max' },
  { name: 'spectrum', size: 64, unit: 'dB', aggregate: 'power_mean' },
];
const STRIDE = 72;

function frames(): Float32Array {
  const out = new Float32Array(FRAMES * STRIDE);
  for (let i = 0; i < out.length; i++) out[i] = Math.sin(i * 0.001) * 30 - 40;
  return out;
}

/** 128 BPM: a beat every 469 ms, a downbeat every fourth, four sections. */
function events(): AnalysisEvent[] {
  const out: AnalysisEvent[] = [];
  for (let i = 0; i * 468.75 < FRAMES * 10; i++) {
    out.push({ type: 'beat', timeMs: i * 468.75, confidence: 0.9 });
    if (i % 4 === 0) out.push({ type: 'downbeat', timeMs: i * 468.75 });
  }
  for (let s = 0; s < 4; s++)
    out.push({ type: 'section', timeMs: s * 45_000, durationMs: 45_000, data: { label: `s${s}` } });
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Median wall time and this process's CPU time of `fn` over `runs` (after one unmeasured run):
 * on a shared machine the CPU time says what the work costs, the wall time what a user waits.
 * On the embedded database the CPU time includes the database's; on a server it does not.
 */
async function timed(runs: number, fn: () => Promise<unknown> | unknown): Promise<string> {
  await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return `${median(wall).toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms)`;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-bench-frames-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:8080',
    WEB_DIST: '/nonexistent',
    ANALYSIS_WORKERS: '0',
    DATA_DIR: dataDir,
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  const database = await openDatabase(config.database);
  await migrate(database);
  await seedCatalogue(database);
  const app = await buildApp({ config, database, clock: systemClock, logger: false });
  await app.ready();
  const t = { app, database, config, clock: systemClock } as unknown as TestApp;
  try {
    const user = await signUp(t);
    const trackId = await injectUpload(user, 'bench.wav', wav({ seconds: 0.1 }));
    const [analysis] = await database.db
      .select({ id: track_analyses.id })
      .from(track_analyses)
      .where(and(eq(track_analyses.track_id, trackId), eq(track_analyses.user_id, user.id)));
    if (!analysis) throw new Error('The upload queued no analysis');

    const values = frames();
    const found = events();
    const levelsMs = await timed(RUNS, () => frameLevels(bands, values, FRAMES));
    const levels = frameLevels(bands, values, FRAMES);
    const save = () =>
      database.db.transaction((tx) =>
        saveAnalysisFrames(tx, {
          userId: user.id,
          analysisId: analysis.id,
          sampleRate: 44_100,
          durationMs: FRAMES * 10,
          fingerprint: 'b'.repeat(64),
          analyzerVersion: '1.0.0',
          bands,
          levels,
          events: found,
        }),
      );
    const saveMs = await timed(RUNS, save);

    console.log(`driver: ${database.driver}; ${FRAMES} frames × ${STRIDE} float32 at 10 ms (3 minutes)`);
    for (const l of levels) {
      console.log(`  level ${l.hopMs} ms: ${l.frameCount} frames, ${l.frameCount * STRIDE * 4} bytes`);
    }
    console.log(`  ${found.length} events`);
    console.log(`frameLevels (overviews at 100 and 1000 ms): ${levelsMs}`);
    console.log(`saveAnalysisFrames (every level and event, one transaction): ${saveMs}`);
    console.log(`load average while measuring: ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
    const base = `/api/frames/analyses/${analysis.id}`;
    const reads: [string, string][] = [
      ['manifest', `${base}/manifest`],
      ['whole view, 1000 ms level', `${base}/frames?hop_ms=1000&from_ms=0&to_ms=180000`],
      ['one chunk, binary', `${base}/chunks/7`],
      ['one chunk, base64', `${base}/chunks/7?encoding=base64`],
      ['full timeline (18 chunks), binary', `${base}/frames?from_ms=0&to_ms=180000`],
      ['full timeline (18 chunks), base64', `${base}/frames?from_ms=0&to_ms=180000&encoding=base64`],
      ['events, first page of 200', `${base}/events?limit=200`],
    ];
    for (const [label, url] of reads) {
      let bytes = 0;
      const ms = await timed(RUNS, async () => {
        const res = await user.inject({ method: 'GET', url });
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
        bytes = res.rawPayload.byteLength;
      });
      console.log(`GET ${label}: ${ms}, ${bytes} bytes`);
    }
  } finally {
    await app.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
