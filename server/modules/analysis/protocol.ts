import type { AnalysisOutput } from './engine/pipeline';

/**
 * The messages between the pool and a worker thread. The file arrives in chunks the worker asks
 * for (`pull`), so no more than a few chunks are ever in flight; the results come back with
 * their frame buffer transferred, not copied.
 */
export type ToWorker =
  | { type: 'start'; mimeType: string; totalBytes: number | null; ffmpegPath: string | null }
  | { type: 'chunk'; data: Uint8Array }
  | { type: 'end' }
  | { type: 'abort' };

export type FromWorker =
  | { type: 'pull' }
  | { type: 'progress'; fraction: number }
  | { type: 'done'; output: AnalysisOutput }
  | { type: 'failed'; error: { name: string; message: string; code?: string } };
