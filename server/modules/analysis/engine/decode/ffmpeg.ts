import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AudioDecodeError, corrupt } from './errors';
import { Input, type Opened } from './input';
import { openWav } from './wav';

/**
 * AAC and M4A through an ffmpeg on the machine: no decoder under a licence compatible with the
 * project's is on npm (the FAAD2 build is GPL-2.0-only). ffmpeg reads the file on its standard
 * input and writes 32-bit float WAV on its standard output, whose header gives the rate and
 * channels as decoded (HE-AAC doubles the rate its container states); both pipes are streamed
 * with backpressure. An MP4 whose index (`moov`) comes after its samples (`mdat`), as ffmpeg
 * itself writes by default, cannot be read from a pipe: such a file is first copied to a
 * private temporary file, which is removed when decoding ends.
 */

/** The ffmpeg to use: the configured path if given, else `ffmpeg` found on PATH, else null. */
export function findFfmpeg(configured?: string | null, searchPath: string = process.env.PATH ?? ''): string | null {
  if (configured) return configured;
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'ffmpeg');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here.
    }
  }
  return null;
}

/** The most bytes of top-level boxes read before `moov` or `mdat` is met; beyond, the file is copied. */
const MAX_LEADING_BOXES = 1 << 20;

/** Whether an MP4 stream has its `moov` before its `mdat`: read from the first boxes, then put back. */
async function indexFirst(input: Input): Promise<boolean> {
  const seen: Uint8Array[] = [];
  let read = 0;
  try {
    while (read < MAX_LEADING_BOXES) {
      const head = await input.read(8);
      seen.push(head);
      read += head.byteLength;
      if (head.byteLength < 8) return false;
      const type = String.fromCharCode(...head.subarray(4, 8));
      if (type === 'moov') return true;
      if (type === 'mdat') return false;
      let size = new DataView(head.buffer, head.byteOffset, 8).getUint32(0);
      if (size === 1) {
        const large = await input.read(8);
        seen.push(large);
        read += large.byteLength;
        if (large.byteLength < 8) return false;
        const v = new DataView(large.buffer, large.byteOffset, 8);
        size = v.getUint32(0) * 2 ** 32 + v.getUint32(4) - 8;
      }
      if (size < 8 || read + size - 8 > MAX_LEADING_BOXES) return false;
      const body = await input.read(size - 8);
      seen.push(body);
      read += body.byteLength;
    }
    return false;
  } finally {
    for (const bytes of seen.reverse()) input.unread(bytes);
  }
}

/** Copies the rest of the input to a new private temporary file; answers its directory and path. */
async function spool(input: Input): Promise<{ dir: string; file: string }> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cadence-decode-'));
  const file = path.join(dir, 'input');
  try {
    const handle = await fs.promises.open(file, 'wx', 0o600);
    try {
      for (let piece = await input.next(1 << 20); piece; piece = await input.next(1 << 20)) await handle.write(piece);
    } finally {
      await handle.close();
    }
    return { dir, file };
  } catch (err) {
    await fs.promises.rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/** How much of ffmpeg's error output is kept for the message. */
const STDERR_KEEP = 2048;

/** Fails early, before a file is copied, when a path given for ffmpeg leads to nothing that runs. */
function checkRunnable(ffmpeg: string): void {
  if (!ffmpeg.includes(path.sep)) return;
  try {
    fs.accessSync(ffmpeg, fs.constants.X_OK);
  } catch {
    throw new AudioDecodeError('needs_ffmpeg', `There is no ffmpeg to run at ${ffmpeg}.`);
  }
}

/** Decodes AAC or MP4 audio with `ffmpeg` (a path or a command name), reading the input as it goes. */
export async function openFfmpeg(input: Input, ffmpeg: string, signal?: AbortSignal): Promise<Opened> {
  checkRunnable(ffmpeg);
  const head = await input.peek(8);
  const mp4 = String.fromCharCode(...head.subarray(4, 8)) === 'ftyp';
  const temp = mp4 && !(await indexFirst(input)) ? await spool(input) : null;

  let child: ChildProcess;
  let started: Error | null = null;
  let stderr = '';
  try {
    child = spawn(
      ffmpeg,
      [
        '-hide_banner',
        '-nostdin',
        '-loglevel',
        'error',
        // A damaged or cut-off file fails, as it does with every other decoder here.
        '-xerror',
        '-i',
        temp ? temp.file : 'pipe:0',
        '-map',
        '0:a:0',
        '-vn',
        '-sn',
        '-dn',
        '-c:a',
        'pcm_f32le',
        '-f',
        'wav',
        'pipe:1',
      ],
      { stdio: [temp ? 'ignore' : 'pipe', 'pipe', 'pipe'] },
    );
  } catch (err) {
    if (temp) void fs.promises.rm(temp.dir, { recursive: true, force: true });
    throw new AudioDecodeError('needs_ffmpeg', `ffmpeg could not be started: ${(err as Error).message}`);
  }
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', (err) => {
      started = err;
      resolve(null);
    });
    child.once('close', (code) => resolve(code));
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    stderr = (stderr + text).slice(-STDERR_KEEP);
  });

  let closed = false;
  /** A failure of the source while it was fed to ffmpeg: told as it is, not as ffmpeg's. */
  let feedError: unknown;
  const close = () => {
    if (closed) return;
    closed = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (temp) fs.rmSync(temp.dir, { recursive: true, force: true });
  };

  // The file goes in as fast as ffmpeg takes it.
  const stdin = child.stdin;
  if (stdin) {
    stdin.on('error', () => {
      // ffmpeg stopped reading (it failed, or was killed): its exit says why.
    });
    void (async () => {
      try {
        for (let piece = await input.next(); piece && !closed; piece = await input.next()) {
          if (!stdin.write(piece))
            await new Promise<void>((resolve) => {
              const done = () => {
                stdin.off('drain', done);
                stdin.off('close', done);
                resolve();
              };
              stdin.on('drain', done);
              stdin.on('close', done);
            });
          if (stdin.destroyed) break;
        }
      } catch (err) {
        // The source failed or the decoding was aborted: ffmpeg is stopped.
        feedError = err;
        close();
      } finally {
        stdin.end();
      }
    })();
  }

  const output = new Input(child.stdout as AsyncIterable<Uint8Array>, signal);
  /** Why ffmpeg failed, once it has exited; null when it ended well. */
  const failure = async (): Promise<unknown> => {
    if (signal?.aborted) return signal.reason;
    const code = await exited;
    if (feedError !== undefined) return feedError;
    if (started) {
      return new AudioDecodeError('needs_ffmpeg', `ffmpeg could not be started (${(started as Error).message}).`);
    }
    if (code !== 0) return corrupt(`ffmpeg could not decode the file: ${stderr.trim() || `exit code ${code}`}`);
    return null;
  };

  let wav: Opened;
  try {
    wav = await openWav(output);
  } catch (err) {
    if (signal?.aborted) close();
    const why = await failure();
    close();
    output.close();
    throw why ?? err;
  }
  async function* pieces(): AsyncGenerator<Float32Array[]> {
    try {
      yield* wav.pieces;
    } catch (err) {
      const why = await failure();
      throw why ?? err;
    }
    const why = await failure();
    if (why) throw why;
  }
  return {
    format: wav.format,
    pieces: pieces(),
    close: () => {
      close();
      output.close();
    },
  };
}
