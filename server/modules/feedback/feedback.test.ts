import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_PER_HOUR } from '#common/contracts/feedback';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { titleFrom } from './feedback.service';
import { feedback } from './feedback.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const send = (user: TestUser, payload: Record<string, unknown>) =>
  user.inject({ method: 'POST', url: '/api/feedback', payload, headers: { 'user-agent': 'Cadence test browser' } });

async function sent(user: TestUser, payload: Record<string, unknown> = { type: 'bug', body: 'The timer froze' }) {
  const res = await send(user, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}

describe('POST /api/feedback', () => {
  it('stores a message as open, with where it was sent from', async () => {
    const user = await signUp(t);
    const item = await sent(user, {
      type: 'feature',
      title: '  Dark theme for charts  ',
      body: 'The charts are hard to read at night.',
      page: '/progress',
      context: { app_version: '1.0.0' },
    });
    expect(item).toMatchObject({
      type: 'feature',
      title: 'Dark theme for charts',
      body: 'The charts are hard to read at night.',
      status: 'open',
      admin_response: null,
      responded_at: null,
      context: { page: '/progress', app_version: '1.0.0', user_agent: 'Cadence test browser' },
      created_at: t.clock.now().toISOString(),
    });
    expect(item).not.toHaveProperty('priority');
  });

  it('takes the first line of the message as the title when none is given', async () => {
    const user = await signUp(t);
    const item = await sent(user, { type: 'praise', body: '\n  Love the level-up moment!\nKeep it.' });
    expect(item.title).toBe('Love the level-up moment!');
    const long = 'word '.repeat(40).trim();
    expect(titleFrom(long).length).toBeLessThanOrEqual(80);
    expect(titleFrom(long).endsWith('…')).toBe(true);
  });

  it('answers 422 with details for a bad body, and stores nothing', async () => {
    const user = await signUp(t);
    const bodies = [
      {},
      { type: 'bug' },
      { type: 'bug', body: '   ' },
      { type: 'complaint', body: 'x' },
      { type: 'bug', body: 'x', title: '' },
      { type: 'bug', body: 'x', title: 't'.repeat(201) },
      { type: 'bug', body: 'b'.repeat(10_001) },
      { type: 'bug', body: 'x', page: 'https://evil.example/' },
      { type: 'bug', body: 'x', context: { 'Bad Key': 'v' } },
      { type: 'bug', body: 'x', context: { ok: 5 } },
      { type: 'bug', body: 'x', context: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) },
      { type: 'bug', body: 'x', status: 'resolved' },
      { type: 'bug', body: 'x', admin_response: 'Fixed' },
    ];
    for (const payload of bodies) {
      const res = await send(user, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
      expect(res.json().error.details.length).toBeGreaterThan(0);
    }
    expect(await t.database.db.select().from(feedback).where(eq(feedback.user_id, user.id))).toEqual([]);
  });

  it(`accepts ${FEEDBACK_PER_HOUR} messages an hour, then answers 429 with Retry-After until the hour has passed`, async () => {
    const user = await signUp(t);
    const start = t.clock.now().getTime();
    for (let i = 0; i < FEEDBACK_PER_HOUR; i++) {
      await sent(user, { type: 'other', body: `note ${i}` });
      t.clock.advance(60_000);
    }
    const refused = await send(user, { type: 'other', body: 'one too many' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    // The first message leaves the window an hour after it was sent.
    const wait = Number(refused.headers['retry-after']);
    expect(wait).toBe(Math.ceil((start + 3_600_000 - t.clock.now().getTime()) / 1000));
    // Another user is not affected.
    await sent(await signUp(t));
    t.clock.advance(wait * 1000);
    await sent(user, { type: 'other', body: 'an hour later' });
  });
});

describe('GET /api/feedback', () => {
  it('lists only the user’s own messages, newest first, a page at a time', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    await sent(other, { type: 'bug', body: 'not mine' });
    const ids: string[] = [];
    for (const body of ['a', 'b', 'c', 'd', 'e']) {
      ids.unshift((await sent(user, { type: 'bug', body })).id);
      t.clock.advance(1_000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/feedback?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await user.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((f: { id: string }) => f.id));
      cursor = body.page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });

  it('keeps messages sent in the same millisecond apart', async () => {
    const user = await signUp(t);
    const ids = new Set<string>();
    for (const body of ['x', 'y', 'z']) ids.add((await sent(user, { type: 'bug', body })).id);
    const first = (await user.inject({ method: 'GET', url: '/api/feedback?limit=1' })).json();
    const rest = (
      await user.inject({ method: 'GET', url: `/api/feedback?limit=5&cursor=${first.page.next_cursor}` })
    ).json();
    expect(new Set([...first.data, ...rest.data].map((f: { id: string }) => f.id))).toEqual(ids);
  });

  it('shows the status and the administrator’s response once there is one', async () => {
    const user = await signUp(t);
    const item = await sent(user);
    const respondedAt = new Date('2026-03-01T10:00:00.000Z');
    await t.database.db
      .update(feedback)
      .set({ status: 'resolved', admin_response: 'Fixed in 1.2, thank you!', responded_at: respondedAt })
      .where(eq(feedback.id, item.id));
    const listed = (await user.inject({ method: 'GET', url: '/api/feedback' })).json().data[0];
    expect(listed).toMatchObject({
      id: item.id,
      status: 'resolved',
      admin_response: 'Fixed in 1.2, thank you!',
      responded_at: respondedAt.toISOString(),
    });
    const one = (await user.inject({ method: 'GET', url: `/api/feedback/${item.id}` })).json().data;
    expect(one).toEqual(listed);
  });

  it('answers 400 for a bad limit or cursor', async () => {
    const user = await signUp(t);
    for (const q of ['limit=0', 'limit=201', 'cursor=nope', 'cursor=WyJ4Il0']) {
      const res = await user.inject({ method: 'GET', url: `/api/feedback?${q}` });
      expect(res.statusCode, q).toBe(400);
    }
  });
});

describe('GET /api/feedback/:id', () => {
  it('returns 404 for another user’s message, an unknown id, and 400 for a malformed one', async () => {
    const owner = await signUp(t);
    const stranger = await signUp(t);
    const item = await sent(owner);
    expect((await stranger.inject({ method: 'GET', url: `/api/feedback/${item.id}` })).statusCode).toBe(404);
    const unknown = await owner.inject({ method: 'GET', url: '/api/feedback/00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    expect((await owner.inject({ method: 'GET', url: '/api/feedback/not-a-uuid' })).statusCode).toBe(400);
  });

  it('needs a signed-in user', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/feedback' })).statusCode).toBe(401);
  });
});
