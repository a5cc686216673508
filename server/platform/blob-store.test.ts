import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsBlobStore } from './blob-store';

let dir: string;
let store: FsBlobStore;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-blobs-'));
  store = new FsBlobStore(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('FsBlobStore', () => {
  it('stores a stream and reads it back whole or by inclusive byte range', async () => {
    const info = await store.put('users/u1/tracks/a', Readable.from(['hello ', 'world']));
    expect(info).toEqual({ key: 'users/u1/tracks/a', size: 11 });
    const whole = await store.get('users/u1/tracks/a');
    expect(whole && (await text(whole.body))).toBe('hello world');
    const part = await store.get('users/u1/tracks/a', { start: 6, end: 10 });
    expect(part?.size).toBe(11);
    expect(part && (await text(part.body))).toBe('world');
  });

  it('answers null for a missing blob and deletes idempotently', async () => {
    expect(await store.get('users/u1/missing')).toBeNull();
    expect(await store.stat('users/u1/missing')).toBeNull();
    await store.put('users/u1/x', Buffer.from('x'));
    await store.delete('users/u1/x');
    await store.delete('users/u1/x');
    expect(await store.stat('users/u1/x')).toBeNull();
  });

  it('lists and deletes everything under a prefix without touching other users', async () => {
    await store.put('users/u1/a/1', Buffer.from('1'));
    await store.put('users/u1/b/2', Buffer.from('22'));
    await store.put('users/u2/a/1', Buffer.from('333'));
    const listed = await collect(store.list('users/u1'));
    expect(listed.map((b) => b.key).sort()).toEqual(['users/u1/a/1', 'users/u1/b/2']);
    expect(listed.reduce((n, b) => n + b.size, 0)).toBe(3);
    await store.deletePrefix('users/u1');
    expect(await collect(store.list('users/u1'))).toEqual([]);
    expect(await store.stat('users/u2/a/1')).toEqual({ key: 'users/u2/a/1', size: 3 });
  });

  it('leaves no partial file when the source stream fails midway', async () => {
    const failing = new Readable({
      read() {
        this.push('some bytes');
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.put('users/u1/broken', failing)).rejects.toThrow('client went away');
    expect(await store.stat('users/u1/broken')).toBeNull();
    expect(fs.readdirSync(path.join(dir, 'users', 'u1'))).toEqual([]);
  });

  it('rejects keys that could escape the store', async () => {
    for (const key of ['../etc/passwd', 'users/../../x', '/abs', 'users//x', 'users/.hidden', '']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid blob key/);
    }
  });
});
