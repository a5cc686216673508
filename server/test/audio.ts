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

/** Posts a file to the track upload through `inject` (no socket), and answers the response. */
export function postTrack(user: TestUser, filename: string, content: Buffer) {
  const form = multipartForm(filename, content);
  return user.inject({
    method: 'POST',
    url: '/api/reference/tracks',
    payload: form.payload,
    headers: { 'content-type': form.contentType },
  });
}

/** Uploads a track through `inject` and answers its id; any answer but 201 throws, saying why. */
export async function injectUpload(user: TestUser, filename: string, content: Buffer): Promise<string> {
  const res = await postTrack(user, filename, content);
  if (res.statusCode !== 201) throw new Error(`the upload answered ${res.statusCode}: ${res.body}`);
  return res.json().data.id as string;
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

/** Rounds to 16-bit PCM the way `encodeWav` does for `pcm16`, keeping the result as a float. */
function quantise16(v: number): number {
  return Math.max(-32768, Math.min(32767, Math.round(v * 32768))) / 32768;
}

/** A signal made of sines, quantised to 16 bits: each part is [frequency in Hz, peak amplitude]. */
function sines(parts: readonly (readonly [number, number])[], seconds: number, sampleRate: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) {
    let v = 0;
    for (const [hz, amplitude] of parts) v += amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate);
    out[i] = quantise16(v);
  }
  return out;
}

/** A planar test signal and its rate. */
export interface FixtureSignal {
  channels: Float32Array[];
  sampleRate: number;
}

/**
 * The signal `loud.flac`, `loud.mp3` and `loud.ogg` were encoded from (audio/make-decode-fixtures.ts):
 * 6 s of 44.1 kHz stereo, a 1 kHz sine peaking at −20 dBFS on the left and 440 Hz + 3 kHz sines
 * peaking at −18 dBFS together on the right, quantised to 16 bits exactly as the WAV held them.
 */
export function loudnessFixtureSignal(): FixtureSignal {
  const sampleRate = 44100;
  const right = 10 ** (-18 / 20) / 2;
  return {
    sampleRate,
    channels: [
      sines([[1000, 10 ** (-20 / 20)]], 6, sampleRate),
      sines(
        [
          [440, right],
          [3000, right],
        ],
        6,
        sampleRate,
      ),
    ],
  };
}

/** The tone fixtures: `tone-mono44.*` and `tone-stereo48.*`. */
export type ToneFixture = 'mono44' | 'stereo48';

/**
 * The 1-second signal a tone fixture was encoded from, quantised to 16 bits: `mono44` is a
 * 1 kHz sine at half scale at 44.1 kHz; `stereo48` is that on the left and a 500 Hz sine at
 * quarter scale on the right, at 48 kHz.
 */
export function toneFixtureSignal(kind: ToneFixture): FixtureSignal {
  if (kind === 'mono44') return { sampleRate: 44100, channels: [sines([[1000, 0.5]], 1, 44100)] };
  return { sampleRate: 48000, channels: [sines([[1000, 0.5]], 1, 48000), sines([[500, 0.25]], 1, 48000)] };
}

/**
 * The signal `noise16.flac` and `noise24.flac` were encoded from: 0.1 s of 44.1 kHz stereo
 * noise from a fixed seed over the whole range of the width, both extremes included.
 */
export function noiseFixtureSignal(bits: 16 | 24): FixtureSignal {
  const full = 2 ** (bits - 1);
  const frames = 4410;
  let seed = 2024;
  const channels = [new Float32Array(frames), new Float32Array(frames)];
  for (let i = 0; i < frames; i++) {
    for (const plane of channels) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const n = i < 2 ? (i === 0 ? -full : full - 1) : Math.floor((seed / 2147483648) * 2 * full) - full;
      plane[i] = n / full;
    }
  }
  return { sampleRate: 44100, channels };
}

/** Bytes as a stream of chunks of `size` bytes (the last shorter), as a file or socket gives them. */
export async function* streamOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += size) yield bytes.subarray(at, at + size);
}

/** Everything a decoder produced, joined per channel, with the sizes of its blocks. */
export interface Collected {
  sampleRate: number;
  channels: Float32Array[];
  blockSizes: number[];
}

/** Reads every block of a decoder (for tests: the whole signal is kept). */
export async function collect(decoded: {
  format: { sampleRate: number; channels: number };
  blocks: AsyncIterable<Float32Array[]>;
}): Promise<Collected> {
  const parts: Float32Array[][] = Array.from({ length: decoded.format.channels }, () => []);
  const blockSizes: number[] = [];
  for await (const block of decoded.blocks) {
    blockSizes.push(block[0]?.length ?? 0);
    for (const [c, plane] of block.entries()) parts[c]?.push(plane.slice());
  }
  const channels = parts.map((list) => {
    const out = new Float32Array(list.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of list) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  });
  return { sampleRate: decoded.format.sampleRate, channels, blockSizes };
}

/** RMS of a signal, or of its difference to another over their common length. */
export function rms(a: Float32Array, b?: Float32Array): number {
  const n = b ? Math.min(a.length, b.length) : a.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b ? (b[i] as number) : 0);
    sum += d * d;
  }
  return Math.sqrt(sum / Math.max(1, n));
}

/** A tone's frequency from its rising zero crossings, over the middle of the signal (no edges). */
export function frequencyOf(x: Float32Array, sampleRate: number): number {
  const from = Math.floor(x.length * 0.1);
  const to = Math.floor(x.length * 0.9);
  let first = -1;
  let last = -1;
  let crossings = 0;
  for (let i = from + 1; i < to; i++) {
    if ((x[i - 1] as number) < 0 && (x[i] as number) >= 0) {
      if (first < 0) first = i;
      else crossings++;
      last = i;
    }
  }
  return crossings > 0 ? (crossings * sampleRate) / (last - first) : 0;
}

/** How many samples differ between two signals (a length difference counts in full); −0 equals 0. */
export function mismatches(a: readonly Float32Array[], b: readonly Float32Array[]): number {
  let count = 0;
  for (let c = 0; c < Math.max(a.length, b.length); c++) {
    const x = a[c] ?? new Float32Array(0);
    const y = b[c] ?? new Float32Array(0);
    count += Math.abs(x.length - y.length);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) count++;
  }
  return count;
}
