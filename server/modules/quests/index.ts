import type { Module } from '..';
import { questRoutes } from './quests.routes';

export const questsModule: Module = { name: 'quests', prefix: '/api/quests', plugin: questRoutes };
