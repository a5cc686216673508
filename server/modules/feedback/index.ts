import { defineModule } from '../../platform/module';
import { feedbackRoutes } from './feedback.routes';

export const feedbackModule = defineModule({ name: 'feedback', prefix: '/api/feedback', plugin: feedbackRoutes });
