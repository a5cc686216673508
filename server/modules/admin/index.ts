import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { auditRoutes } from './audit.routes';

/** The admin console: every route declares the permission it needs (docs/SECURITY.md). */
const adminRoutes: FastifyPluginAsync = async (app) => {
  await app.register(auditRoutes);
};

export const adminModule = defineModule({ name: 'admin', prefix: '/api/admin', plugin: adminRoutes });
