import type { DbOrTx } from '../../db/client';
import { defineModule } from '../../platform/module';
import { reviewDay } from './learn.repo';
import { learnRoutes } from './learn.routes';

/** Learn: topics, lessons with quizzes, ear-training drills in server-issued rounds, FSRS review. */
export const learnModule = defineModule({ name: 'learn', prefix: '/api/learn', plugin: learnRoutes });

export { reviewsDueFact } from './learn.repo';

/** The user's cards due by the end of a day (`end`) and those reviewed within it, for the plan. */
export const reviewsOfDay = (db: DbOrTx, userId: string, start: Date, end: Date) => reviewDay(db, userId, start, end);
