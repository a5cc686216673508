import type { Module } from '..';
import { settingsRoutes } from './settings.routes';

export const settingsModule: Module = { name: 'settings', prefix: '/api/settings', plugin: settingsRoutes };

/** Reading and writing one setting from another module (onboarding saves the interests picked). */
export { readValue as readSetting, settingFact, writeValue as writeSetting } from './settings.service';
