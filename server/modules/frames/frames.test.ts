import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFloat32LE } from '#common/frames/format';
import { overviewLevels } from '#common/frames/levels';
import { decodeFrameRange } from '#common/frames/range';
import { signUp, type TestUser } from '../../test/factories';
import { type StoredFrames, storeFrames } from '../../test/frames';
import { createTestApp, type TestApp } from '../../test/harness';

/** Reading stored timelines and events through the API. */
let t: TestApp;
let owner: TestUser;
let stranger: TestUser;
let stored: StoredFrames;
/** 32 bytes per frame: 8 float32 values. */
const FRAME_BYTES = 32;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t);
  stranger = await signUp(t);
  stored = await storeFrames(t, owner);
});
afterAll(() => t.close());

const base = () => `/api/frames/analyses/${stored.analysisId}`;
/** The full timeline's bytes from frame `start` to frame `end`. */
const bytesOf = (start: number, end: number) =>
  Buffer.from(encodeFloat32LE(stored.frames.subarray(start * 8, end * 8)));
const get = (user: TestUser, url: string, headers: Record<string, string> = {}) =>
  user.inject({ method: 'GET', url, headers });
const errorCode = (res: LightMyRequestResponse) => res.json().error.code as string;

describe('GET /api/frames/analyses/:id/manifest', () => {
  it('describes the full timeline: bands, packed layout, chunking, fingerprint and the levels there are', async () => {
    const res = await get(owner, `${base()}/manifest`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const manifest = res.json().data;
    expect(manifest).toMatchObject({
      analysis_id: stored.analysisId,
      manifest_version: '1.0',
      hop_ms: 10,
      frame_count: 2500,
      duration_ms: 25_000,
      sample_rate: 8000,
      bytes_per_frame: FRAME_BYTES,
      fingerprint: stored.fingerprint,
      analyzer_version: '1.0.0',
      chunk_size_frames: 1000,
      total_chunks: 3,
      stored_bytes: 2500 * FRAME_BYTES,
    });
    expect(manifest.bands[2]).toEqual({
      name: 'rms',
      data_type: 'float32',
      size: 1,
      aggregate: 'power_mean',
      unit: 'dBFS',
      description: 'RMS level',
    });
    expect(manifest.frame_layout.at(-1)).toEqual({ band_name: 'spectrum', byte_offset: 16, byte_size: 16 });
    expect(manifest.levels).toEqual([
      { hop_ms: 10, frame_count: 2500, total_chunks: 3, stored_bytes: 2500 * FRAME_BYTES },
      { hop_ms: 100, frame_count: 250, total_chunks: 1, stored_bytes: 250 * FRAME_BYTES },
      { hop_ms: 1000, frame_count: 25, total_chunks: 1, stored_bytes: 25 * FRAME_BYTES },
    ]);
  });

  it('describes an overview level when asked for its hop', async () => {
    const res = await get(owner, `${base()}/manifest?hop_ms=1000`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ hop_ms: 1000, frame_count: 25, total_chunks: 1, duration_ms: 25_000 });
  });

  it('answers 404 for a level that does not exist, another user’s analysis and one not analysed yet', async () => {
    expect((await get(owner, `${base()}/manifest?hop_ms=50`)).statusCode).toBe(404);
    const theirs = await get(stranger, `${base()}/manifest`);
    expect(theirs.statusCode).toBe(404);
    expect(errorCode(theirs)).toBe('not_found');
    expect((await get(owner, `/api/frames/analyses/${crypto.randomUUID()}/manifest`)).statusCode).toBe(404);
  });

  it('refuses a hop that is not a positive whole number', async () => {
    for (const hop of ['0', '-10', '2.5', 'x']) {
      const res = await get(owner, `${base()}/manifest?hop_ms=${hop}`);
      expect(res.statusCode, hop).toBe(400);
      expect(errorCode(res)).toBe('bad_request');
    }
  });
});

