import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import {
  focusAction as act,
  activeFocus as active,
  MIN,
  paidForFocus,
  startFocus as start,
  startedFocus as started,
} from '../../test/focus';
import { createTestApp, type TestApp } from '../../test/harness';
import { listen, openSse } from '../../test/sse';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const paidFor = (user: TestUser, sessionId: string) => paidForFocus(t, user, sessionId);

describe('POST /api/focus', () => {
  it('starts a session on the server clock', async () => {
    const user = await signUp(t);
    const res = await start(user, { mode: 'short_break', duration_seconds: 300, label: 'Tea' });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({
      mode: 'short_break',
      status: 'active',
      duration_seconds: 300,
      label: 'Tea',
      started_at: t.clock.now().toISOString(),
      remaining_seconds: 300,
      focused_seconds: 0,
      paused_at: null,
      ends_at: new Date(t.clock.now().getTime() + 300_000).toISOString(),
      now: t.clock.now().toISOString(),
    });
  });

  it('abandons the open session when a new one starts', async () => {
    const user = await signUp(t);
    const first = await started(user);
    t.clock.advance(3 * MIN);
    const second = await started(user);
    expect(second).not.toBe(first);
    expect((await active(user)).id).toBe(second);
    const history = (await user.inject({ method: 'GET', url: '/api/focus' })).json().data;
    expect(history.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      [second, 'active'],
      [first, 'abandoned'],
    ]);
    expect(history[1]).toMatchObject({ focused_seconds: 180, ended_at: t.clock.now().toISOString() });
  });

  it('completes (and pays for) the open session instead when its time was already up', async () => {
    const user = await signUp(t);
    const first = await started(user, 600);
    t.clock.advance(15 * MIN);
    await started(user);
    const history = (await user.inject({ method: 'GET', url: '/api/focus?status=completed' })).json().data;
    expect(history.map((s: { id: string }) => s.id)).toEqual([first]);
    expect(await paidFor(user, first)).toHaveLength(1);
  });

  it('labels the session with the preset’s name and refuses another user’s preset', async () => {
    const [user, other] = [await signUp(t), await signUp(t)];
    const preset = (
      await user.inject({
        method: 'POST',
        url: '/api/focus/presets',
        payload: { name: 'Deep work', focus_minutes: 50 },
      })
    ).json().data;
    const res = await start(user, { mode: 'focus', duration_seconds: 3000, preset_id: preset.id });
    expect(res.json().data.label).toBe('Deep work');
    const foreign = await start(other, { mode: 'focus', duration_seconds: 3000, preset_id: preset.id });
    expect(foreign.statusCode).toBe(404);
    expect(await active(other)).toBeNull();
  });

  it('answers 422 with details for a bad mode, length or extra field', async () => {
    const user = await signUp(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ mode: 'nap', duration_seconds: 600 }, 'body.mode'],
      [{ mode: 'focus', duration_seconds: 59 }, 'body.duration_seconds'],
      [{ mode: 'focus', duration_seconds: 14_401 }, 'body.duration_seconds'],
      [{ mode: 'focus', duration_seconds: 60.5 }, 'body.duration_seconds'],
      [{ mode: 'focus' }, 'body.duration_seconds'],
      [{ mode: 'focus', duration_seconds: 600, preset_id: 'nope' }, 'body.preset_id'],
      [{ mode: 'focus', duration_seconds: 600, label: 'x'.repeat(101) }, 'body.label'],
      [{ mode: 'focus', duration_seconds: 600, started_at: '2020-01-01T00:00:00Z' }, 'body'],
    ];
    for (const [payload, path] of cases) {
      const res = await start(user, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
      expect(
        res
          .json()
          .error.details.map((d: { path: string }) => d.path)
          .join(' '),
      ).toContain(path);
    }
    expect(await active(user)).toBeNull();
  });
});

describe('GET /api/focus/active', () => {
  it('is null without an open session', async () => {
    const user = await signUp(t);
    const res = await user.inject({ method: 'GET', url: '/api/focus/active' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ data: null });
  });

  it('counts down on the server clock', async () => {
    const user = await signUp(t);
    await started(user, 1500);
    t.clock.advance(10 * MIN + 500);
    expect(await active(user)).toMatchObject({ focused_seconds: 600, remaining_seconds: 900, status: 'active' });
  });
});

