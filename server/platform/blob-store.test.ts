import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { CreateMultipartUploadCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoServerCommand, type S3TestServer, startMoto, startS3rver } from '../test/s3';
import { type BlobStore, BlobTooLargeError, FsBlobStore } from './blob-store';

/**
 * One suite for every store: the file system, s3rver (always) and moto_server (when
 * `MOTO_SERVER` names it; `.ci/run` does where it is installed).
 */
interface Variant {
  name: string;
  skip?: string;
  start(): Promise<Started>;
  /** What the variant cannot run, and why. */
  cannot?: { pagedLists?: string };
}

interface Started {
  store: BlobStore;
  stop(): Promise<void>;
  /** Everything the store holds under the prefix, unfinished writes included. */
  leftovers(prefix: string): Promise<string[]>;
  /**
   * Leaves an unfinished write of `key` as a crash would, and says what the store shows of it:
   * `dated` (it and its start time), `undated` (moto dates every upload 2010-11-10), or nothing.
   */
  leaveUnfinished(key: string): Promise<'dated' | 'undated' | 'invisible'>;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** What an S3 server still holds for the prefix: objects, and unfinished multipart uploads where it lists them. */
async function s3Leftovers(server: S3TestServer, prefix: string): Promise<string[]> {
  const objects = (await collect(server.store.list(prefix))).map((b) => b.key);
  if (!server.listsUploads) return objects;
  const uploads = await server.store.listUploads();
  return [
    ...objects,
    ...(uploads.Uploads ?? []).filter((u) => u.Key?.startsWith(`${prefix}/`)).map((u) => `upload:${u.Key}`),
  ];
}

const s3Variant = (
  name: string,
  start: () => Promise<S3TestServer>,
  options: { skip?: string; cannot?: Variant['cannot'] } = {},
): Variant => ({
  name,
  ...options,
  async start() {
    const server = await start();
    return {
      store: server.store,
      stop: () => server.stop(),
      leftovers: (prefix) => s3Leftovers(server, prefix),
      async leaveUnfinished(key) {
        await server.store.client.send(new CreateMultipartUploadCommand({ Bucket: server.store.bucket, Key: key }));
        return server.listsUploads ? 'undated' : 'invisible';
      },
    };
  },
});

const variants: Variant[] = [
  {
    name: 'the file system',
    async start() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-blobs-'));
      return {
        store: new FsBlobStore(dir),
        async stop() {
          fs.rmSync(dir, { recursive: true, force: true });
        },
        // Every file, temporary ones included.
        async leftovers(prefix) {
          const root = path.join(dir, ...prefix.split('/'));
          if (!fs.existsSync(root)) return [];
          return fs
            .readdirSync(root, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => e.name);
        },
        async leaveUnfinished(key) {
          const file = path.join(dir, ...key.split('/'));
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(`${file}.0b9e5d.partial`, 'half written');
          return 'dated';
        },
      };
    },
  },
  s3Variant('S3 (s3rver)', startS3rver, {
    cannot: { pagedLists: 's3rver cannot page a listing on Node 17+ (its continuation token uses DES)' },
  }),
  s3Variant('S3 (moto_server)', () => startMoto(motoServerCommand as string), {
    skip: motoServerCommand ? undefined : 'set MOTO_SERVER to the moto_server command to run it',
  }),
];

const MB = 1024 * 1024;

/** The byte at `position` of the generated test content: cheap, and different across parts. */
const byteAt = (position: number) => (position * 31 + (position >>> 13)) & 0xff;

/** `total` bytes of generated content as a stream of unknown length, broken off with `failAt` if given. */
function generated(total: number, failAt?: number): { body: Readable; sha256: () => string } {
  const hash = createHash('sha256');
  const CHUNK = 64 * 1024;
  async function* chunks() {
    for (let offset = 0; offset < total; offset += CHUNK) {
      if (failAt !== undefined && offset >= failAt) throw new Error('client went away');
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, total - offset));
      for (let i = 0; i < chunk.length; i++) chunk[i] = byteAt(offset + i);
      hash.update(chunk);
      yield chunk;
    }
  }
  return { body: Readable.from(chunks(), { objectMode: false }), sha256: () => hash.digest('hex') };
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

