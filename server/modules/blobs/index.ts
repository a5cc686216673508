import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { blobsRoutes } from './blobs.routes';
import { scheduleCleanup } from './cleanup';

/** The routes, and the hourly orphan cleanup while the app runs. */
const blobsPlugin: FastifyPluginAsync = async (app) => {
  await app.register(blobsRoutes);
  const stop = scheduleCleanup(app.deps, app.log);
  app.addHook('onClose', async () => stop());
};

export const blobsModule = defineModule({ name: 'blobs', prefix: '/api/blobs', plugin: blobsPlugin });

/** Stored files for the modules that take uploads, and their removal with an account. */
export {
  type BlobRow,
  type ByteRange,
  deleteBlob,
  deleteBlobWith,
  deleteUserBlobs,
  type OpenBlob,
  openBlob,
  type StoreBlobInput,
  storeBlob,
  usageOf,
} from './blobs.service';
export { type CleanupReport, cleanupBlobs } from './cleanup';
