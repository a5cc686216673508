import type { FastifyPluginAsync } from 'fastify';

/** A domain folder's public face to the app: `buildApp` registers `plugin` under `prefix`. */
export interface Module {
  /** The module's name, e.g. `feedback`. */
  name: string;
  /** Where its routes are mounted, e.g. `/api/feedback`. */
  prefix: string;
  plugin: FastifyPluginAsync;
}

/** Declares a module in its `index.ts`; `server/modules/index.ts` lists the ones the app mounts. */
export function defineModule(module: Module): Module {
  return module;
}
