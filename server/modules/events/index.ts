import { defineModule } from '../../platform/module';
import { eventsRoutes } from './events.routes';

/** GET /api/events: the Server-Sent Events stream; publishing lives in platform/events. */
export const eventsModule = defineModule({ name: 'events', prefix: '/api/events', plugin: eventsRoutes });
