import type { DbOrTx } from '../../db/client';
import { type Fact, mapFact, readFact } from '../../platform/facts';
import type { QuestRow } from './quests.repo';
import * as repo from './quests.repo';

/** A personal quest the user accepted and has not finished (for the daily plan and Today). */
export interface QuestInProgress {
  id: string;
  title: string;
  category: string | null;
  progress: number;
  target: number;
  due_date: string | null;
}

/** How many quests in progress the plan and Today look at (the newest accepted ones). */
const IN_PROGRESS_LIMIT = 20;

/** The user's accepted personal quests, newest first, for a composed read; served by the open-quests index. */
export const questsInProgressFact: Fact<QuestInProgress[], unknown> = mapFact<QuestRow[], QuestInProgress[], unknown>(
  repo.newestFact(['accepted'], IN_PROGRESS_LIMIT),
  (rows) =>
    rows.map((q) => ({
      id: q.id,
      title: q.title,
      category: q.category,
      progress: q.progress,
      target: q.target,
      due_date: q.due_date,
    })),
);

export const questsInProgress = (db: DbOrTx, userId: string) =>
  readFact(db, questsInProgressFact, { user: userId }, null);
