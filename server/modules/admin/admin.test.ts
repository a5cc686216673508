import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit_log } from '../../platform/audit.tables';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { feedback } from '../feedback/feedback.tables';

let t: TestApp;
let moderator: TestUser;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '1000' } });
  moderator = await signUp(t, { roles: ['moderator'] });
});
afterAll(() => t.close());

const MISSING = '00000000-0000-4000-8000-000000000000';

async function send(user: TestUser, payload: Record<string, unknown> = { type: 'bug', body: 'The timer froze' }) {
  const res = await user.inject({ method: 'POST', url: '/api/feedback', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as { id: string; title: string };
}

const triage = (user: TestUser, id: string, payload: Record<string, unknown>) =>
  user.inject({ method: 'PATCH', url: `/api/admin/feedback/${id}`, payload });

interface Listed {
  id: string;
  author: { id: string };
}

/** Every page of an admin list, following its cursors. */
async function allPages(user: TestUser, url: string): Promise<Listed[]> {
  const seen: Listed[] = [];
  let cursor: string | null = null;
  do {
    const res = await user.inject({ method: 'GET', url: `${url}${cursor ? `&cursor=${cursor}` : ''}` });
    expect(res.statusCode, res.body).toBe(200);
    seen.push(...res.json().data);
    cursor = res.json().page.next_cursor;
  } while (cursor);
  return seen;
}

describe('feedback triage: who may', () => {
  it('refuses a plain user every triage route with 403, and changes nothing', async () => {
    const user = await signUp(t);
    const item = await send(user);
    for (const res of [
      await user.inject({ method: 'GET', url: '/api/admin/feedback' }),
      await user.inject({ method: 'GET', url: `/api/admin/feedback/${item.id}` }),
      await triage(user, item.id, { status: 'resolved', admin_response: 'Done' }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    const [row] = await t.database.db.select().from(feedback).where(eq(feedback.id, item.id));
    expect(row).toMatchObject({ status: 'open', admin_response: null });
  });

  it('lets a moderator and an admin (who inherits it) read and triage', async () => {
    const admin = await signUp(t, { roles: ['admin'] });
    const item = await send(await signUp(t));
    for (const who of [moderator, admin]) {
      expect((await who.inject({ method: 'GET', url: '/api/admin/feedback' })).statusCode).toBe(200);
      expect((await who.inject({ method: 'GET', url: `/api/admin/feedback/${item.id}` })).statusCode).toBe(200);
      expect((await triage(who, item.id, { priority: 'high' })).statusCode).toBe(200);
    }
  });
});

describe('GET /api/admin/feedback', () => {
  it('lists every user’s feedback newest first, with its author, priority and response, a page at a time', async () => {
    const ann = await signUp(t, { name: 'Ann Admin-Test' });
    const bob = await signUp(t, { name: 'Bob Admin-Test' });
    t.clock.advance(1_000);
    const a = await send(ann, { type: 'bug', body: 'Ann first' });
    t.clock.advance(1_000);
    const b = await send(bob, { type: 'praise', body: 'Bob second' });
    t.clock.advance(1_000);
    const c = await send(ann, { type: 'feature', body: 'Ann third' });
    t.clock.advance(1_000);

    const first = (await moderator.inject({ method: 'GET', url: '/api/admin/feedback?limit=2' })).json();
    expect(first.data.map((f: { id: string }) => f.id)).toEqual([c.id, b.id]);
    expect(first.data[0]).toMatchObject({
      type: 'feature',
      body: 'Ann third',
      status: 'open',
      priority: 'normal',
      admin_response: null,
      responded_at: null,
      author: { id: ann.id, name: 'Ann Admin-Test' },
    });
    expect(first.data[1].author).toEqual({ id: bob.id, name: 'Bob Admin-Test' });
    const ids = (await allPages(moderator, '/api/admin/feedback?limit=2')).map((f) => f.id);
    expect(ids.slice(0, 3)).toEqual([c.id, b.id, a.id]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('filters by status, type and priority, alone or together, across pages', async () => {
    const user = await signUp(t);
    const bugs: { id: string }[] = [];
    for (const body of ['bug one', 'bug two', 'bug three']) {
      bugs.push(await send(user, { type: 'bug', body }));
      t.clock.advance(1_000);
    }
    const idea = await send(user, { type: 'feature', body: 'an idea' });
    t.clock.advance(1_000);
    const [b1, b2, b3] = bugs as [{ id: string }, { id: string }, { id: string }];
    expect((await triage(moderator, b1.id, { status: 'triaged', priority: 'urgent' })).statusCode).toBe(200);
    expect((await triage(moderator, b3.id, { status: 'triaged', priority: 'urgent' })).statusCode).toBe(200);
    expect((await triage(moderator, idea.id, { status: 'triaged', priority: 'low' })).statusCode).toBe(200);

    const ofUser = async (query: string) =>
      (await allPages(moderator, `/api/admin/feedback?limit=1&${query}`))
        .filter((f) => f.author.id === user.id)
        .map((f) => f.id);
    expect(await ofUser('type=bug')).toEqual([b3.id, b2.id, b1.id]);
    expect(await ofUser('status=triaged')).toEqual([idea.id, b3.id, b1.id]);
    expect(await ofUser('priority=urgent')).toEqual([b3.id, b1.id]);
    expect(await ofUser('status=triaged&type=bug&priority=urgent')).toEqual([b3.id, b1.id]);
    expect(await ofUser('status=open&type=bug')).toEqual([b2.id]);
    expect(await ofUser('status=resolved&type=feature')).toEqual([]);
  });

  it('answers 400 for a bad filter, limit or cursor', async () => {
    for (const q of ['status=done', 'type=complaint', 'priority=critical', 'limit=0', 'limit=201', 'cursor=nope']) {
      const res = await moderator.inject({ method: 'GET', url: `/api/admin/feedback?${q}` });
      expect(res.statusCode, q).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, q).toBeLessThan(500);
    }
  });
});

describe('GET /api/admin/feedback/:id', () => {
  it('shows any user’s message with its author, and 404 for none', async () => {
    const user = await signUp(t, { name: 'Cleo Admin-Test' });
    const item = await send(user, { type: 'other', body: 'Hello', page: '/habits' });
    const res = await moderator.inject({ method: 'GET', url: `/api/admin/feedback/${item.id}` });
    expect(res.json().data).toMatchObject({
      id: item.id,
      type: 'other',
      body: 'Hello',
      priority: 'normal',
      context: { page: '/habits' },
      author: { id: user.id, name: 'Cleo Admin-Test' },
    });
    expect((await moderator.inject({ method: 'GET', url: `/api/admin/feedback/${MISSING}` })).statusCode).toBe(404);
    expect((await moderator.inject({ method: 'GET', url: '/api/admin/feedback/nope' })).statusCode).toBe(400);
  });
});

describe('PATCH /api/admin/feedback/:id', () => {
  it('answers the author: their list shows the response and their inbox tells them, with a link', async () => {
    const user = await signUp(t);
    const item = await send(user, { type: 'bug', title: 'Timer froze', body: 'The timer froze at 12:00' });
    t.clock.advance(60_000);
    const answeredAt = t.clock.now().toISOString();
    const res = await triage(moderator, item.id, { status: 'resolved', admin_response: 'Fixed in 1.2, thank you!' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({
      status: 'resolved',
      admin_response: 'Fixed in 1.2, thank you!',
      responded_at: answeredAt,
      updated_at: answeredAt,
    });

    const mine = (await user.inject({ method: 'GET', url: '/api/feedback' })).json().data;
    expect(mine).toEqual([
      expect.objectContaining({
        id: item.id,
        status: 'resolved',
        admin_response: 'Fixed in 1.2, thank you!',
        responded_at: answeredAt,
      }),
    ]);
    expect(mine[0]).not.toHaveProperty('priority');

    const inbox = (await user.inject({ method: 'GET', url: '/api/inbox' })).json().data;
    expect(inbox).toEqual([
      expect.objectContaining({
        kind: 'system',
        title: 'Your feedback was answered',
        data: expect.objectContaining({ event: 'feedback_response', link: '/feedback', feedback_id: item.id }),
      }),
    ]);
    // The moderator's own inbox is untouched.
    const theirs = (await moderator.inject({ method: 'GET', url: '/api/inbox' })).json().data;
    expect(theirs.filter((i: { data: { feedback_id?: string } }) => i.data.feedback_id === item.id)).toEqual([]);
  });

  it('records what changed in the audit log, never the response’s text', async () => {
    const user = await signUp(t);
    const item = await send(user);
    await triage(moderator, item.id, { priority: 'high', admin_response: 'A secret-ish answer' });
    await triage(moderator, item.id, { status: 'planned', admin_response: 'A better answer' });
    const rows = await t.database.db
      .select()
      .from(audit_log)
      .where(and(eq(audit_log.resource_type, 'feedback'), eq(audit_log.resource_id, item.id)))
      .orderBy(audit_log.created_at, audit_log.id);
    expect(rows.map((r) => ({ user: r.user_id, type: r.event_type, action: r.action, details: r.details }))).toEqual([
      {
        user: moderator.id,
        type: 'admin_action',
        action: 'feedback.triage',
        details: { priority: { from: 'normal', to: 'high' }, response: 'set' },
      },
      {
        user: moderator.id,
        type: 'admin_action',
        action: 'feedback.triage',
        details: { status: { from: 'open', to: 'planned' }, response: 'changed' },
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain('answer');
  });

  it('tells the author again when the response changes, and not for a status or the same response', async () => {
    const user = await signUp(t);
    const item = await send(user);
    const notes = async () => (await user.inject({ method: 'GET', url: '/api/inbox' })).json().data.length;
    await triage(moderator, item.id, { admin_response: 'Looking into it' });
    t.clock.advance(1_000);
    await triage(moderator, item.id, { status: 'in_progress' });
    await triage(moderator, item.id, { admin_response: 'Looking into it' });
    expect(await notes()).toBe(1);
    t.clock.advance(1_000);
    const res = await triage(moderator, item.id, { admin_response: 'Fixed now' });
    expect(res.json().data.responded_at).toBe(t.clock.now().toISOString());
    expect(await notes()).toBe(2);
  });

  it('changes nothing and records nothing when the values are the ones stored', async () => {
    const item = await send(await signUp(t));
    const before = (await moderator.inject({ method: 'GET', url: `/api/admin/feedback/${item.id}` })).json().data;
    t.clock.advance(1_000);
    const res = await triage(moderator, item.id, { status: 'open', priority: 'normal' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual(before);
    const rows = await t.database.db.select().from(audit_log).where(eq(audit_log.resource_id, item.id));
    expect(rows).toEqual([]);
  });

  it('answers 422 for a bad body and 404 for no message, writing nothing', async () => {
    const user = await signUp(t);
    const item = await send(user);
    for (const payload of [
      {},
      { status: 'done' },
      { priority: 'critical' },
      { admin_response: '' },
      { admin_response: '   ' },
      { admin_response: 'x'.repeat(5001) },
      { admin_response: 'ok', title: 'changed' },
      { status: 'resolved', body: 'rewritten' },
    ]) {
      const res = await triage(moderator, item.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
    }
    expect((await triage(moderator, MISSING, { status: 'closed' })).statusCode).toBe(404);
    const [row] = await t.database.db.select().from(feedback).where(eq(feedback.id, item.id));
    expect(row).toMatchObject({ status: 'open', priority: 'normal', admin_response: null, responded_at: null });
    expect((await user.inject({ method: 'GET', url: '/api/inbox' })).json().data).toEqual([]);
    expect(await t.database.db.select().from(audit_log).where(eq(audit_log.resource_id, item.id))).toEqual([]);
  });

  it('accepts a response of 5000 characters', async () => {
    const item = await send(await signUp(t));
    const res = await triage(moderator, item.id, { admin_response: 'y'.repeat(5000) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.admin_response).toHaveLength(5000);
  });
});
