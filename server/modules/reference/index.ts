import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { annotationRoutes } from './annotations.routes';
import { trackRoutes } from './tracks.routes';

/**
 * Reference tracks and what is written about them. Multipart uploads are parsed here only: every
 * other module reads JSON. The upload route sets its own limits on each request.
 */
const referencePlugin: FastifyPluginAsync = async (app) => {
  await app.register(multipart, { throwFileSizeLimit: false });
  await app.register(trackRoutes);
  await app.register(annotationRoutes);
};

export const referenceModule = defineModule({ name: 'reference', prefix: '/api/reference', plugin: referencePlugin });

/** Reference tracks as other modules see them (focus music libraries hold the user's tracks). */
export {
  findOwnedTrack,
  type OwnedTrack,
  ownedTrackSummaries,
  type TrackSummary,
} from './reference.repo';
