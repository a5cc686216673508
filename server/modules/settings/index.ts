import type { Module } from '..';
import { settingsRoutes } from './settings.routes';

export const settingsModule: Module = { name: 'settings', prefix: '/api/settings', plugin: settingsRoutes };
