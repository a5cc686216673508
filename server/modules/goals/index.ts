import type { Module } from '..';
import { goalRoutes } from './goals.routes';

export const goalsModule: Module = { name: 'goals', prefix: '/api/goals', plugin: goalRoutes };
