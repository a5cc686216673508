import { type CreateQuestBody, createQuestBody } from '#common/contracts/quests';
import type { Tx } from '../../db/client';
import { defineModule } from '../../platform/module';
import { questRoutes } from './quests.routes';
import { insertNew } from './quests.service';

export const questsModule = defineModule({ name: 'quests', prefix: '/api/quests', plugin: questRoutes });

/**
 * Creates a personal quest for `userId` (offered, `active`) inside the caller's transaction, by
 * the same rules as `POST /api/quests` (the input is checked against the same contract; callers
 * validate first, so a failure here is a programming error).
 */
export async function createQuest(
  tx: Tx,
  userId: string,
  input: CreateQuestBody,
): Promise<{ id: string; title: string }> {
  const row = await insertNew(tx, userId, createQuestBody.parse(input));
  return { id: row.id, title: row.title };
}

/** Personal quests in progress (the daily plan and Today read them). */
export { type QuestInProgress, questsInProgress, questsInProgressFact } from './open.service';
