import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { backgroundCtx, type Ctx } from '../../platform/access';
import { blobIdOfKey } from '../../platform/blob-store';
import { publish } from '../../platform/events';
import type { Platform } from '../../platform/platform';
import {
  ANALYSIS_PARAMETERS,
  ANALYZER_VERSION,
  type AnalysisOutput,
  AudioDecodeError,
  type WorkerPool,
} from '../analysis';
import { openBlob } from '../blobs';
import { frameLevels, saveAnalysisFrames } from '../frames';
import { record } from '../gamification';
import { notify } from '../inbox';
import { findUser } from '../user';
import * as repo from './analyses.repo';

/** How long a claim holds a job without being renewed: a worker that died lets it go after this. */
export const LEASE_MS = 60_000;
/** How often a running job renews its lease (and records its progress). */
const RENEW_MS = 15_000;
/** How often an instance looks for queued jobs (an upload on this instance wakes it at once). */
const POLL_MS = 5_000;
/** Attempts before a job that keeps failing is given up. */
export const MAX_ATTEMPTS = 4;
/** The wait before the next attempt, after the nth failure. */
export const retryDelayMs = (attempt: number) => Math.min(30_000 * 4 ** (attempt - 1), 3_600_000);

/** The runners of this process by database, so a service can wake them after queueing a job. */
const runners = new Map<Database, Set<AnalysisRunner>>();

/** Tells this process's runners that a job was queued (the others find it when they next look). */
export function wakeAnalysisRunner(database: Database): void {
  for (const runner of runners.get(database) ?? []) runner.wake();
}

/** Why a job stopped before its end: the instance is shutting down, or the job is no longer its own. */
class Interrupted extends Error {
  constructor(readonly reason: 'shutdown' | 'lost') {
    super(reason === 'shutdown' ? 'The instance is shutting down.' : 'The job is no longer this worker’s.');
  }
}

/** The fingerprint of an analysis: equal file, engine and parameters give equal results. */
export function analysisFingerprint(checksum: string): string {
  return createHash('sha256')
    .update(`${checksum}\n${ANALYZER_VERSION}\n${JSON.stringify(ANALYSIS_PARAMETERS)}`)
    .digest('hex');
}

/**
 * The analysis queue's consumer on this instance: claims due jobs while its worker threads have
 * room, runs each in the pool with its lease renewed, and writes the results in one transaction
 * fenced by the claim's token, so a worker whose lease lapsed and was claimed again cannot
 * overwrite the newer result. No transaction is open while audio is analysed.
 */
export class AnalysisRunner {
  private readonly running = new Map<string, { abort: AbortController; done: Promise<void> }>();
  private timer: NodeJS.Timeout | null = null;
  private filling: Promise<void> | null = null;
  private wakeAgain = false;
  private stopping = false;