describe.each(variants)('the blob store on $name', (variant) => {
  const d = variant.skip ? describe.skip : describe;
  d(variant.skip ? `(skipped: ${variant.skip})` : 'behaves as every store must', () => {
    let store: BlobStore;
    let stop: () => Promise<void>;
    let leftovers: Started['leftovers'];
    let leaveUnfinished: Started['leaveUnfinished'];
    beforeAll(async () => {
      ({ store, stop, leftovers, leaveUnfinished } = await variant.start());
    });
    afterAll(() => stop?.());

    it('stores a stream with its size and SHA-256, and reads it back whole or by inclusive byte range', async () => {
      const info = await store.put('users/u1/tracks/a', Readable.from(['hello ', 'world']), {
        contentType: 'text/plain',
      });
      expect(info).toEqual({ key: 'users/u1/tracks/a', size: 11, sha256: sha256('hello world') });
      const whole = await store.get('users/u1/tracks/a');
      expect(whole?.size).toBe(11);
      expect(whole && (await text(whole.body))).toBe('hello world');
      const part = await store.get('users/u1/tracks/a', { start: 6, end: 10 });
      expect(part?.size).toBe(11);
      expect(part && (await text(part.body))).toBe('world');
      const first = await store.get('users/u1/tracks/a', { start: 0, end: 0 });
      expect(first && (await text(first.body))).toBe('h');
      const stat = await store.stat('users/u1/tracks/a');
      expect(stat).toMatchObject({ key: 'users/u1/tracks/a', size: 11 });
      expect(stat?.modifiedAt).toBeInstanceOf(Date);
    });

    it('replaces what a key held, and stores an empty body', async () => {
      await store.put('users/u1/r', Buffer.from('first version'));
      await store.put('users/u1/r', Buffer.from('second'));
      const got = await store.get('users/u1/r');
      expect(got && (await text(got.body))).toBe('second');
      expect(await store.put('users/u1/empty', Buffer.alloc(0))).toMatchObject({ size: 0, sha256: sha256('') });
      expect((await store.stat('users/u1/empty'))?.size).toBe(0);
    });

    it('answers null for a missing blob and deletes idempotently', async () => {
      expect(await store.get('users/u1/missing')).toBeNull();
      expect(await store.get('users/u1/missing', { start: 0, end: 3 })).toBeNull();
      expect(await store.stat('users/u1/missing')).toBeNull();
      await store.put('users/u1/x', Buffer.from('x'));
      await store.delete('users/u1/x');
      await store.delete('users/u1/x');
      expect(await store.stat('users/u1/x')).toBeNull();
    });

    it('lists and deletes everything under a prefix, whole segments only, without touching others', async () => {
      await store.put('users/p1/a/1', Buffer.from('1'));
      await store.put('users/p1/b/2', Buffer.from('22'));
      await store.put('users/p10/a/1', Buffer.from('333'));
      await store.put('users/p2/a/1', Buffer.from('4444'));
      const listed = await collect(store.list('users/p1'));
      expect(listed.map((b) => b.key).sort()).toEqual(['users/p1/a/1', 'users/p1/b/2']);
      expect(listed.reduce((n, b) => n + b.size, 0)).toBe(3);
      expect(listed.every((b) => b.modifiedAt instanceof Date)).toBe(true);
      expect(await collect(store.list('users/nobody'))).toEqual([]);
      expect((await collect(store.children('users'))).sort()).toEqual(expect.arrayContaining(['p1', 'p10', 'p2']));
      expect((await collect(store.children('users/p1'))).sort()).toEqual(['a', 'b']);
      expect(await collect(store.children('users/nobody'))).toEqual([]);
      await store.deletePrefix('users/p1');
      await store.deletePrefix('users/nobody');
      expect(await collect(store.list('users/p1'))).toEqual([]);
      expect((await store.stat('users/p10/a/1'))?.size).toBe(3);
      expect((await store.stat('users/p2/a/1'))?.size).toBe(4);
    });

    const paged = variant.cannot?.pagedLists ? it.skip : it;
    paged(
      `lists and deletes a prefix holding more objects than one page or one delete request takes${variant.cannot?.pagedLists ? ` (skipped: ${variant.cannot.pagedLists})` : ''}`,
      { timeout: 120_000 },
      async () => {
        // S3 lists and deletes 1000 keys at a time.
        const keys = Array.from({ length: 1005 }, (_, i) => `users/many/k/${i}`);
        for (let i = 0; i < keys.length; i += 50) {
          await Promise.all(keys.slice(i, i + 50).map((k) => store.put(k, Buffer.from('m'))));
        }
        expect(await collect(store.list('users/many'))).toHaveLength(1005);
        await store.deletePrefix('users/many');
        expect(await collect(store.list('users/many'))).toEqual([]);
      },
    );

    it('streams a 20 MB body of unknown length and reads any range of it back', { timeout: 120_000 }, async () => {
      const total = 20 * MB + 12_345;
      const source = generated(total);
      const info = await store.put('users/big/tracks/long', source.body, { contentType: 'audio/wav' });
      expect(info).toEqual({ key: 'users/big/tracks/long', size: total, sha256: source.sha256() });
      expect((await store.stat('users/big/tracks/long'))?.size).toBe(total);
      // Across the boundary of the first two multipart parts (8 MB each), and the very end.
      for (const [start, end] of [
        [8 * MB - 10, 8 * MB + 9],
        [total - 5, total - 1],
      ] as const) {
        const got = await store.get('users/big/tracks/long', { start, end });
        expect(got?.size).toBe(total);
        const bytes = got ? await buffer(got.body) : Buffer.alloc(0);
        expect([...bytes]).toEqual(Array.from({ length: end - start + 1 }, (_, i) => byteAt(start + i)));
      }
      const whole = await store.get('users/big/tracks/long');
      const hash = createHash('sha256');
      for await (const chunk of whole?.body ?? []) hash.update(chunk);
      expect(hash.digest('hex')).toBe(info.sha256);
      await store.delete('users/big/tracks/long');
    });

    it('leaves nothing behind when the body breaks off, early or after several megabytes', {
      timeout: 120_000,
    }, async () => {
      for (const failAt of [64 * 1024, 17 * MB]) {
        const source = generated(24 * MB, failAt);
        await expect(store.put('users/broken/tracks/t', source.body)).rejects.toThrow('client went away');
        expect(await store.stat('users/broken/tracks/t')).toBeNull();
        expect(await leftovers('users/broken')).toEqual([]);
      }
    });

    it('stops a body past its limit, leaving nothing behind', { timeout: 60_000 }, async () => {
      await expect(store.put('users/limit/a', Buffer.alloc(101), { maxBytes: 100 })).rejects.toBeInstanceOf(
        BlobTooLargeError,
      );
      await expect(store.put('users/limit/b', generated(10 * MB).body, { maxBytes: 9 * MB })).rejects.toBeInstanceOf(
        BlobTooLargeError,
      );
      expect(await leftovers('users/limit')).toEqual([]);
      expect(await store.put('users/limit/c', Buffer.alloc(100), { maxBytes: 100 })).toMatchObject({ size: 100 });
    });

    it('removes what an unfinished write left behind once it is old enough', async () => {
      await store.put('users/crashed/done', Buffer.from('kept'));
      const seen = await leaveUnfinished('users/crashed/t');
      if (seen === 'dated') expect(await store.removeUnfinished(new Date(Date.now() - 3_600_000))).toBe(0);
      expect(await store.removeUnfinished(new Date(Date.now() + 3_600_000))).toBe(seen === 'invisible' ? 0 : 1);
      expect(await leftovers('users/crashed')).toEqual([
        variant.name === 'the file system' ? 'done' : 'users/crashed/done',
      ]);
      await store.deletePrefix('users/crashed');
    });

    it('rejects keys that could escape the store or pass for a temporary file', async () => {
      for (const key of [
        '../etc/passwd',
        'users/../../x',
        '/abs',
        'users//x',
        'users/.hidden',
        '',
        'users/a.partial',
      ]) {
        await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid blob key/);
      }
    });
  });
});
