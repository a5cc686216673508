/**
 * The audio analysis engine (docs/ANALYSIS.md): decoders, measurements and the frame timeline,
 * run in worker threads by `WorkerPool`. A library, not a mounted module: the `reference`
 * module queues and runs analyses, the `frames` module stores and serves what they produce.
 */
import { HOP_MS } from './engine/audio';

export { HOP_MS } from './engine/audio';
export { AudioDecodeError, type AudioDecodeErrorCode, findFfmpeg } from './engine/decode';
export {
  ANALYZER_VERSION,
  type AnalysisEvent,
  type AnalysisOutput,
  type AnalysisSummary,
  analyseAudio,
  type BandAggregate,
  type FrameBand,
} from './engine/pipeline';
export { type PoolJob, WorkerPool } from './pool';

/** What, besides the file and the engine's version, decides an analysis's results. */
export const ANALYSIS_PARAMETERS = { hop_ms: HOP_MS } as const;
