import type { Config } from '../config';
import type { Database } from '../db/client';
import type { BlobStore } from './blob-store';
import type { Catalogues } from './catalogues';
import type { Clock } from './clock';
import type { EventHub } from './event-hub';

/**
 * The services every module reaches through `app.deps` (and a service through its `Ctx`),
 * created by `buildApp`. The platform never imports a module: a module that offers an app-wide
 * service adds its field by augmenting this interface next to the service's definition, as the
 * game layer does for `rewardListeners` (modules/gamification/reward-listeners.ts).
 */
export interface Platform {
  config: Config;
  database: Database;
  clock: Clock;
  blobs: BlobStore;
  /** Real-time fan-out to SSE streams; publish with `publish(tx, …)` from platform/events. */
  events: EventHub;
  /** This instance's copies of the catalogue tables (platform/catalogues.ts). */
  catalogues: Catalogues;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: Platform;
  }
}
