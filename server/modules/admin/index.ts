import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { auditRoutes } from './audit.routes';
import { adminFeedbackRoutes } from './feedback.routes';

/** The admin console: every route declares the permission it needs (docs/SECURITY.md). */
const plugin: FastifyPluginAsync = async (app) => {
  await app.register(auditRoutes);
  await app.register(adminFeedbackRoutes, { prefix: '/feedback' });
};

export const adminModule = defineModule({ name: 'admin', prefix: '/api/admin', plugin });
