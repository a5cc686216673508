import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav, fixture, injectUpload, uploadFile } from '../../test/audio';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { listen, openSse, type SseMessage } from '../../test/sse';
import { analysis_events, analysis_frame_manifests } from '../frames/frames.tables';
import { activity_events } from '../gamification/gamification.tables';
import { inbox_items } from '../inbox/inbox.tables';
import * as repo from './analyses.repo';
import { LEASE_MS } from './analysis-runner';

/** The analysis queue end to end, on an app with one worker thread. */
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp({ env: { ANALYSIS_WORKERS: '1', RATE_LIMIT_WRITE: '10000' } });
  base = await listen(t.app);
});
afterAll(() => t.close());

/** Seconds of a 440 Hz tone under a click every half second (120 BPM), 44.1 kHz stereo. */
function song(seconds: number): Buffer {
  const rate = 44_100;
  const n = Math.round(seconds * rate);
  const left = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const sinceClick = i % (rate / 2);
    const click = sinceClick < 441 ? 0.6 * Math.exp(-sinceClick / 60) * Math.sin(i * 0.9) : 0;
    left[i] = 0.25 * Math.sin((2 * Math.PI * 440 * i) / rate) + click;
  }
  return encodeWav([left, left.slice()], rate);
}

async function upload(user: TestUser, content: Buffer, name = 'song.wav'): Promise<string> {
  const res = await uploadFile(base, user, t.config.publicOrigin, content, name);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data?.id as string;
}

const analysesOf = async (user: TestUser, trackId: string) =>
  (await user.inject({ method: 'GET', url: `/api/reference/tracks/${trackId}/analyses` })).json().data as {
    id: string;
    status: string;
    error: string | null;
    attempts: number;
    results: Record<string, unknown> | null;
  }[];

/** Waits until the track's latest analysis has ended (completed, failed), and answers it. */
async function finished(user: TestUser, trackId: string) {
  await expect
    .poll(async () => (await analysesOf(user, trackId))[0]?.status, { timeout: 20_000, interval: 100 })
    .toMatch(/^(completed|failed)$/);
  return (await analysesOf(user, trackId))[0] as Awaited<ReturnType<typeof analysesOf>>[number];
}

