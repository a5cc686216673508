import { defineModule } from '../../platform/module';
import { syncRoutes } from './sync.routes';
import { todayRoutes } from './today.routes';

/** The home screen (`GET /api/today`) and the polling state for clients without the event stream. */
export const todayModule = defineModule({ name: 'today', prefix: '/api/today', plugin: todayRoutes });
export const syncModule = defineModule({ name: 'sync', prefix: '/api/sync', plugin: syncRoutes });
