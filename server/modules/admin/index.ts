import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { adminAnalysisRoutes } from './analyses.routes';
import { auditRoutes } from './audit.routes';
import { adminCatalogueRoutes } from './catalogues.routes';
import { adminFeedbackRoutes } from './feedback.routes';
import { adminPurchaseRoutes } from './purchases.routes';

/** The admin console: every route declares the permission it needs (docs/SECURITY.md). */
const plugin: FastifyPluginAsync = async (app) => {
  await app.register(auditRoutes);
  await app.register(adminFeedbackRoutes, { prefix: '/feedback' });
  await app.register(adminPurchaseRoutes, { prefix: '/purchases' });
  await app.register(adminAnalysisRoutes, { prefix: '/analyses' });
  await app.register(adminCatalogueRoutes, { prefix: '/catalogues' });
};

export const adminModule = defineModule({ name: 'admin', prefix: '/api/admin', plugin });
