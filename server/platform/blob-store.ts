import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config';

export interface BlobInfo {
  key: string;
  size: number;
}

export interface BlobRange {
  start: number;
  /** Inclusive, as in HTTP Range. */
  end: number;
}

/**
 * Where uploaded files live. Keys are `/`-separated and namespaced per user
 * (`users/<user id>/...`), so an account's files can be listed and removed together.
 */
export interface BlobStore {
  /** Streams `body` to `key`, replacing what was there; resolves to the stored size. */
  put(key: string, body: Readable | Buffer): Promise<BlobInfo>;
  /** The blob, or a byte range of it; null when absent. */
  get(key: string, range?: BlobRange): Promise<{ body: Readable; size: number } | null>;
  stat(key: string): Promise<BlobInfo | null>;
  delete(key: string): Promise<void>;
  deletePrefix(prefix: string): Promise<void>;
  list(prefix: string): AsyncIterable<BlobInfo>;
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Rejects keys that could escape the store's root or name odd files. */
export function assertValidKey(key: string): void {
  const segments = key.split('/');
  if (segments.length === 0 || !segments.every((s) => SEGMENT.test(s) && s !== '.' && !s.includes('..'))) {
    throw new Error(`Invalid blob key: ${JSON.stringify(key)}`);
  }
}

/** Files under a directory; writes go to a temporary file first and are renamed into place. */
export class FsBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertValidKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Readable | Buffer): Promise<BlobInfo> {
    const file = this.pathOf(key);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.partial`;
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, fs.createWriteStream(tmp));
      await fsp.rename(tmp, file);
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
    const { size } = await fsp.stat(file);
    return { key, size };
  }

  async get(key: string, range?: BlobRange): Promise<{ body: Readable; size: number } | null> {
    const info = await this.stat(key);
    if (!info) return null;
    const body = fs.createReadStream(this.pathOf(key), range ? { start: range.start, end: range.end } : {});
    return { body, size: info.size };
  }

  async stat(key: string): Promise<BlobInfo | null> {
    try {
      const stat = await fsp.stat(this.pathOf(key));
      return stat.isFile() ? { key, size: stat.size } : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.pathOf(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<void> {
    await fsp.rm(this.pathOf(prefix), { recursive: true, force: true });
  }

  async *list(prefix: string): AsyncIterable<BlobInfo> {
    const dir = this.pathOf(prefix);
    let entries: fs.Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true, recursive: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.endsWith('.partial')) continue;
      const full = path.join(entry.parentPath, entry.name);
      const key = path.relative(this.root, full).split(path.sep).join('/');
      yield { key, size: (await fsp.stat(full)).size };
    }
  }
}

/** The blob store the configuration asks for. */
export function createBlobStore(config: Config['blobs']): BlobStore {
  if (config.kind === 'fs') return new FsBlobStore(config.dir);
  throw new Error('BLOB_STORE=s3 is not available in this build yet; use BLOB_STORE=fs.');
}

/** The key prefix under which everything a user uploads is stored. */
export const userBlobPrefix = (userId: string) => `users/${userId}`;
