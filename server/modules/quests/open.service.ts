import type { DbOrTx } from '../../db/client';
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

/** The user's accepted personal quests, newest first; served by the open-quests index. */
export async function questsInProgress(db: DbOrTx, userId: string): Promise<QuestInProgress[]> {
  const rows = await repo.list(db, userId, { statuses: ['accepted'], limit: IN_PROGRESS_LIMIT - 1 });
  return rows.map((q) => ({
    id: q.id,
    title: q.title,
    category: q.category,
    progress: q.progress,
    target: q.target,
    due_date: q.due_date,
  }));
}
