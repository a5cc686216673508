import { defineModule } from '../../platform/module';
import { learnRoutes } from './learn.routes';

/** Learn: topics, lessons with quizzes, ear-training drills in server-issued rounds, FSRS review. */
export const learnModule = defineModule({ name: 'learn', prefix: '/api/learn', plugin: learnRoutes });
