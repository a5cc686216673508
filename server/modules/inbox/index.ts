import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { inboxRoutes } from './inbox.routes';
import { notifyRewards } from './notifications.service';

export { rebuildUnreadCounts } from './inbox.repo';
export { unreadInboxFact } from './inbox.service';
/** System notifications other modules send (an analysis finished). */
export { type Notification, notify } from './notifications.service';

/**
 * The inbox's routes, and its reward listener: registered on this app's game layer as the app
 * is built, so level-ups, achievements and claimable quests land in the inbox.
 */
const plugin: FastifyPluginAsync = async (app) => {
  app.deps.rewardListeners.add(notifyRewards);
  await app.register(inboxRoutes);
};

export const inboxModule = defineModule({ name: 'inbox', prefix: '/api/inbox', plugin });