describe('GET /api/frames/analyses/:id/chunks/:index', () => {
  it('sends a chunk as little-endian float32 bytes, cached for good under an ETag from the fingerprint', async () => {
    const res = await get(owner, `${base()}/chunks/1`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(res.headers.etag).toBe(`"${stored.fingerprint}.10.1.bin"`);
    expect(res.rawPayload.equals(bytesOf(1000, 2000))).toBe(true);
  });

  it('sends the last chunk short: 2500 frames make chunks of 1000, 1000 and 500', async () => {
    const res = await get(owner, `${base()}/chunks/2`);
    expect(res.rawPayload.byteLength).toBe(500 * FRAME_BYTES);
    expect(res.rawPayload.equals(bytesOf(2000, 2500))).toBe(true);
  });

  it('sends the chunk as JSON with base64 when asked, with its place in the timeline', async () => {
    const res = await get(owner, `${base()}/chunks/2?encoding=base64`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    const { data_base64, ...span } = res.json().data;
    expect(span).toEqual({
      chunk_index: 2,
      start_frame: 2000,
      end_frame: 2500,
      frame_count: 500,
      start_time_ms: 20_000,
      end_time_ms: 25_000,
    });
    expect(Buffer.from(data_base64, 'base64').equals(bytesOf(2000, 2500))).toBe(true);
    expect(res.headers.etag).not.toBe((await get(owner, `${base()}/chunks/2`)).headers.etag);
  });

  it('sends an overview level’s chunk as its aggregates', async () => {
    const res = await get(owner, `${base()}/chunks/0?hop_ms=100`);
    const [, tenths] = overviewLevels(stored.bands, stored.frames, stored.frameCount);
    expect(res.rawPayload.equals(Buffer.from(encodeFloat32LE(tenths?.data ?? new Float32Array())))).toBe(true);
  });

  it('answers 304 without a body when the client holds the chunk', async () => {
    const first = await get(owner, `${base()}/chunks/0`);
    const again = await get(owner, `${base()}/chunks/0`, { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.byteLength).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    const other = await get(owner, `${base()}/chunks/1`, { 'if-none-match': String(first.headers.etag) });
    expect(other.statusCode).toBe(200);
  });

  it('answers 404 past the last chunk and for another user’s, and 400 for an index that is not one', async () => {
    expect((await get(owner, `${base()}/chunks/3`)).statusCode).toBe(404);
    expect((await get(owner, `${base()}/chunks/1?hop_ms=1000`)).statusCode).toBe(404);
    const theirs = await get(stranger, `${base()}/chunks/0`, { 'if-none-match': `"${stored.fingerprint}.10.0.bin"` });
    expect(theirs.statusCode).toBe(404);
    for (const index of ['-1', '1.5', 'first', '99999999999']) {
      expect((await get(owner, `${base()}/chunks/${index}`)).statusCode, index).toBe(400);
    }
    expect((await get(owner, `${base()}/chunks/0?encoding=gzip`)).statusCode).toBe(400);
  });
});

describe('GET /api/frames/analyses/:id/frames', () => {
  it('sends only the whole chunks that overlap the range, after a header naming them', async () => {
    const res = await get(owner, `${base()}/frames?from_ms=15000&to_ms=25000`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers.etag).toBe(`"${stored.fingerprint}.10.1-2.bin"`);
    const range = decodeFrameRange(new Uint8Array(res.rawPayload));
    expect(range).toMatchObject({
      hop_ms: 10,
      bytes_per_frame: FRAME_BYTES,
      first_chunk: 1,
      chunk_count: 2,
      start_frame: 1000,
      frame_count: 1500,
    });
    expect(Buffer.from(range.data).equals(bytesOf(1000, 2500))).toBe(true);
  });

  it('takes a chunk that the range reaches by a single frame, and not one it ends at', async () => {
    const header = async (from: number, to: number) =>
      decodeFrameRange(new Uint8Array((await get(owner, `${base()}/frames?from_ms=${from}&to_ms=${to}`)).rawPayload));
    expect(await header(9_995, 10_000)).toMatchObject({ first_chunk: 0, chunk_count: 1 });
    expect(await header(9_995, 10_001)).toMatchObject({ first_chunk: 0, chunk_count: 2 });
  });

  it('sends the same chunks as JSON with base64 when asked', async () => {
    const res = await get(owner, `${base()}/frames?from_ms=15000&to_ms=25000&encoding=base64`);
    expect(res.statusCode, res.body).toBe(200);
    const range = res.json().data;
    expect(range).toMatchObject({
      analysis_id: stored.analysisId,
      hop_ms: 10,
      bytes_per_frame: FRAME_BYTES,
      chunk_size_frames: 1000,
      from_ms: 15_000,
      to_ms: 25_000,
      start_frame: 1000,
      frame_count: 1500,
    });
    expect(range.chunks.map((c: { chunk_index: number }) => c.chunk_index)).toEqual([1, 2]);
    const joined = Buffer.concat(
      range.chunks.map((c: { data_base64: string }) => Buffer.from(c.data_base64, 'base64')),
    );
    expect(joined.equals(bytesOf(1000, 2500))).toBe(true);
  });

  it('reads a whole-track view from an overview level in one chunk', async () => {
    const res = await get(owner, `${base()}/frames?from_ms=0&to_ms=25000&hop_ms=1000`);
    const range = decodeFrameRange(new Uint8Array(res.rawPayload));
    expect(range).toMatchObject({ hop_ms: 1000, first_chunk: 0, chunk_count: 1, frame_count: 25 });
  });

  it('sends no chunk for a range past the end', async () => {
    const res = await get(owner, `${base()}/frames?from_ms=25000&to_ms=30000`);
    expect(res.statusCode).toBe(200);
    expect(decodeFrameRange(new Uint8Array(res.rawPayload))).toMatchObject({ chunk_count: 0, frame_count: 0 });
    const json = await get(owner, `${base()}/frames?from_ms=25000&to_ms=30000&encoding=base64`);
    expect(json.json().data).toMatchObject({ chunks: [], frame_count: 0 });
  });

  it('answers 304 when the client holds the range, and 404 for another user’s analysis', async () => {
    const url = `${base()}/frames?from_ms=0&to_ms=5000`;
    const first = await get(owner, url);
    expect((await get(owner, url, { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(304);
    expect((await get(stranger, url)).statusCode).toBe(404);
  });

  it('refuses a range that ends before it starts, or that lacks a bound', async () => {
    for (const query of ['from_ms=5000&to_ms=5000', 'from_ms=5000&to_ms=100', 'from_ms=-1&to_ms=10', 'to_ms=10']) {
      const res = await get(owner, `${base()}/frames?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(errorCode(res)).toBe('bad_request');
    }
  });

  it('refuses a range of more than 32 chunks, naming a coarser level', async () => {
    const long = await storeFrames(t, owner, {
      frameCount: 33_500,
      bands: [{ name: 'rms', size: 1, aggregate: 'power_mean' }],
      events: [],
    });
    const url = `/api/frames/analyses/${long.analysisId}/frames?from_ms=0&to_ms=335000`;
    const res = await get(owner, url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/34 chunks.*coarser level/);
    expect((await get(owner, `${url}&hop_ms=100`)).statusCode).toBe(200);
    const most = await get(owner, `/api/frames/analyses/${long.analysisId}/frames?from_ms=0&to_ms=320000`);
    const range = decodeFrameRange(new Uint8Array(most.rawPayload));
    expect(range.chunk_count).toBe(32);
    // Written and read a few chunks per statement, in order: one band, one value per frame.
    expect(Buffer.from(range.data).equals(Buffer.from(encodeFloat32LE(long.frames.subarray(0, 32_000))))).toBe(true);
  });
});

describe('GET /api/frames/analyses/:id/events', () => {
  type Event = { id: string; event_type: string; time_ms: number; duration_ms: number | null; data: object };
  const events = async (query: string) => {
    const res = await get(owner, `${base()}/events?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: Event[]; page: { next_cursor: string | null } };
  };

  it('lists the events in time order, a page at a time', async () => {
    const seen: Event[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof events>> = await events(
        `limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...page.data);
      cursor = page.page.next_cursor;
    } while (cursor);
    // 50 beats, 13 downbeats, 2 sections.
    expect(seen).toHaveLength(65);
    expect(new Set(seen.map((e) => e.id)).size).toBe(65);
    const times = seen.map((e) => e.time_ms);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(seen.find((e) => e.event_type === 'section' && e.time_ms === 12_500)).toMatchObject({
      duration_ms: 12_500,
      confidence: 0.6,
      data: { label: 'drop' },
    });
  });

  it('keeps the events from from_ms up to, not including, to_ms, of the types asked for', async () => {
    const page = await events('from_ms=2000&to_ms=4000&event_type=beat,downbeat');
    // Events at the same time come in id order.
    expect(page.data.map((e) => e.time_ms)).toEqual([2000, 2000, 2500, 3000, 3500]);
    expect(page.data.map((e) => `${e.event_type} ${e.time_ms}`).sort()).toEqual([
      'beat 2000',
      'beat 2500',
      'beat 3000',
      'beat 3500',
      'downbeat 2000',
    ]);
    const sections = await events('event_type=section');
    expect(sections.data.map((e) => e.time_ms)).toEqual([0, 12_500]);
  });

  it('answers 404 for another user’s analysis and refuses bad filters', async () => {
    expect((await get(stranger, `${base()}/events`)).statusCode).toBe(404);
    for (const query of ['event_type=drop', 'from_ms=10&to_ms=5', 'limit=0', 'cursor=nope']) {
      expect((await get(owner, `${base()}/events?${query}`)).statusCode, query).toBe(400);
    }
  });
});