  constructor(
    private readonly deps: Platform,
    private readonly pool: WorkerPool,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(): void {
    const set = runners.get(this.deps.database) ?? new Set();
    set.add(this);
    runners.set(this.deps.database, set);
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Looks for due jobs now (one look at a time; a wake during a look asks for another). */
  wake(): void {
    if (this.stopping) return;
    if (this.filling) {
      this.wakeAgain = true;
      return;
    }
    this.filling = this.fill()
      .catch((err: unknown) => this.log.error({ err }, 'analysis queue: claiming failed'))
      .finally(() => {
        this.filling = null;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  /** Resolves once nothing is being claimed or analysed here (tests wait on it). */
  async settled(): Promise<void> {
    while (this.filling || this.running.size > 0) {
      await Promise.all([this.filling, ...[...this.running.values()].map((r) => r.done)]);
    }
  }

  /**
   * Stops claiming, gives the jobs under way back to the queue so the next instance to look
   * resumes them at once, and stops the worker threads.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    runners.get(this.deps.database)?.delete(this);
    await this.filling;
    for (const { abort } of this.running.values()) abort.abort(new Interrupted('shutdown'));
    await Promise.all([...this.running.values()].map((r) => r.done));
    await this.pool.close();
  }

  private async fill(): Promise<void> {
    while (!this.stopping && this.running.size < this.pool.size) {
      const now = this.deps.clock.now();
      const job = await repo.claimNext(this.deps.database.db, now, new Date(now.getTime() + LEASE_MS));
      if (!job) return;
      const abort = new AbortController();
      const done = this.run(job, abort).finally(() => this.running.delete(job.row.id));
      this.running.set(job.row.id, { abort, done });
    }
  }

  private async run(job: repo.ClaimedJob, abort: AbortController): Promise<void> {
    const { row } = job;
    const db = this.deps.database.db;
    const [track, user] = await Promise.all([repo.trackSource(db, row.track_id), findUser(db, row.user_id)]);
    if (!track || !user) return; // deleted since the claim: its job went with it
    const ctx = backgroundCtx(this.deps, user, `analysis:${row.id}`);
    const tell = (
      status: 'running' | 'queued' | 'completed' | 'failed' | 'cancelled',
      progress: number,
      error: string | null,
    ) => publish(db, ctx.userId, 'analysis_progress', { track_id: track.id, status, progress, error });

    let progress = 0;
    let told = 0;
    const renew = setInterval(() => {
      const now = this.deps.clock.now();
      repo
        .renewLease(db, job, Math.round(progress * 100), new Date(now.getTime() + LEASE_MS), now)
        .then((held) => {
          if (!held) abort.abort(new Interrupted('lost'));
        })
        .catch((err: unknown) => this.log.warn({ err }, 'analysis queue: renewing a lease failed'));
      if (progress - told >= 0.05) {
        told = progress;
        void tell('running', progress, null).catch(() => {});
      }
    }, RENEW_MS);
    renew.unref();

    try {
      await tell('running', 0, null);
      const file = await openBlob(ctx, blobIdOfKey(track.blob_key));
      const output = await this.pool.run({
        source: file.body,
        mimeType: track.mime_type,
        totalBytes: file.size,
        ffmpegPath: this.deps.config.analysis.ffmpegPath,
        signal: abort.signal,
        onProgress: (fraction) => {
          progress = fraction;
        },
      });
      clearInterval(renew);
      const saved = await this.save(ctx, job, output, analysisFingerprint(file.blob.sha256 ?? track.blob_key));
      if (!saved) await this.lost(ctx, job, track.id);
    } catch (err) {
      clearInterval(renew);
      const reason = abort.signal.reason;
      if (reason instanceof Interrupted && reason.reason === 'shutdown')
        await repo.release(db, job, this.deps.clock.now());
      else if (reason instanceof Interrupted) await this.lost(ctx, job, track.id);
      else await this.failed(ctx, job, track.id, err);
    } finally {
      clearInterval(renew);
    }
  }

  /**
   * Everything a finished analysis changes, in one transaction that first checks the job is
   * still this worker's: results, frames and events, the track's summary, the removal of the
   * analyses it supersedes, the reward (once per track), the inbox item and the event.
   */
  private save(ctx: Ctx, job: repo.ClaimedJob, output: AnalysisOutput, fingerprint: string): Promise<boolean> {
    const { row } = job;
    const now = this.deps.clock.now();
    const { summary } = output;
    return this.deps.database.db.transaction(async (tx) => {
      const completed = await repo.complete(tx, job, { results: { ...summary }, fingerprint, now });
      if (!completed) return false;
      await saveAnalysisFrames(tx, {
        userId: row.user_id,
        analysisId: row.id,
        sampleRate: summary.sample_rate,
        durationMs: summary.duration_ms,
        fingerprint,
        analyzerVersion: ANALYZER_VERSION,
        bands: output.bands,
        levels: frameLevels(output.bands, output.frames, output.frameCount),
        events: output.events,
      });
      await repo.setTrackSummary(
        tx,
        row.track_id,
        {
          duration_seconds: summary.duration_ms / 1000,
          sample_rate: summary.sample_rate,
          channels: summary.channels,
          bpm: summary.bpm,
          musical_key: summary.key,
          integrated_lufs: summary.integrated_lufs,
        },
        now,
      );
      await repo.deleteSuperseded(tx, row.track_id, row.id);
      await record(tx, ctx, {
        type: 'track_analyzed',
        idempotency_key: `track_analyzed:${row.track_id}`,
        source_id: row.track_id,
      });
      await notify(tx, ctx, {
        key: `analysis:${row.id}`,
        title: 'Your track is analysed',
        body: inboxLine(summary),
        data: { event: 'analysis_done', link: `/reference/tracks/${row.track_id}`, track_id: row.track_id },
      });
      await publish(tx, ctx.userId, 'analysis_progress', {
        track_id: row.track_id,
        status: 'completed',
        progress: 1,
        error: null,
      });
      return true;
    });
  }

  /** The job stopped being this worker's: its track was deleted (cancelled), or another worker took it. */
  private async lost(ctx: Ctx, job: repo.ClaimedJob, trackId: string): Promise<void> {
    if (await repo.trackSource(this.deps.database.db, trackId)) return; // another worker has it
    await publish(this.deps.database.db, ctx.userId, 'analysis_progress', {
      track_id: trackId,
      status: 'cancelled',
      progress: 0,
      error: null,
    });
    this.log.info({ analysisId: job.row.id }, 'analysis queue: the track was deleted during its analysis');
  }

  /**
   * A failed attempt: the file cannot be decoded (fails for good, saying why), or something
   * went wrong around it (tried again later, up to MAX_ATTEMPTS).
   */
  private async failed(ctx: Ctx, job: repo.ClaimedJob, trackId: string, err: unknown): Promise<void> {
    const now = this.deps.clock.now();
    const permanent = err instanceof AudioDecodeError || job.token >= MAX_ATTEMPTS;
    const error = failureMessage(err, permanent);
    const retryAt = permanent ? null : new Date(now.getTime() + retryDelayMs(job.token));
    if (!permanent) this.log.warn({ err, analysisId: job.row.id }, 'analysis queue: an attempt failed');
    const row = await repo.fail(this.deps.database.db, job, { error, retryAt, now });
    if (!row) return;
    await publish(this.deps.database.db, ctx.userId, 'analysis_progress', {
      track_id: trackId,
      status: permanent ? 'failed' : 'queued',
      progress: 0,
      error,
    });
  }
}

/** What the user is told about a failure: plain words for the audio's own problems. */
function failureMessage(err: unknown, permanent: boolean): string {
  if (err instanceof AudioDecodeError) {
    switch (err.code) {
      case 'needs_ffmpeg':
        return 'Analysing AAC and M4A files needs ffmpeg on the server. The track still plays.';
      case 'unsupported':
        return 'This audio format cannot be analysed. The track still plays.';
      case 'corrupt':
        return 'The audio file is damaged or incomplete, so it could not be analysed. The track still plays.';
    }
  }
  return permanent
    ? 'The analysis failed several times and was given up.'
    : 'The analysis failed; it will be tried again.';
}

/** The inbox line: the numbers a producer looks at first. */
function inboxLine(summary: AnalysisOutput['summary']): string {
  const parts = [
    summary.integrated_lufs === null ? null : `${summary.integrated_lufs.toFixed(1)} LUFS`,
    summary.true_peak_dbtp === null ? null : `true peak ${summary.true_peak_dbtp.toFixed(1)} dBTP`,
    summary.bpm === null ? null : `${Math.round(summary.bpm)} BPM`,
    summary.key,
  ].filter(Boolean);
  return parts.length > 0
    ? `${parts.join(', ')}. Open the track for its waveform, loudness and sections.`
    : 'Open the track for its waveform and loudness.';
}
