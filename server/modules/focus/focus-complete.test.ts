import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import {
  focusAction as act,
  activeFocus as active,
  MIN,
  paidForFocus,
  startedFocus as started,
} from '../../test/focus';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const paidFor = (user: TestUser, sessionId: string) => paidForFocus(t, user, sessionId);

describe('POST /api/focus/:id/complete', () => {
  it('refuses to complete early with 409 focus_not_finished', async () => {
    const user = await signUp(t);
    const id = await started(user, 1500);
    t.clock.advance(1494_000);
    const res = await act(user, id, 'complete');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('focus_not_finished');
    expect(await active(user)).toMatchObject({ id, status: 'active' });
    expect(await paidFor(user, id)).toHaveLength(0);
  });

  it('completes within 5 s of the end and pays for the focused time', async () => {
    const user = await signUp(t);
    const id = await started(user, 1500);
    t.clock.advance(1495_000);
    const res = await act(user, id, 'complete');
    expect(res.statusCode).toBe(200);
    const { session, reward } = res.json().data;
    expect(session).toMatchObject({ id, status: 'completed', focused_seconds: 1495, remaining_seconds: 5 });
    expect(session.ended_at).toBe(t.clock.now().toISOString());
    expect(reward).toMatchObject({ duplicate: false });
    expect(reward.xp).toBeGreaterThan(0);
    expect(session).toMatchObject({ xp_awarded: reward.xp, coins_awarded: reward.coins });
    expect(await paidFor(user, id)).toEqual([{ xp: reward.xp, coins: reward.coins }]);
    expect(await active(user)).toBeNull();
  });

  it('pays for focused minutes, not planned ones: pauses push the end later', async () => {
    const user = await signUp(t);
    const id = await started(user, 600);
    t.clock.advance(5 * MIN);
    await act(user, id, 'pause');
    t.clock.advance(20 * MIN);
    await act(user, id, 'resume');
    t.clock.advance(4 * MIN);
    expect((await act(user, id, 'complete')).json().error.code).toBe('focus_not_finished');
    t.clock.advance(MIN);
    const { session } = (await act(user, id, 'complete')).json().data;
    expect(session).toMatchObject({ focused_seconds: 600, paused_seconds: 1200 });
  });

  it('pays once when submitted twice, answering the first reward as a duplicate', async () => {
    const user = await signUp(t);
    const id = await started(user, 300);
    t.clock.advance(5 * MIN);
    const [a, b] = await Promise.all([act(user, id, 'complete'), act(user, id, 'complete')]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const rewards = [a.json().data.reward, b.json().data.reward];
    expect(rewards.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(rewards[0].xp).toBe(rewards[1].xp);
    expect(await paidFor(user, id)).toHaveLength(1);
  });

  it('answers 409 for an abandoned session', async () => {
    const user = await signUp(t);
    const id = await started(user, 60);
    await act(user, id, 'abandon');
    t.clock.advance(2 * MIN);
    expect((await act(user, id, 'complete')).statusCode).toBe(409);
    expect(await paidFor(user, id)).toHaveLength(0);
  });
});

describe('a session whose time ran out', () => {
  it('completes itself on the next read, at its natural end, and pays once', async () => {
    const user = await signUp(t);
    const id = await started(user, 600);
    const end = new Date(t.clock.now().getTime() + 600_000).toISOString();
    t.clock.advance(45 * MIN);
    expect(await active(user)).toBeNull();
    expect(await active(user)).toBeNull();
    const [row] = (await user.inject({ method: 'GET', url: '/api/focus' })).json().data;
    expect(row).toMatchObject({ id, status: 'completed', ended_at: end, focused_seconds: 600, remaining_seconds: 0 });
    expect(row.xp_awarded).toBeGreaterThan(0);
    const complete = await act(user, id, 'complete');
    expect(complete.statusCode).toBe(200);
    expect(complete.json().data.reward.duplicate).toBe(true);
    expect(await paidFor(user, id)).toHaveLength(1);
  });

  it('completes itself when the history is read', async () => {
    const user = await signUp(t);
    const id = await started(user, 60);
    t.clock.advance(2 * MIN);
    const [row] = (await user.inject({ method: 'GET', url: '/api/focus' })).json().data;
    expect(row).toMatchObject({ id, status: 'completed' });
    expect(await paidFor(user, id)).toHaveLength(1);
  });

  it('completes itself on an action, which then finds it completed', async () => {
    const user = await signUp(t);
    const id = await started(user, 60);
    t.clock.advance(2 * MIN);
    expect((await act(user, id, 'pause')).statusCode).toBe(409);
    expect((await act(user, id, 'abandon')).statusCode).toBe(409);
    const complete = (await act(user, id, 'complete')).json().data;
    expect(complete.session.status).toBe('completed');
    expect(await paidFor(user, id)).toHaveLength(1);
  });
});
