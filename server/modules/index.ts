import type { Module } from '../platform/module';
import { adminModule } from './admin';
import { authModule } from './auth';
import { blobsModule } from './blobs';
import { booksModule } from './books';
import { calendarModule } from './calendar';
import { eventsModule } from './events';
import { exerciseModule } from './exercise';
import { feedbackModule } from './feedback';
import { focusModule } from './focus';
import { framesModule } from './frames';
import { gamificationModule } from './gamification';
import { goalsModule } from './goals';
import { habitsModule } from './habits';
import { healthModule } from './health';
import { ideasModule } from './ideas';
import { inboxModule } from './inbox';
import { infobaseModule } from './infobase';
import { learnModule } from './learn';
import { listeningModule } from './listening';
import { marketModule } from './market';
import { onboardingModule } from './onboarding';
import { planModule } from './plan';
import { questsModule } from './quests';
import { referenceModule } from './reference';
import { referencesModule } from './references';
import { searchModule } from './search';
import { settingsModule } from './settings';
import { syncModule, todayModule } from './today';
import { userModule } from './user';

/** Every module the app mounts, in registration order. */
export const modules: Module[] = [
  healthModule,
  authModule,
  userModule,
  settingsModule,
  eventsModule,
  gamificationModule,
  focusModule,
  goalsModule,
  habitsModule,
  questsModule,
  onboardingModule,
  feedbackModule,
  blobsModule,
  inboxModule,
  calendarModule,
  planModule,
  ideasModule,
  infobaseModule,
  referencesModule,
  referenceModule,
  framesModule,
  listeningModule,
  marketModule,
  booksModule,
  exerciseModule,
  learnModule,
  searchModule,
  todayModule,
  syncModule,
  adminModule,
];
