import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit_log } from '../../platform/audit.tables';
import { injectUpload, wav } from '../../test/audio';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { track_analyses } from '../reference/reference.tables';

let t: TestApp;
let admin: TestUser;
let owners: TestUser[];
/** Track id → its first analysis's id, one track per state the test gives it. */
const jobs: Record<'queued' | 'running' | 'failed' | 'cancelled' | 'completed', { track: string; id: string }> =
  {} as never;

interface Listed {
  id: string;
  track: { id: string; title: string };
  owner_id: string;
  status: string;
  attempts: number;
  error: string | null;
  created_at: string;
}

beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '1000' } });
  admin = await signUp(t, { roles: ['admin'] });
  owners = [await signUp(t), await signUp(t)];
  const states = ['queued', 'running', 'failed', 'cancelled', 'completed'] as const;
  for (const [i, state] of states.entries()) {
    const owner = owners[i % 2] as TestUser;
    const track = await injectUpload(owner, `${state}.wav`, wav({ seconds: 0.2 }));
    const [row] = await t.database.db.select().from(track_analyses).where(eq(track_analyses.track_id, track));
    if (!row) throw new Error('the upload queued no analysis');
    const now = t.clock.now();
    const changes = {
      queued: { status: 'queued' },
      running: { status: 'running', attempts: 1, started_at: now, locked_until: new Date(now.getTime() + 60_000) },
      failed: { status: 'failed', attempts: 4, started_at: now, error: 'The file could not be decoded.' },
      cancelled: { status: 'cancelled' },
      completed: { status: 'completed', attempts: 1, started_at: now, completed_at: now, progress: 100, results: {} },
    }[state];
    await t.database.db.update(track_analyses).set(changes).where(eq(track_analyses.id, row.id));
    jobs[state] = { track, id: row.id };
    t.clock.advance(1000);
  }
});
afterAll(() => t.close());

const MISSING = '00000000-0000-4000-8000-000000000000';

const list = (user: TestUser, query = '') => user.inject({ method: 'GET', url: `/api/admin/analyses${query}` });
const act = (user: TestUser, id: string, action: 'retry' | 'cancel') =>
  user.inject({ method: 'POST', url: `/api/admin/analyses/${id}/${action}` });

async function allPages(url: string): Promise<Listed[]> {
  const seen: Listed[] = [];
  let cursor: string | null = null;
  do {
    const res = await admin.inject({ method: 'GET', url: `${url}${cursor ? `&cursor=${cursor}` : ''}` });
    expect(res.statusCode, res.body).toBe(200);
    seen.push(...res.json().data);
    cursor = res.json().page.next_cursor;
  } while (cursor);
  return seen;
}

async function audited(id: string) {
  return t.database.db
    .select()
    .from(audit_log)
    .where(and(eq(audit_log.resource_type, 'track_analysis'), eq(audit_log.resource_id, id)));
}

describe('GET /api/admin/analyses', () => {
  it('lists every user’s analyses newest first, with track, owner, status, attempts and error', async () => {
    const res = await list(admin);
    expect(res.statusCode, res.body).toBe(200);
    const data: Listed[] = res.json().data;
    const ours = data.filter((a) => Object.values(jobs).some((j) => j.id === a.id));
    expect(ours.map((a) => a.status)).toEqual(['completed', 'cancelled', 'failed', 'running', 'queued']);
    expect(new Set(ours.map((a) => a.owner_id))).toEqual(new Set(owners.map((o) => o.id)));
    expect(ours.find((a) => a.status === 'failed')).toMatchObject({
      track: { id: jobs.failed.track, title: expect.any(String) },
      attempts: 4,
      error: 'The file could not be decoded.',
    });
    const created = data.map((a) => a.created_at);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('filters by status and pages by cursor without gaps or repeats', async () => {
    for (const status of ['queued', 'running', 'failed', 'cancelled', 'completed'] as const) {
      const res = await list(admin, `?status=${status}`);
      expect(res.statusCode, res.body).toBe(200);
      const data: Listed[] = res.json().data;
      expect(data.every((a) => a.status === status)).toBe(true);
      expect(data.map((a) => a.id)).toContain(jobs[status].id);
    }
    const whole: Listed[] = (await list(admin, '?limit=200')).json().data;
    const paged = await allPages('/api/admin/analyses?limit=2');
    expect(paged.map((a) => a.id)).toEqual(whole.map((a) => a.id));
  });

  it('refuses a bad status, limit or cursor with 400', async () => {
    for (const query of ['?status=done', '?limit=0', '?limit=500', '?cursor=nonsense']) {
      expect((await list(admin, query)).statusCode, query).toBe(400);
    }
  });

  it('refuses a plain user and a moderator', async () => {
    const moderator = await signUp(t, { roles: ['moderator'] });
    for (const who of [owners[0] as TestUser, moderator]) {
      expect((await list(who)).statusCode).toBe(403);
      expect((await act(who, jobs.failed.id, 'retry')).statusCode).toBe(403);
      expect((await act(who, jobs.queued.id, 'cancel')).statusCode).toBe(403);
    }
  });
});

describe('POST /api/admin/analyses/:id/retry and /cancel', () => {
  it('cancels a queued and a running analysis, audited, and refuses to cancel one that ended with 409', async () => {
    for (const job of [jobs.queued, jobs.running]) {
      const res = await act(admin, job.id, 'cancel');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data).toMatchObject({ id: job.id, status: 'cancelled' });
      expect(await audited(job.id)).toMatchObject([{ user_id: admin.id, action: 'analysis.cancel' }]);
    }
    for (const job of [jobs.completed, jobs.failed, jobs.queued]) {
      expect((await act(admin, job.id, 'cancel')).statusCode).toBe(409);
    }
  });

  it('queues a failed or cancelled analysis’s track again, due now, audited; 409 for any other', async () => {
    for (const job of [jobs.failed, jobs.cancelled]) {
      const res = await act(admin, job.id, 'retry');
      expect(res.statusCode, res.body).toBe(200);
      const queued: Listed = res.json().data;
      expect(queued).toMatchObject({ track: { id: job.track }, status: 'queued', attempts: 0, error: null });
      const [row] = await t.database.db.select().from(track_analyses).where(eq(track_analyses.id, queued.id));
      expect(row?.run_after.getTime()).toBeLessThanOrEqual(t.clock.now().getTime());
      const [record] = await audited(job.id);
      expect(record).toMatchObject({ user_id: admin.id, action: 'analysis.retry' });
      expect(record?.details).toMatchObject({ queued_id: queued.id, track_id: job.track });
    }
    const open = (await list(admin, '?status=queued&limit=200')).json().data as Listed[];
    expect(open.map((a) => a.track.id)).toEqual(expect.arrayContaining([jobs.failed.track, jobs.cancelled.track]));
    expect((await act(admin, jobs.completed.id, 'retry')).statusCode).toBe(409);
    expect((await act(admin, open[0]?.id ?? MISSING, 'retry')).statusCode).toBe(409);
  });

  it('answers 404 for an unknown analysis and 400 for a malformed id', async () => {
    for (const action of ['retry', 'cancel'] as const) {
      expect((await act(admin, MISSING, action)).statusCode).toBe(404);
      expect((await act(admin, 'nope', action)).statusCode).toBe(400);
    }
  });
});
