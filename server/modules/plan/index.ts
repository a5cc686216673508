import { defineModule } from '../../platform/module';
import { planRoutes } from './plan.routes';

export const planModule = defineModule({ name: 'plan', prefix: '/api/plan', plugin: planRoutes });

/** A day's plan as the API shows it, read without creating it (Today and the polling endpoint). */
export { planFact, readPlan } from './plan.service';
