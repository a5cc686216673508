import type { FastifyPluginAsync } from 'fastify';
import { healthModule } from './health';

export interface Module {
  name: string;
  prefix: string;
  plugin: FastifyPluginAsync;
}

/** Every module the app mounts, in registration order. */
export const modules: Module[] = [healthModule];
