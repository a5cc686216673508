import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type Fact, fact, param } from '../../platform/facts';
import {
  onboarding_flows,
  onboarding_steps,
  user_onboarding_responses,
  user_onboarding_state,
} from './onboarding.tables';

export type FlowRow = typeof onboarding_flows.$inferSelect;
export type StepRow = typeof onboarding_steps.$inferSelect;
export type StateRow = typeof user_onboarding_state.$inferSelect;
export type ResponseRow = typeof user_onboarding_responses.$inferSelect;

/** The flow offered to users: the active one (the oldest, should several be active). */
export async function activeFlow(db: DbOrTx): Promise<FlowRow | null> {
  const [row] = await db
    .select()
    .from(onboarding_flows)
    .where(eq(onboarding_flows.is_active, true))
    .orderBy(asc(onboarding_flows.created_at), asc(onboarding_flows.id))
    .limit(1);
  return row ?? null;
}

export async function listSteps(db: DbOrTx, flowId: string): Promise<StepRow[]> {
  return db
    .select()
    .from(onboarding_steps)
    .where(eq(onboarding_steps.flow_id, flowId))
    .orderBy(asc(onboarding_steps.step_order));
}

/** The user's status alone (what other modules need), or null before anything was stored. */
export async function findStatus(db: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ status: user_onboarding_state.status })
    .from(user_onboarding_state)
    .where(eq(user_onboarding_state.user_id, userId));
  return row?.status ?? null;
}

/** The user's onboarding status (null before they opened the flow), for a composed read. */
export const statusFact: Fact<string | null, unknown> = fact(
  sql`(select ${user_onboarding_state.status} from ${user_onboarding_state}
       where ${user_onboarding_state.user_id} = ${param.user})`,
  (value) => (typeof value === 'string' ? value : null),
);

export async function findState(db: DbOrTx, userId: string): Promise<StateRow | null> {
  const [row] = await db.select().from(user_onboarding_state).where(eq(user_onboarding_state.user_id, userId));
  return row ?? null;
}

/**
 * The user's state row, created as `not_started` when missing, and locked until the transaction
 * ends: two requests of the same user take turns (so a first goal is created once).
 */
export async function lockState(db: DbOrTx, userId: string, flowId: string): Promise<StateRow> {
  await db
    .insert(user_onboarding_state)
    .values({ user_id: userId, flow_id: flowId, status: 'not_started' })
    .onConflictDoNothing({ target: user_onboarding_state.user_id });
  const [row] = await db
    .select()
    .from(user_onboarding_state)
    .where(eq(user_onboarding_state.user_id, userId))
    .for('update');
  if (!row) throw new Error('the onboarding state row vanished');
  return row;
}

export type StatePatch = Partial<
  Pick<StateRow, 'flow_id' | 'current_step_id' | 'status' | 'started_at' | 'completed_at' | 'skipped_at'>
>;

export async function updateState(db: DbOrTx, userId: string, patch: StatePatch): Promise<StateRow> {
  const [row] = await db
    .update(user_onboarding_state)
    .set(patch)
    .where(eq(user_onboarding_state.user_id, userId))
    .returning();
  if (!row) throw new Error('the onboarding state row vanished');
  return row;
}

/** The user's answers to the given steps. */
export async function listResponses(db: DbOrTx, userId: string, stepIds: string[]): Promise<ResponseRow[]> {
  if (stepIds.length === 0) return [];
  return db
    .select()
    .from(user_onboarding_responses)
    .where(and(eq(user_onboarding_responses.user_id, userId), inArray(user_onboarding_responses.step_id, stepIds)));
}

export async function upsertResponse(db: DbOrTx, userId: string, stepId: string, response: unknown): Promise<void> {
  await db
    .insert(user_onboarding_responses)
    .values({ user_id: userId, step_id: stepId, response })
    .onConflictDoUpdate({
      target: [user_onboarding_responses.user_id, user_onboarding_responses.step_id],
      set: { response },
    });
}

/** Forgets every answer of the user. */
export async function deleteResponses(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(user_onboarding_responses).where(eq(user_onboarding_responses.user_id, userId));
}
