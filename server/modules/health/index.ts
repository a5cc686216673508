import type { Module } from '..';
import { healthRoutes } from './health.routes';

export const healthModule: Module = { name: 'health', prefix: '/api/health', plugin: healthRoutes };
