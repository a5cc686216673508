import type { Module } from '..';
import { eventsRoutes } from './events.routes';

/** GET /api/events: the Server-Sent Events stream; publishing lives in platform/events. */
export const eventsModule: Module = { name: 'events', prefix: '/api/events', plugin: eventsRoutes };
