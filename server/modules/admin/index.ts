import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { adminAnalysisRoutes } from './analyses.routes';
import { auditRoutes } from './audit.routes';
import { adminCatalogueRoutes } from './catalogues.routes';
import { adminFeedbackRoutes } from './feedback.routes';
import { adminPurchaseRoutes } from './purchases.routes';
import { adminRoleRoutes } from './roles.routes';
import { adminSessionRoutes } from './sessions.routes';
import { adminStatsRoutes } from './stats.routes';
import { adminTableRoutes } from './tables.routes';
import { adminUserRoutes } from './users.routes';

/** The admin console: every route declares the permission it needs (docs/SECURITY.md). */
const plugin: FastifyPluginAsync = async (app) => {
  await app.register(auditRoutes);
  await app.register(adminFeedbackRoutes, { prefix: '/feedback' });
  await app.register(adminPurchaseRoutes, { prefix: '/purchases' });
  await app.register(adminAnalysisRoutes, { prefix: '/analyses' });
  await app.register(adminUserRoutes, { prefix: '/users' });
  await app.register(adminSessionRoutes, { prefix: '/sessions' });
  await app.register(adminRoleRoutes);
  await app.register(adminStatsRoutes, { prefix: '/stats' });
  await app.register(adminTableRoutes, { prefix: '/tables' });
  await app.register(adminCatalogueRoutes, { prefix: '/catalogues' });
};

export const adminModule = defineModule({ name: 'admin', prefix: '/api/admin', plugin });
