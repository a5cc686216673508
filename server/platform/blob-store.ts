import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AbortMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Config } from '../config';

/**
 * Where uploaded files live.
 *
 * Key layout, the one place it is written down: `users/<user id>/<purpose>/<blob id>`, e.g.
 * `users/6f1c…/reference_track/0b9e…`. Every key a user owns starts with `users/<user id>/`
 * (`userBlobPrefix`), so an account's files are listed and removed together; `<purpose>` is one
 * of `blobPurposes` and `<blob id>` the id of the object's `blobs` row. Keys are `/`-separated
 * segments of letters, digits, `.`, `_` and `-`, none ending in `.partial` (`assertValidKey`).
 *
 * A prefix names whole segments: `users/u1` covers `users/u1/…` and never `users/u10/…`.
 */
export interface BlobStore {
  readonly kind: 'fs' | 's3';
  /**
   * Streams `body` to `key`, replacing what was there, and resolves to its size and SHA-256
   * (computed while streaming). Past `maxBytes` the write stops with `BlobTooLargeError`. A put
   * that fails for any reason (the body errors, the limit, the store) leaves no object behind.
   */
  put(key: string, body: Readable | Buffer, options?: PutOptions): Promise<StoredBlob>;
  /** The blob, or an inclusive byte range of it (within the blob); null when absent. */
  get(key: string, range?: BlobRange): Promise<{ body: Readable; size: number } | null>;
  stat(key: string): Promise<BlobInfo | null>;
  /** Removes the object; absent already is fine. */
  delete(key: string): Promise<void>;
  /** Removes every object under the prefix. */
  deletePrefix(prefix: string): Promise<void>;
  /** Every object under the prefix, in no particular order; unfinished writes are not listed. */
  list(prefix: string): AsyncIterable<BlobInfo>;
  /** The names of the segments right under the prefix (`users` → each user id with objects). */
  children(prefix: string): AsyncIterable<string>;
  /**
   * Removes what unfinished writes left behind that started before `before` (temporary files;
   * unfinished S3 multipart uploads), and answers how many it removed.
   */
  removeUnfinished(before: Date): Promise<number>;
}

export interface BlobInfo {
  key: string;
  size: number;
  /** When the object was last written. */
  modifiedAt: Date;
}

export interface StoredBlob {
  key: string;
  size: number;
  /** Lower-case hex SHA-256 of the content. */
  sha256: string;
}

export interface PutOptions {
  contentType?: string;
  /** The most bytes the body may have; one more and the put fails with `BlobTooLargeError`. */
  maxBytes?: number;
}

export interface BlobRange {
  start: number;
  /** Inclusive, as in HTTP Range. */
  end: number;
}