describe('the analysis queue', () => {
  it('analyses an upload: results, the track’s summary, frames, beats, an inbox item and one reward', async () => {
    const user = await signUp(t);
    const trackId = await upload(user, song(12));
    const done = await finished(user, trackId);
    expect(done).toMatchObject({ status: 'completed', attempts: 1, error: null });
    expect(done.results).toMatchObject({ sample_rate: 44_100, channels: 2, duration_ms: 12_000 });
    expect(done.results?.bpm as number).toBeCloseTo(120, 0);

    const track = (await user.inject({ method: 'GET', url: `/api/reference/tracks/${trackId}` })).json().data;
    expect(track.integrated_lufs).toBeCloseTo(done.results?.integrated_lufs as number, 4);
    expect(track.bpm).toBeCloseTo(done.results?.bpm as number, 4);

    const db = t.database.db;
    const manifests = await db
      .select()
      .from(analysis_frame_manifests)
      .where(eq(analysis_frame_manifests.analysis_id, done.id));
    expect(manifests.map((m) => m.hop_ms).sort((a, b) => a - b)).toEqual([10, 100, 1000]);
    const beats = await db
      .select()
      .from(analysis_events)
      .where(and(eq(analysis_events.analysis_id, done.id), eq(analysis_events.event_type, 'beat')));
    expect(beats.length).toBeGreaterThanOrEqual(12);

    const notes = await db.select().from(inbox_items).where(eq(inbox_items.user_id, user.id));
    expect(notes.map((n) => n.title)).toContain('Your track is analysed');

    // Analysed again: the new analysis replaces the old, and the track pays once.
    const again = await user.inject({ method: 'POST', url: `/api/reference/tracks/${trackId}/analyses` });
    expect(again.statusCode).toBe(202);
    await expect
      .poll(async () => (await analysesOf(user, trackId)).map((a) => a.status), { timeout: 20_000 })
      .toEqual(['completed']);
    expect((await analysesOf(user, trackId))[0]?.id).toBe(again.json().data.id);
    const paid = await db
      .select()
      .from(activity_events)
      .where(and(eq(activity_events.user_id, user.id), eq(activity_events.event_type, 'track_analyzed')));
    expect(paid).toHaveLength(1);
  });

  it('cancels the analysis of a track deleted while it runs, and keeps nothing of it', async () => {
    const user = await signUp(t);
    const sse = await openSse(`${base}/api/events`, { cookie: user.cookie });
    try {
      await sse.waitForComment('connected');
      const trackId = await upload(user, song(60));
      const progress = (status: string) => (m: SseMessage) => {
        const data = m.event === 'analysis_progress' ? JSON.parse(m.data ?? '{}').data : null;
        return data?.track_id === trackId && data?.status === status;
      };
      await sse.waitFor(progress('running'), 20_000);
      const [running] = await analysesOf(user, trackId);
      const removed = await user.inject({ method: 'DELETE', url: `/api/reference/tracks/${trackId}` });
      expect(removed.statusCode).toBe(204);

      await sse.waitFor(progress('cancelled'), 20_000);
      expect(sse.messages.some(progress('completed'))).toBe(false);
      const db = t.database.db;
      const frames = await db
        .select()
        .from(analysis_frame_manifests)
        .where(eq(analysis_frame_manifests.analysis_id, running?.id as string));
      expect(frames).toEqual([]);
      const paid = await db
        .select()
        .from(activity_events)
        .where(and(eq(activity_events.user_id, user.id), eq(activity_events.event_type, 'track_analyzed')));
      expect(paid).toEqual([]);
    } finally {
      sse.close();
    }
  });

  it('fails a file that cannot be decoded for good, saying why, and keeps the track playable', async () => {
    const user = await signUp(t);
    const broken = song(2);
    broken.fill(0x55, 60); // a sound header over bytes that are no longer the samples it announces…
    broken.writeUInt16LE(7, 20); // …in a coding no decoder knows
    const trackId = await upload(user, broken, 'broken.wav');
    const done = await finished(user, trackId);
    expect(done).toMatchObject({ status: 'failed', attempts: 1 });
    expect(done.error).toMatch(/could not be analysed|cannot be analysed/);
    expect((await user.inject({ method: 'GET', url: `/api/reference/tracks/${trackId}/audio` })).statusCode).toBe(200);
  });

  it('says plainly that M4A needs ffmpeg when the server has none, and keeps it playable', async () => {
    const noFfmpeg = await createTestApp({ env: { ANALYSIS_WORKERS: '1', FFMPEG_PATH: '/nonexistent/ffmpeg' } });
    try {
      const user = await signUp(noFfmpeg);
      const trackId = await injectUpload(user, 'clip.m4a', fixture('clip.m4a'));
      const done = await finished(user, trackId);
      expect(done).toMatchObject({ status: 'failed', attempts: 1 });
      expect(done.error).toMatch(/needs ffmpeg/);
      expect((await user.inject({ method: 'GET', url: `/api/reference/tracks/${trackId}/audio` })).statusCode).toBe(
        200,
      );
    } finally {
      await noFfmpeg.close();
    }
  });

  it('answers 404 for another user’s track and analysis', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const trackId = await upload(user, song(1));
    const done = await finished(user, trackId);
    for (const url of [`/api/reference/tracks/${trackId}/analyses`, `/api/reference/analyses/${done.id}`]) {
      expect((await other.inject({ method: 'GET', url })).statusCode).toBe(404);
    }
    const post = await other.inject({ method: 'POST', url: `/api/reference/tracks/${trackId}/analyses` });
    expect(post.statusCode).toBe(404);
  });
});

