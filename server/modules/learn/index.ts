import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { defineCatalogue } from '../../platform/catalogues';
import { type Fact, mapFact } from '../../platform/facts';
import { defineModule } from '../../platform/module';
import { dueContentFact, hiddenContent, reviewDay } from './learn.repo';
import { learnRoutes } from './learn.routes';

/** Each drill type's config schema: the admin console checks a drill's config with it before storing it. */
export { drillConfigSchemas } from './drills/generate';

/** Learn: topics, lessons with quizzes, ear-training drills in server-issued rounds, FSRS review. */
export const learnModule = defineModule({ name: 'learn', prefix: '/api/learn', plugin: learnRoutes });

/** The user's cards due by the end of a day (`end`) and those reviewed within it, for the plan. */
export const reviewsOfDay = (db: DbOrTx, userId: string, start: Date, end: Date) => reviewDay(db, userId, start, end);

/** The lessons and drills users cannot see, kept in memory by each instance (platform/catalogues.ts). */
const hiddenCatalogue = defineCatalogue(
  'hidden learn content',
  ['learn_topics', 'learn_lessons', 'learn_drills'],
  async (db) => new Set(await hiddenContent(db)),
);

/** What a composed read needs to know of the learn catalogue. */
export interface LearnScope {
  learn: { hidden: ReadonlySet<string> };
}

export const learnScope = async (ctx: Pick<Ctx, 'catalogues'>): Promise<LearnScope> => ({
  learn: { hidden: await ctx.catalogues.get(hiddenCatalogue) },
});

/** Today's and the polling endpoint's "reviews due": the user's cards due now, on content they can see. */
export const reviewsDueFact: Fact<number, LearnScope> = mapFact(
  dueContentFact,
  (ids, { learn }: LearnScope) => ids.filter((id) => !learn.hidden.has(id)).length,
);
