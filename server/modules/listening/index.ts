import { defineModule } from '../../platform/module';
import { listeningRoutes } from './listening.routes';

export const listeningModule = defineModule({ name: 'listening', prefix: '/api/listening', plugin: listeningRoutes });
