import type { Module } from '..';
import { habitRoutes } from './habits.routes';

export const habitsModule: Module = { name: 'habits', prefix: '/api/habits', plugin: habitRoutes };
