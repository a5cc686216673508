import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { WorkerPool } from '../analysis';
import { analysisRoutes } from './analyses.routes';
import { AnalysisRunner } from './analysis-runner';
import { annotationRoutes } from './annotations.routes';
import { trackRoutes } from './tracks.routes';

/**
 * Reference tracks, their analyses and what is written about them. Multipart uploads are parsed
 * here only: every other module reads JSON. The upload route sets its own limits on each
 * request. While the app runs, this instance takes its share of the analysis queue with
 * `ANALYSIS_WORKERS` threads (none: it only queues).
 */
const referencePlugin: FastifyPluginAsync = async (app) => {
  await app.register(multipart, { throwFileSizeLimit: false });
  await app.register(trackRoutes);
  await app.register(analysisRoutes);
  await app.register(annotationRoutes);
  const { workers } = app.deps.config.analysis;
  if (workers > 0) {
    const runner = new AnalysisRunner(app.deps, new WorkerPool(workers), app.log);
    app.addHook('onReady', async () => runner.start());
    app.addHook('onClose', async () => runner.stop());
  }
};

export const referenceModule = defineModule({ name: 'reference', prefix: '/api/reference', plugin: referencePlugin });

/** The analysis queue across users, as the admin console reads and steers it. */
export {
  cancelOpen as cancelAnalysis,
  findAny as findAnyAnalysis,
  listQueue as listAnalysisQueue,
  type QueuedAnalysis,
} from './analyses.repo';
export { queueAnalysis } from './analyses.service';
export { wakeAnalysisRunner } from './analysis-runner';
/** Reference tracks as other modules see them (focus music libraries hold the user's tracks). */
export {
  findOwnedTrack,
  type OwnedTrack,
  ownedTrackSummaries,
  type TrackSummary,
} from './reference.repo';
