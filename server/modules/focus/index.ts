import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { focusRoutes } from './focus.routes';
import { libraryRoutes } from './libraries.routes';
import { presetRoutes } from './presets.routes';

const plugin: FastifyPluginAsync = async (app) => {
  await app.register(focusRoutes);
  await app.register(presetRoutes, { prefix: '/presets' });
  await app.register(libraryRoutes, { prefix: '/libraries' });
};

export const focusModule = defineModule({ name: 'focus', prefix: '/api/focus', plugin });

/** The user's open session as of now, or null (Today and the polling endpoint read it). */
export { active as activeFocusSession, openFocusFact } from './focus.service';
