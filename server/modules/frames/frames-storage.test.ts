import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFloat32LE } from '#common/frames/format';
import { postTrack, wav } from '../../test/audio';
import { signUp, type TestUser } from '../../test/factories';
import { storeFrames, testBands } from '../../test/frames';
import { createTestApp, type TestApp } from '../../test/harness';
import { track_analyses } from '../reference/reference.tables';
import { analysis_events, analysis_frame_data, analysis_frame_manifests } from './frames.tables';

/** Storing timelines: what a save writes, what it counts toward storage, and what removes it. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { BLOB_QUOTA_MB: '1' } });
});
afterAll(() => t.close());

const db = () => t.database.db;
const manifestsOf = (analysisId: string) =>
  db().select().from(analysis_frame_manifests).where(eq(analysis_frame_manifests.analysis_id, analysisId));
const eventsOf = (analysisId: string) =>
  db().select().from(analysis_events).where(eq(analysis_events.analysis_id, analysisId));
async function chunksOf(analysisId: string) {
  return db()
    .select({ hop: analysis_frame_manifests.hop_ms, bytes: analysis_frame_data.data })
    .from(analysis_frame_data)
    .innerJoin(analysis_frame_manifests, eq(analysis_frame_manifests.id, analysis_frame_data.manifest_id))
    .where(eq(analysis_frame_manifests.analysis_id, analysisId));
}

async function usedBytes(user: TestUser): Promise<number> {
  const res = await user.inject({ method: 'GET', url: '/api/blobs/usage' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.used_bytes;
}

const upload = (user: TestUser) => postTrack(user, 'more.wav', wav({ seconds: 0.1 }));

describe('saveAnalysisFrames', () => {
  it('stores each level with its chunks and stored bytes, and every event', async () => {
    const stored = await storeFrames(t, await signUp(t));
    const manifests = await manifestsOf(stored.analysisId);
    const levels = manifests.sort((a, b) => a.hop_ms - b.hop_ms);
    expect(levels.map((m) => [m.hop_ms, m.frame_count, m.total_chunks, m.stored_bytes])).toEqual([
      [10, 2500, 3, 80_000],
      [100, 250, 1, 8000],
      [1000, 25, 1, 800],
    ]);
    const chunks = await chunksOf(stored.analysisId);
    expect(chunks).toHaveLength(5);
    for (const m of manifests) {
      const bytes = chunks.filter((c) => c.hop === m.hop_ms).reduce((n, c) => n + c.bytes.byteLength, 0);
      expect(bytes).toBe(m.stored_bytes);
    }
    expect(await eventsOf(stored.analysisId)).toHaveLength(stored.events.length);
  });

  it('replaces what an analysis stored before when it is saved again', async () => {
    const user = await signUp(t);
    const first = await storeFrames(t, user);
    const again = await storeFrames(t, user, { trackId: first.trackId, frameCount: 1200, events: [] });
    expect(again.analysisId).not.toBe(first.analysisId);
    const [analysis] = await db().select().from(track_analyses).where(eq(track_analyses.id, again.analysisId));
    expect(analysis?.status).toBe('completed');
    expect((await manifestsOf(again.analysisId)).map((m) => m.total_chunks).sort()).toEqual([1, 1, 2]);
  });

  it('keeps event times whole and non-negative and confidences between 0 and 1', async () => {
    const stored = await storeFrames(t, await signUp(t), {
      frameCount: 100,
      events: [
        { type: 'beat', timeMs: -3.2, confidence: 1.4 },
        { type: 'section', timeMs: 10.6, durationMs: 99.5, confidence: Number.NaN, data: { label: 'intro' } },
      ],
    });
    const rows = (await eventsOf(stored.analysisId)).sort((a, b) => a.time_ms - b.time_ms);
    expect(rows.map((r) => [r.event_type, r.time_ms, r.duration_ms, r.confidence, r.data])).toEqual([
      ['beat', 0, null, 1, {}],
      ['section', 11, 100, null, { label: 'intro' }],
    ]);
  });

  it('stores an analysis of no frames as empty levels', async () => {
    const user = await signUp(t);
    const stored = await storeFrames(t, user, { frameCount: 0, events: [] });
    const manifests = await manifestsOf(stored.analysisId);
    expect(manifests.map((m) => [m.frame_count, m.total_chunks, m.stored_bytes])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    const url = `/api/frames/analyses/${stored.analysisId}/frames?from_ms=0&to_ms=1000&encoding=base64`;
    expect((await user.inject({ method: 'GET', url })).json().data.chunks).toEqual([]);
  });
});

describe('the data export', () => {
  it('holds every chunk’s bytes as base64', async () => {
    const user = await signUp(t);
    const stored = await storeFrames(t, user, { events: [] });
    const res = await user.inject({ method: 'GET', url: '/api/user/export' });
    expect(res.statusCode).toBe(200);
    const { tables } = JSON.parse(res.body);
    const full = tables.analysis_frame_manifests.find((m: { hop_ms: number }) => m.hop_ms === 10);
    const chunks = (tables.analysis_frame_data as { manifest_id: string; chunk_index: number; data: string }[])
      .filter((c) => c.manifest_id === full.id)
      .sort((a, b) => a.chunk_index - b.chunk_index);
    expect(chunks.map((c) => c.data).join('')).not.toMatch(/\s/);
    const bytes = Buffer.concat(chunks.map((c) => Buffer.from(c.data, 'base64')));
    expect(bytes.equals(Buffer.from(encodeFloat32LE(stored.frames)))).toBe(true);
  });
});

describe('frame storage in the user’s usage', () => {
  it('counts every level’s frame bytes in the usage', async () => {
    const user = await signUp(t);
    const before = await usedBytes(user);
    const stored = await storeFrames(t, user);
    const fileBytes = (await usedBytes(user)) - before;
    // The upload's own bytes, then the frames: 80 000 + 8000 + 800.
    expect(fileBytes).toBeGreaterThan(88_800);
    const afterUpload = fileBytes - 88_800;
    await storeFrames(t, user, { trackId: stored.trackId, frameCount: 100, events: [] });
    expect((await usedBytes(user)) - before).toBe(afterUpload + 88_800 + 3200 + 320 + 32);
  });

  it('refuses an upload when frames fill the quota', async () => {
    const user = await signUp(t);
    expect((await upload(user)).statusCode).toBe(201);
    // 33 000 frames of 32 bytes (and their overviews): more than the 1 MB quota.
    await storeFrames(t, user, { frameCount: 33_000, events: [] });
    const refused = await upload(user);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('quota_exceeded');
  });
});

describe('removal', () => {
  it('removes the frames and events with the track', async () => {
    const user = await signUp(t);
    const stored = await storeFrames(t, user);
    const res = await user.inject({ method: 'DELETE', url: `/api/reference/tracks/${stored.trackId}` });
    expect(res.statusCode, res.body).toBe(204);
    expect(await manifestsOf(stored.analysisId)).toEqual([]);
    expect(await chunksOf(stored.analysisId)).toEqual([]);
    expect(await eventsOf(stored.analysisId)).toEqual([]);
    const url = `/api/frames/analyses/${stored.analysisId}/manifest`;
    expect((await user.inject({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('removes a superseded analysis’s frames with it and keeps the newer one’s', async () => {
    const user = await signUp(t);
    const old = await storeFrames(t, user);
    const newer = await storeFrames(t, user, { trackId: old.trackId, bands: testBands });
    // What superseding does: the older analysis's row is deleted.
    await db()
      .delete(track_analyses)
      .where(and(eq(track_analyses.id, old.analysisId), eq(track_analyses.user_id, user.id)));
    expect(await manifestsOf(old.analysisId)).toEqual([]);
    expect(await eventsOf(old.analysisId)).toEqual([]);
    expect(await manifestsOf(newer.analysisId)).toHaveLength(3);
    const usage = await usedBytes(user);
    expect(usage).toBeGreaterThan(88_800);
    expect(usage).toBeLessThan(2 * 88_800);
  });
});