describe('claims and leases', () => {
  /** Jobs claimed by hand: this app queues but does not analyse (`ANALYSIS_WORKERS=0`). */
  let q: TestApp;
  beforeAll(async () => {
    q = await createTestApp({ env: { RATE_LIMIT_WRITE: '10000' } });
  });
  afterAll(() => q.close());
  const lease = () => new Date(q.clock.now().getTime() + LEASE_MS);
  /** Another instance on the same database and files, with one analysis thread. */
  const instance = () =>
    createTestApp({
      database: q.database,
      clock: q.clock,
      env: { ANALYSIS_WORKERS: '1', DATA_DIR: q.config.dataDir },
    });

  /** Queues an analysis of a fresh track and claims it, as a worker would. */
  async function claimedJob() {
    const user = await signUp(q);
    const trackId = await injectUpload(user, 'a.wav', song(1));
    const claimed = await repo.claimNext(q.database.db, q.clock.now(), lease());
    expect(claimed?.row.track_id).toBe(trackId);
    return { user, trackId, claimed: claimed as repo.ClaimedJob };
  }

  it('fences out a worker whose lease lapsed and was claimed again: it cannot write its results', async () => {
    const { claimed: first } = await claimedJob();
    const db = q.database.db;
    expect(await repo.claimNext(db, q.clock.now(), lease())).toBeNull(); // held: nobody else takes it

    q.clock.advance(LEASE_MS + 1000); // the first worker stalled past its lease
    const second = await repo.claimNext(db, q.clock.now(), lease());
    expect(second).toMatchObject({ row: { id: first.row.id }, token: first.token + 1 });

    const late = { results: { late: true }, fingerprint: 'a', now: q.clock.now() };
    expect(await repo.renewLease(db, first, 50, lease(), q.clock.now())).toBe(false);
    expect(await repo.complete(db, first, late)).toBeNull();
    const current = await repo.complete(db, second as repo.ClaimedJob, { ...late, results: { current: true } });
    expect(current?.results).toEqual({ current: true });
  });

  it('resumes a job whose instance died, once its lease lapses', async () => {
    const { user, trackId, claimed } = await claimedJob();
    // The instance holding it stops without a word (a crash); another starts after the lease.
    q.clock.advance(LEASE_MS + 1000);
    const restarted = await instance();
    try {
      const done = await finished(user, trackId);
      expect(done).toMatchObject({ id: claimed.row.id, status: 'completed', attempts: 2 });
    } finally {
      await restarted.close();
    }
  });

  it('shares the queue between two instances: each track is analysed once, by one of them', async () => {
    const user = await signUp(q);
    const trackIds: string[] = [];
    for (let i = 0; i < 4; i++) trackIds.push(await injectUpload(user, `take-${i}.wav`, song(1)));
    const instances = await Promise.all([instance(), instance()]);
    try {
      for (const trackId of trackIds) {
        // One attempt each: a job claimed twice would count two.
        expect(await finished(user, trackId)).toMatchObject({ status: 'completed', attempts: 1 });
      }
    } finally {
      await Promise.all(instances.map((app) => app.close()));
    }
  });

  it('gives a job back to the queue when its instance shuts down, for the next one to finish', async () => {
    const user = await signUp(q);
    const worker = await instance();
    const trackId = await injectUpload(user, 'long.wav', song(120));
    // The upload wakes the worker instance of this process at once.
    await expect
      .poll(async () => (await analysesOf(user, trackId))[0]?.status, { timeout: 10_000, interval: 20 })
      .toBe('running');
    await worker.close();
    expect((await analysesOf(user, trackId))[0]).toMatchObject({ status: 'queued' });
    const next = await instance();
    try {
      expect(await finished(user, trackId)).toMatchObject({ status: 'completed', attempts: 2 });
    } finally {
      await next.close();
    }
  });
});