/** The body went past `PutOptions.maxBytes`. */
export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The content is larger than ${maxBytes} bytes.`);
    this.name = 'BlobTooLargeError';
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Rejects keys that could escape the store's root or name odd files. */
export function assertValidKey(key: string): void {
  const segments = key.split('/');
  const ok = (s: string) => SEGMENT.test(s) && !s.includes('..') && !s.endsWith('.partial');
  if (!segments.every(ok)) {
    throw new Error(`Invalid blob key: ${JSON.stringify(key)}`);
  }
}

/** The key prefix under which everything a user uploads is stored. */
export const userBlobPrefix = (userId: string) => `users/${userId}`;

/** The key of a user's object (see the layout on `BlobStore`). */
export const blobKey = (userId: string, purpose: string, blobId: string) =>
  `${userBlobPrefix(userId)}/${purpose}/${blobId}`;

/** The blob id a key ends with (the inverse of `blobKey`). */
export const blobIdOfKey = (key: string) => key.slice(key.lastIndexOf('/') + 1);

/** Counts and hashes what passes through, and fails once more than `maxBytes` went by. */
class Meter extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new BlobTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    done(null, chunk);
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The `length` bytes that start `skip` bytes into the stream. */
function slice(skip: number, length: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const start = Math.max(0, skip - seen);
      const stop = Math.min(chunk.length, skip + length - seen);
      seen += chunk.length;
      done(null, stop > start ? chunk.subarray(start, stop) : undefined);
    },
  });
}

const toStream = (body: Readable | Buffer) => (Buffer.isBuffer(body) ? Readable.from([body]) : body);

/** Files under a directory; writes go to a temporary file first and are renamed into place. */
export class FsBlobStore implements BlobStore {
  readonly kind = 'fs';
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertValidKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Readable | Buffer, options: PutOptions = {}): Promise<StoredBlob> {
    const file = this.pathOf(key);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    // A name no key can have (no key ends in `.partial`), so list skips it.
    const tmp = `${file}.${randomUUID()}.partial`;
    const meter = new Meter(options.maxBytes);
    try {
      await pipeline(toStream(body), meter, fs.createWriteStream(tmp));
      await fsp.rename(tmp, file);
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
    return { key, size: meter.size, sha256: meter.digest() };
  }

  async get(key: string, range?: BlobRange): Promise<{ body: Readable; size: number } | null> {
    const file = this.pathOf(key);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(file, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    // Reading through the open handle: a delete racing this read cannot cut it short.
    const { size } = await handle.stat();
    const body = handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    return { body, size };
  }

  async stat(key: string): Promise<BlobInfo | null> {
    try {
      const stat = await fsp.stat(this.pathOf(key));
      return stat.isFile() ? { key, size: stat.size, modifiedAt: stat.mtime } : null;
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

  private async *files(prefix: string): AsyncGenerator<{ full: string; name: string; stat: fs.Stats }> {
    let entries: fs.Dirent[];
    try {
      entries = await fsp.readdir(this.pathOf(prefix), { withFileTypes: true, recursive: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw err;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      try {
        yield { full, name: entry.name, stat: await fsp.stat(full) };
      } catch (err) {
        // Deleted since the directory was read.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
  }

  async *list(prefix: string): AsyncIterable<BlobInfo> {
    for await (const { full, name, stat } of this.files(prefix)) {
      if (name.endsWith('.partial')) continue;
      const key = path.relative(this.root, full).split(path.sep).join('/');
      yield { key, size: stat.size, modifiedAt: stat.mtime };
    }
  }

  async *children(prefix: string): AsyncIterable<string> {
    let names: string[];
    try {
      names = await fsp.readdir(this.pathOf(prefix));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw err;
    }
    yield* names.filter((n) => SEGMENT.test(n) && !n.endsWith('.partial'));
  }

  async removeUnfinished(before: Date): Promise<number> {
    let removed = 0;
    for (const top of await fsp.readdir(this.root).catch(() => [] as string[])) {
      if (!SEGMENT.test(top)) continue;
      for await (const { full, name, stat } of this.files(top)) {
        if (!name.endsWith('.partial') || stat.mtime >= before) continue;
        await fsp.rm(full, { force: true });
        removed++;
      }
    }
    return removed;
  }
}

export interface S3BlobStoreOptions {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
}

/** Bytes per multipart part, and parts in flight per put: a put holds at most their product in memory. */
const PART_SIZE = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;
/** The most keys one DeleteObjects request takes. */
const DELETE_BATCH = 1000;

const s3Status = (err: unknown) => (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/**
 * An S3-compatible bucket (AWS S3, MinIO, Garage, Ceph, R2…). Puts stream through
 * `@aws-sdk/lib-storage`'s `Upload`: one PutObject for a small body, a multipart upload (aborted
 * on failure) for a larger one, so bodies of unknown length never sit whole in memory.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3';
  readonly client: S3Client;
  readonly bucket: string;

  constructor(options: S3BlobStoreOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
      // Cadence hashes content itself; the SDK's default extra checksums are refused by several
      // S3-compatible stores, so it adds them only where the API demands one.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable | Buffer, options: PutOptions = {}): Promise<StoredBlob> {
    assertValidKey(key);
    const meter = new Meter(options.maxBytes);
    const out = new PassThrough();
    let bodyError: unknown = null;
    const piping = pipeline(toStream(body), meter, out).catch((err) => {
      bodyError ??= err;
      throw err;
    });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: out, ContentType: options.contentType },
      partSize: PART_SIZE,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    const uploading = upload.done().catch((err) => {
      // The store failed first: stop reading the body.
      out.destroy(err instanceof Error ? err : new Error(String(err)));
      throw err;
    });
    const [sent, piped] = await Promise.allSettled([uploading, piping]);
    // The body's own failure (it broke off, it was too large) says more than what the aborted
    // upload reports.
    if (bodyError) throw bodyError;
    if (sent.status === 'rejected') throw sent.reason;
    if (piped.status === 'rejected') throw piped.reason;
    return { key, size: meter.size, sha256: meter.digest() };
  }

  async get(key: string, range?: BlobRange): Promise<{ body: Readable; size: number } | null> {
    assertValidKey(key);
    try {
      const res = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      const body = res.Body as Readable;
      const served = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(res.ContentRange ?? '');
      const size = served ? Number(served[3]) : (res.ContentLength ?? 0);
      if (!range) return { body, size };
      // Some S3-compatible servers answer a range with more than was asked (all of it, or
      // `bytes=0-0` as the whole): cut what came to what was asked.
      const from = served ? Number(served[1]) : 0;
      const to = served ? Number(served[2]) : size - 1;
      const end = Math.min(range.end, size - 1);
      if (from === range.start && to === end) return { body, size };
      return { body: body.pipe(slice(range.start - from, end - range.start + 1)), size };
    } catch (err) {
      if (s3Status(err) === 404) return null;
      throw err;
    }
  }

  async stat(key: string): Promise<BlobInfo | null> {
    assertValidKey(key);
    try {
      const res = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: res.ContentLength ?? 0, modifiedAt: res.LastModified ?? new Date(0) };
    } catch (err) {
      if (s3Status(err) === 404) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.deleteKeys([key]);
  }

  private async deleteKeys(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const res = await this.client.send(
      new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
    );
    const failed = (res.Errors ?? []).filter((e) => e.Code !== 'NoSuchKey');
    if (failed.length > 0) {
      throw new Error(`Could not delete ${failed.length} object(s), e.g. ${failed[0]?.Key}: ${failed[0]?.Code}`);
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    assertValidKey(prefix);
    let batch: string[] = [];
    for await (const blob of this.list(prefix)) {
      batch.push(blob.key);
      if (batch.length === DELETE_BATCH) {
        await this.deleteKeys(batch);
        batch = [];
      }
    }
    await this.deleteKeys(batch);
  }

  async *list(prefix: string): AsyncIterable<BlobInfo> {
    assertValidKey(prefix);
    let token: string | undefined;
    do {
      const res = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: `${prefix}/`, ContinuationToken: token }),
      );
      for (const o of res.Contents ?? []) {
        if (o.Key) yield { key: o.Key, size: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date(0) };
      }
      token = res.IsTruncated ? res.NextContinuationToken : undefined;
    } while (token);
  }

  async *children(prefix: string): AsyncIterable<string> {
    // From the full listing rather than a Delimiter listing, which some S3-compatible servers
    // get wrong for nested keys (s3rver finds only objects one level down).
    const seen = new Set<string>();
    for await (const { key } of this.list(prefix)) {
      const name = key.slice(prefix.length + 1).split('/')[0] as string;
      if (seen.has(name)) continue;
      seen.add(name);
      yield name;
    }
  }

  async removeUnfinished(before: Date): Promise<number> {
    let removed = 0;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    for (;;) {
      let res: Awaited<ReturnType<typeof this.listUploads>>;
      try {
        res = await this.listUploads(keyMarker, uploadIdMarker);
      } catch (err) {
        // A store without the call (some emulators) keeps no multipart state to list.
        if (s3Status(err) === 501) return removed;
        throw err;
      }
      for (const u of res.Uploads ?? []) {
        if (!u.Key || !u.UploadId || (u.Initiated && u.Initiated >= before)) continue;
        await this.client.send(
          new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: u.Key, UploadId: u.UploadId }),
        );
        removed++;
      }
      if (!res.IsTruncated) return removed;
      keyMarker = res.NextKeyMarker;
      uploadIdMarker = res.NextUploadIdMarker;
    }
  }

  /** Unfinished multipart uploads in the bucket, a page at a time. */
  listUploads(keyMarker?: string, uploadIdMarker?: string) {
    return this.client.send(
      new ListMultipartUploadsCommand({ Bucket: this.bucket, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }),
    );
  }
}

/** The blob store the configuration asks for. */
export function createBlobStore(config: Config['blobs']): BlobStore {
  if (config.kind === 'fs') return new FsBlobStore(config.dir);
  return new S3BlobStore(config);
}
