import { Worker } from 'node:worker_threads';
import { AudioDecodeError, type AudioDecodeErrorCode } from './engine/decode';
import type { AnalysisOutput } from './engine/pipeline';
import type { FromWorker, ToWorker } from './protocol';

export interface PoolJob {
  /** The file, read only as fast as the worker asks for it. */
  source: AsyncIterable<Uint8Array>;
  mimeType: string;
  /** The file's size, for progress. */
  totalBytes: number | null;
  ffmpegPath: string | null;
  signal?: AbortSignal;
  /** 0–1, as the worker reads the file. */
  onProgress?: (fraction: number) => void;
}

/** How long an aborted worker gets to stop by itself before it is terminated. */
const ABORT_GRACE_MS = 2000;

/**
 * Worker threads for the analysis engine: started on first use, up to `size`, each running one
 * analysis at a time, and stopped after `idleMs` without work, so an instance that analyses
 * nothing holds no thread and no decoder memory.
 */
export class WorkerPool {
  private readonly idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];
  private readonly waiting: ((worker: Worker) => void)[] = [];
  private started = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly idleMs = 30_000,
  ) {}

  /** Threads running now (busy or idle). */
  get threads(): number {
    return this.started;
  }

  async run(job: PoolJob): Promise<AnalysisOutput> {
    const worker = await this.acquire();
    try {
      return await runOn(worker, job);
    } catch (err) {
      // A worker that crashed or was terminated is gone; one that reported a failure is fine.
      if (!(err instanceof WorkerReportedError)) await this.discard(worker);
      throw err instanceof WorkerReportedError ? err.cause : err;
    } finally {
      if (this.isAlive(worker)) this.release(worker);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const idle = this.idle.splice(0);
    await Promise.all(
      idle.map(({ worker, timer }) => {
        clearTimeout(timer);
        return worker.terminate();
      }),
    );
  }

  private readonly dead = new WeakSet<Worker>();
  private isAlive(worker: Worker): boolean {
    return !this.dead.has(worker);
  }

  private async discard(worker: Worker): Promise<void> {
    if (this.dead.has(worker)) return;
    this.dead.add(worker);
    this.started--;
    await worker.terminate();
  }

  private acquire(): Promise<Worker> {
    if (this.closed) return Promise.reject(new Error('The analysis workers are shut down.'));
    const ready = this.idle.pop();
    if (ready) {
      clearTimeout(ready.timer);
      return Promise.resolve(ready.worker);
    }
    if (this.started < this.size) {
      this.started++;
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
      worker.once('exit', () => {
        if (!this.dead.has(worker)) {
          this.dead.add(worker);
          this.started--;
        }
      });
      return Promise.resolve(worker);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) {
      next(worker);
      return;
    }
    if (this.closed) {
      void this.discard(worker);
      return;
    }
    const timer = setTimeout(() => {
      const at = this.idle.findIndex((entry) => entry.worker === worker);
      if (at >= 0) this.idle.splice(at, 1);
      void this.discard(worker);
    }, this.idleMs);
    timer.unref();
    this.idle.push({ worker, timer });
  }
}

/** A failure the worker reported (bad audio…): the worker itself is still sound. */
class WorkerReportedError extends Error {
  constructor(override readonly cause: Error) {
    super(cause.message);
  }
}

function reportedError(error: Extract<FromWorker, { type: 'failed' }>['error']): Error {
  if (error.name === 'AudioDecodeError' && error.code) {
    return new AudioDecodeError(error.code as AudioDecodeErrorCode, error.message);
  }
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}

/** One analysis on one worker: feeds the file as the worker pulls it, and settles with its answer. */
function runOn(worker: Worker, job: PoolJob): Promise<AnalysisOutput> {
  return new Promise<AnalysisOutput>((resolve, reject) => {
    const iterator = job.source[Symbol.asyncIterator]();
    const send = (message: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
    let feeding = Promise.resolve();
    let ended = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;

    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      job.signal?.removeEventListener('abort', onAbort);
      if (!ended) void iterator.return?.();
      fn();
    };
    const pull = () => {
      feeding = feeding.then(async () => {
        if (ended || settled) return;
        try {
          const next = await iterator.next();
          if (next.done) {
            ended = true;
            send({ type: 'end' });
          } else {
            // A copy of its own, so the buffer can move to the worker whatever the stream pooled.
            const data = new Uint8Array(next.value);
            send({ type: 'chunk', data }, [data.buffer]);
          }
        } catch (err) {
          ended = true;
          send({ type: 'abort' });
          finish(() => reject(err));
        }
      });
    };
    const onMessage = (message: FromWorker) => {
      if (message.type === 'pull') pull();
      else if (message.type === 'progress') job.onProgress?.(message.fraction);
      else if (message.type === 'done') finish(() => resolve(message.output));
      else finish(() => reject(new WorkerReportedError(reportedError(message.error))));
    };
    const onError = (err: Error) => finish(() => reject(err));
    const onExit = (code: number) => finish(() => reject(new Error(`The analysis worker stopped (exit ${code}).`)));
    const onAbort = () => {
      send({ type: 'abort' });
      killTimer = setTimeout(() => void worker.terminate(), ABORT_GRACE_MS);
    };

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    if (job.signal?.aborted) return finish(() => reject(job.signal?.reason));
    job.signal?.addEventListener('abort', onAbort, { once: true });
    send({ type: 'start', mimeType: job.mimeType, totalBytes: job.totalBytes, ffmpegPath: job.ffmpegPath });
  });
}
