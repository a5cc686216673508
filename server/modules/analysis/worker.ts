import { parentPort } from 'node:worker_threads';
import { analyseAudio } from './engine/pipeline';
import type { FromWorker, ToWorker } from './protocol';

/**
 * One analysis at a time in this thread: the file's chunks come in as the pool sends them, the
 * engine reads them as a stream, and the result goes back with its buffers transferred.
 */
const port = parentPort;
if (!port) throw new Error('worker.ts runs in a worker thread.');
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** How many chunks the worker keeps asked for ahead of what it has read. */
const AHEAD = 4;

let job: { chunks: Uint8Array[]; ended: boolean; wake: (() => void) | null; abort: AbortController } | null = null;

async function* input(): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < AHEAD; i++) send({ type: 'pull' });
  while (job) {
    const chunk = job.chunks.shift();
    if (chunk) {
      send({ type: 'pull' });
      yield chunk;
    } else if (job.ended) {
      return;
    } else {
      await new Promise<void>((resolve) => {
        if (job) job.wake = resolve;
      });
    }
  }
}

function wake(): void {
  const resolve = job?.wake;
  if (job) job.wake = null;
  resolve?.();
}

async function run(start: Extract<ToWorker, { type: 'start' }>): Promise<void> {
  const abort = new AbortController();
  job = { chunks: [], ended: false, wake: null, abort };
  try {
    const output = await analyseAudio(input(), start.mimeType, {
      ffmpegPath: start.ffmpegPath,
      signal: abort.signal,
      totalBytes: start.totalBytes,
      onProgress: (fraction) => send({ type: 'progress', fraction }),
    });
    send({ type: 'done', output }, [output.frames.buffer as ArrayBuffer]);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    send({ type: 'failed', error: { name: e.name, message: e.message, code: (e as { code?: string }).code } });
  } finally {
    job = null;
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'start':
      void run(message);
      break;
    case 'chunk':
      job?.chunks.push(message.data);
      wake();
      break;
    case 'end':
      if (job) job.ended = true;
      wake();
      break;
    case 'abort':
      job?.abort.abort();
      if (job) job.ended = true;
      wake();
      break;
  }
});
