import { defineModule } from '../../platform/module';
import { annotationRoutes } from './annotations.routes';

/** Reference tracks as other modules see them (focus music libraries hold the user's tracks). */
export { ownedTrackSummaries, type TrackSummary } from './reference.repo';

export const referenceModule = defineModule({ name: 'reference', prefix: '/api/reference', plugin: annotationRoutes });
