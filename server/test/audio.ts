import fs from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import type { TestUser } from './factories';

/**
 * Audio for the reference-track tests: WAV files generated here, short clips of the other
 * formats made once by `audio/make-fixtures.sh`, and uploads over a real socket.
 */

export interface WavOptions {
  seconds: number;
  sampleRate?: number;
  channels?: number;
  /** A 440 Hz sine (default) or white noise from a fixed seed. */
  kind?: 'sine' | 'noise';
}

/** A 16-bit PCM WAV file of a 440 Hz sine at half scale, or of noise. */
export function wav({ seconds, sampleRate = 8000, channels = 1, kind = 'sine' }: WavOptions): Buffer {
  const frames = Math.round(seconds * sampleRate);
  const planes = Array.from({ length: channels }, () => new Float32Array(frames));
  let seed = 12345;
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < channels; c++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const v = kind === 'sine' ? Math.sin((2 * Math.PI * 440 * i) / sampleRate) : seed / 0x3fffffff - 1;
      (planes[c] as Float32Array)[i] = v * 0.5;
    }
  }
  return encodeWav(planes, sampleRate);
}

/** How `encodeWav` stores samples: integer PCM of 16, 24 or 32 bits, or 32-bit float. */
export type WavEncoding = 'pcm16' | 'pcm24' | 'pcm32' | 'float32';

/**
 * A WAV file of planar samples in [-1, 1] (all channels the same length). Integer encodings
 * round and clip to the full scale of their width; `float32` stores the values as they are
 * (format tag 3).
 */
export function encodeWav(
  channels: readonly Float32Array[],
  sampleRate: number,
  encoding: WavEncoding = 'pcm16',
): Buffer {
  const bytes = encoding === 'pcm16' ? 2 : encoding === 'pcm24' ? 3 : 4;
  const frames = channels[0]?.length ?? 0;
  const blockAlign = channels.length * bytes;
  const dataBytes = frames * blockAlign;
  const out = Buffer.alloc(44 + dataBytes);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVEfmt ', 8, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(encoding === 'float32' ? 3 : 1, 20);
  out.writeUInt16LE(channels.length, 22);
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate * blockAlign, 28);
  out.writeUInt16LE(blockAlign, 32);
  out.writeUInt16LE(bytes * 8, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataBytes, 40);
  const full = 2 ** (bytes * 8 - 1);
  const toInt = (v: number) => Math.max(-full, Math.min(full - 1, Math.round(v * full)));
  for (let i = 0; i < frames; i++) {
    channels.forEach((plane, c) => {
      const at = 44 + i * blockAlign + c * bytes;
      const v = plane[i] as number;
      if (encoding === 'float32') out.writeFloatLE(v, at);
      else out.writeIntLE(toInt(v), at, bytes);
    });
  }
  return out;
}

/** A committed clip from server/test/audio/ (`clip.mp3`, `with-video.mp4`…). */
export function fixture(name: string): Buffer {
  return fs.readFileSync(fileURLToPath(new URL(`./audio/${name}`, import.meta.url)));
}

const BOUNDARY = '----cadence-test-boundary-7f3a';

/** The parts of a multipart form around one file: what comes before its bytes, and after. */
export function formFrame(filename: string, type = 'application/octet-stream') {
  return {
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    before: Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    after: Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  };
}

/** A whole multipart form with one file, for `inject`. */
export function multipartForm(filename: string, content: Buffer, type?: string) {
  const frame = formFrame(filename, type);
  return { payload: Buffer.concat([frame.before, content, frame.after]), contentType: frame.contentType };
}

/** Uploads a file as a browser would (fetch with FormData), and answers status and JSON. */
export async function uploadFile(
  baseUrl: string,
  user: TestUser,
  origin: string,
  content: Buffer,
  filename: string,
  type = 'application/octet-stream',
): Promise<{ status: number; body: { data?: Record<string, unknown>; error?: { code: string } } }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), filename);
  const res = await fetch(`${baseUrl}/api/reference/tracks`, {
    method: 'POST',
    body: form,
    headers: { cookie: user.cookie, origin },
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: Record<string, unknown>; error?: { code: string } },
  };
}

export interface RawUploadOptions {
  filename: string;
  /** The file's bytes, produced as they are sent (never held whole). */
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>;
  /** A Content-Length to announce; without it the body is sent chunked. */
  contentLength?: number;
  /** Destroys the socket once this many bytes of the file were sent. */
  disconnectAfter?: number;
}

/**
 * An upload over a raw HTTP request, so a test controls what is announced and sent, and can go
 * away half-way. Resolves with the response, or `'disconnected'`; stops sending once a response
 * arrives.
 */
export function rawUpload(
  baseUrl: string,
  user: TestUser,
  origin: string,
  opts: RawUploadOptions,
): Promise<{ status: number; body: string } | 'disconnected'> {
  const frame = formFrame(opts.filename);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(`${baseUrl}/api/reference/tracks`, {
      method: 'POST',
      headers: {
        cookie: user.cookie,
        origin,
        'content-type': frame.contentType,
        ...(opts.contentLength !== undefined ? { 'content-length': String(opts.contentLength) } : {}),
      },
    });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
        req.destroy();
      });
    });
    req.on('error', (err) => {
      if (!answered && opts.disconnectAfter === undefined) reject(err);
    });
    const write = (chunk: Buffer) =>
      new Promise<void>((done) => {
        if (req.write(chunk)) done();
        else req.once('drain', done);
      });
    (async () => {
      await write(frame.before);
      let sent = 0;
      for await (const chunk of opts.chunks) {
        if (answered || req.destroyed) return;
        await write(chunk);
        sent += chunk.length;
        if (opts.disconnectAfter !== undefined && sent >= opts.disconnectAfter) {
          // Give the server a moment to read what was sent, then go away without a word.
          await new Promise((r) => setTimeout(r, 50));
          req.destroy();
          resolve('disconnected');
          return;
        }
      }
      if (!answered && !req.destroyed) req.end(frame.after);
    })().catch(() => {});
  });
}

/** `size` bytes in 64 KB chunks, made as they are asked for: a WAV header first when `audio`. */
export function* generated(size: number, audio = true): Generator<Buffer> {
  const header = wav({ seconds: 0.01 }).subarray(0, 44);
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 1);
  if (audio) {
    yield header;
    sent += header.length;
  }
  while (sent < size) {
    const n = Math.min(chunk.length, size - sent);
    yield n === chunk.length ? chunk : chunk.subarray(0, n);
    sent += n;
  }
}
