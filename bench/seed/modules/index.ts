import type { SeedModule } from '../model';
import { account } from './account';
import { calendarModule } from './calendar';
import { focusModule } from './focus';
import { goalsModule } from './goals';
import { habitsModule } from './habits';
import { learnModule } from './learn';
import { feedbackModule, inboxModule, notesModule } from './notes';
import { planModule } from './plan';
import { questsModule } from './quests';

/**
 * The modules that seed a user's data, in order: a module may read the day facts the ones
 * before it left (the plan draws on habits, focus, calendar and quests). A new domain adds its
 * generator here; its activities go through the same game-layer replay (derive.ts).
 */
export const seedModules: SeedModule[] = [
  account,
  habitsModule,
  focusModule,
  goalsModule,
  questsModule,
  calendarModule,
  planModule,
  inboxModule,
  notesModule,
  feedbackModule,
  learnModule,
];
