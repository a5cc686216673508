import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { exerciseLibraryRoutes } from './exercises.routes';
import { programRoutes } from './programs.routes';
import { recordRoutes } from './records.routes';
import { sessionRoutes, setRoutes } from './sessions.routes';
import { statsRoutes } from './stats.routes';
import { workoutRoutes } from './workouts.routes';

const exerciseRoutes: FastifyPluginAsync = async (app) => {
  await app.register(exerciseLibraryRoutes, { prefix: '/exercises' });
  await app.register(workoutRoutes, { prefix: '/workouts' });
  await app.register(sessionRoutes, { prefix: '/sessions' });
  await app.register(setRoutes, { prefix: '/sets' });
  await app.register(recordRoutes, { prefix: '/records' });
  await app.register(programRoutes, { prefix: '/programs' });
  await app.register(statsRoutes, { prefix: '/stats' });
};

export const exerciseModule = defineModule({ name: 'exercise', prefix: '/api/exercise', plugin: exerciseRoutes });

/**
 * Today's workout of the active program, not yet done (`{program_day_id, workout_id, name}` or
 * null), for Today and the daily plan (platform/facts.ts).
 */
export { scheduledWorkoutFact } from './schedule.service';
