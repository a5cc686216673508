import { defineModule } from '../../platform/module';
import { settingsRoutes } from './settings.routes';

export const settingsModule = defineModule({ name: 'settings', prefix: '/api/settings', plugin: settingsRoutes });

/** Reading and writing one setting from another module (onboarding saves the interests picked). */
export { readValue as readSetting, settingFact, writeValue as writeSetting } from './settings.service';