describe('POST /api/focus/:id/pause and /resume', () => {
  it('excludes paused time from the session', async () => {
    const user = await signUp(t);
    const id = await started(user, 1500);
    t.clock.advance(5 * MIN);
    const paused = await act(user, id, 'pause');
    expect(paused.statusCode).toBe(200);
    expect(paused.json().data).toMatchObject({
      status: 'paused',
      paused_at: t.clock.now().toISOString(),
      ends_at: null,
      remaining_seconds: 1200,
      pause_count: 1,
    });
    t.clock.advance(30 * MIN);
    expect(await active(user)).toMatchObject({ status: 'paused', remaining_seconds: 1200, paused_seconds: 1800 });
    const resumed = (await act(user, id, 'resume')).json().data;
    expect(resumed).toMatchObject({ status: 'active', paused_at: null, remaining_seconds: 1200 });
    expect(resumed.ends_at).toBe(new Date(t.clock.now().getTime() + 1200_000).toISOString());
    t.clock.advance(2 * MIN);
    expect(await active(user)).toMatchObject({ focused_seconds: 420, remaining_seconds: 1080, paused_seconds: 1800 });
  });

  it('is idempotent: pausing a paused or resuming a running session answers the same state', async () => {
    const user = await signUp(t);
    const id = await started(user);
    t.clock.advance(MIN);
    const first = (await act(user, id, 'pause')).json().data;
    t.clock.advance(MIN);
    const again = await act(user, id, 'pause');
    expect(again.statusCode).toBe(200);
    expect(again.json().data).toMatchObject({
      status: 'paused',
      paused_at: first.paused_at,
      remaining_seconds: first.remaining_seconds,
      pause_count: 1,
    });
    const resumed = (await act(user, id, 'resume')).json().data;
    const resumedAgain = await act(user, id, 'resume');
    expect(resumedAgain.statusCode).toBe(200);
    expect(resumedAgain.json().data).toMatchObject({ status: 'active', ends_at: resumed.ends_at });
  });

  it('answers 409 for a completed or abandoned session', async () => {
    const user = await signUp(t);
    const abandoned = await started(user);
    await act(user, abandoned, 'abandon');
    const completed = await started(user, 60);
    t.clock.advance(MIN);
    await act(user, completed, 'complete');
    for (const id of [abandoned, completed]) {
      for (const action of ['pause', 'resume'] as const) {
        const res = await act(user, id, action);
        expect(res.statusCode, `${action} ${id}`).toBe(409);
        expect(res.json().error.code).toBe('conflict');
      }
    }
  });
});

describe('POST /api/focus/:id/abandon', () => {
  it('ends the session without reward and is idempotent', async () => {
    const user = await signUp(t);
    const id = await started(user);
    t.clock.advance(7 * MIN);
    const res = await act(user, id, 'abandon');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'abandoned', focused_seconds: 420, xp_awarded: 0 });
    expect((await act(user, id, 'abandon')).statusCode).toBe(200);
    expect(await active(user)).toBeNull();
    expect(await paidFor(user, id)).toHaveLength(0);
  });
});

describe('focus sessions of another user', () => {
  it('answer 404 on every id route and stay untouched', async () => {
    const [owner, other] = [await signUp(t), await signUp(t)];
    const id = await started(owner);
    for (const action of ['pause', 'resume', 'complete', 'abandon'] as const) {
      const res = await act(other, id, action);
      expect(res.statusCode, action).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect(await active(owner)).toMatchObject({ id, status: 'active' });
    expect((await other.inject({ method: 'GET', url: '/api/focus' })).json().data).toEqual([]);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const user = await signUp(t);
    expect((await act(user, 'nope', 'pause')).statusCode).toBe(400);
  });
});

describe('focus state on GET /api/events', () => {
  it('reaches every device of the user when the session is paused', async () => {
    const base = await listen(t.app);
    const user = await signUp(t);
    const id = await started(user);
    const sse = await openSse(`${base}/api/events`, { cookie: user.cookie });
    await sse.waitForComment('connected');
    t.clock.advance(3 * MIN);
    await act(user, id, 'pause');
    const message = await sse.waitFor((m) => m.event === 'focus_state', 1000);
    expect(JSON.parse(message.data ?? '{}').data).toMatchObject({
      session_id: id,
      status: 'paused',
      mode: 'focus',
      remaining_seconds: 1320,
      focused_seconds: 180,
      paused_at: t.clock.now().toISOString(),
      ends_at: null,
      at: t.clock.now().toISOString(),
    });
    sse.close();
  });
});
