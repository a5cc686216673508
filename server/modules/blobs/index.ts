import { defineModule } from '../../platform/module';
import { blobsRoutes } from './blobs.routes';

export const blobsModule = defineModule({ name: 'blobs', prefix: '/api/blobs', plugin: blobsRoutes });

/** Stored files for the modules that take uploads, and their removal with an account. */
export {
  type BlobRow,
  type ByteRange,
  deleteBlob,
  deleteUserBlobs,
  type OpenBlob,
  openBlob,
  type StoreBlobInput,
  storeBlob,
} from './blobs.service';
