import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { points_ledger } from '../modules/gamification/gamification.tables';
import type { TestUser } from './factories';
import type { TestApp } from './harness';

/** The focus API as the tests drive it. */

export const MIN = 60_000;

export const startFocus = (
  user: TestUser,
  payload: Record<string, unknown> = { mode: 'focus', duration_seconds: 1500 },
) => user.inject({ method: 'POST', url: '/api/focus', payload });

export const focusAction = (user: TestUser, id: string, action: 'pause' | 'resume' | 'complete' | 'abandon') =>
  user.inject({ method: 'POST', url: `/api/focus/${id}/${action}` });

export const activeFocus = async (user: TestUser) =>
  (await user.inject({ method: 'GET', url: '/api/focus/active' })).json().data;

/** Starts a focus session and returns its id. */
export async function startedFocus(user: TestUser, duration_seconds = 1500): Promise<string> {
  const res = await startFocus(user, { mode: 'focus', duration_seconds });
  expect(res.statusCode).toBe(201);
  return res.json().data.id;
}

/** What the ledger paid for one session's completion. */
export const paidForFocus = (t: TestApp, user: TestUser, sessionId: string) =>
  t.database.db
    .select({ xp: points_ledger.xp, coins: points_ledger.coins })
    .from(points_ledger)
    .where(and(eq(points_ledger.user_id, user.id), eq(points_ledger.idempotency_key, `focus_complete:${sessionId}`)));
