import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogueName, catalogueContracts } from '#common/contracts/admin';
import { audit_log } from '../../platform/audit.tables';
import { injectUpload, wav } from '../../test/audio';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { addItem, fundTo } from '../../test/market';
import { track_analyses } from '../reference/reference.tables';

/**
 * Every admin write, as the API document lists it, done once for real by an admin: each leaves
 * one audit row naming the admin and the target. A new write route fails the first test until it
 * has an entry here.
 */

let t: TestApp;
let admin: TestUser;
let doc: { paths: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '1000' } });
  admin = await signUp(t, { roles: ['super_admin'] });
  doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => t.close());

interface Write {
  url: string;
  payload?: Record<string, unknown>;
  /** The audited target's id; read from the answer when the write creates it. */
  target: string | ((answer: { data: { id: string } }) => string);
}

/** Makes the thing a write acts on, and says how to call it. */
type Arrange = () => Promise<Write>;

async function sendFeedback(): Promise<string> {
  const author = await signUp(t);
  const res = await author.inject({ method: 'POST', url: '/api/feedback', payload: { type: 'bug', body: 'It froze' } });
  return res.json().data.id;
}

async function analysisWith(status: 'failed' | 'queued'): Promise<string> {
  const owner = await signUp(t);
  const track = await injectUpload(owner, `${status}.wav`, wav({ seconds: 0.2 }));
  const [row] = await t.database.db
    .update(track_analyses)
    .set(status === 'failed' ? { status, attempts: 4, error: 'The file could not be decoded.' } : { status })
    .where(eq(track_analyses.track_id, track))
    .returning();
  if (!row) throw new Error('the upload queued no analysis');
  return row.id;
}

async function sessionOf(user: TestUser): Promise<string> {
  const res = await admin.inject({ method: 'GET', url: `/api/admin/sessions?user_id=${user.id}` });
  return res.json().data[0].id;
}

/** A catalogue row to copy: every field a creation takes, from the first row listed. */
async function copyOf(name: CatalogueName): Promise<Record<string, unknown>> {
  const res = await admin.inject({ method: 'GET', url: `/api/admin/catalogues/${name}` });
  const row = res.json().data[0] as Record<string, unknown>;
  const fields = Object.keys(catalogueContracts[name].create.shape).filter((k) => k !== 'key');
  return Object.fromEntries(fields.map((k) => [k, row[k]]));
}

async function createdRow(name: CatalogueName): Promise<string> {
  const res = await admin.inject({
    method: 'POST',
    url: `/api/admin/catalogues/${name}`,
    payload: { ...(await copyOf(name)), key: `audited_${name.replaceAll('-', '_')}_delete` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.id;
}

const catalogueNames = Object.keys(catalogueContracts) as CatalogueName[];
/** Skills are the six the reward rules award, all seeded: none can be added, and none is ever deleted. */
const fixedCatalogues = new Set<CatalogueName>(['skills']);

const writes: Record<string, Arrange> = {
  'PATCH /api/admin/feedback/{id}': async () => {
    const id = await sendFeedback();
    return { url: `/api/admin/feedback/${id}`, payload: { status: 'resolved' }, target: id };
  },
  'POST /api/admin/purchases/{id}/refund': async () => {
    const owner = await signUp(t);
    await fundTo(t, owner.id, 50);
    const item = await addItem(t, { cost_coins: 20 });
    const res = await owner.inject({ method: 'POST', url: '/api/market/purchase', payload: { item_key: item.key } });
    const id = res.json().data.purchase.id;
    return { url: `/api/admin/purchases/${id}/refund`, target: id };
  },
  'POST /api/admin/analyses/{id}/retry': async () => {
    const id = await analysisWith('failed');
    return { url: `/api/admin/analyses/${id}/retry`, target: id };
  },
  'POST /api/admin/analyses/{id}/cancel': async () => {
    const id = await analysisWith('queued');
    return { url: `/api/admin/analyses/${id}/cancel`, target: id };
  },
  'POST /api/admin/users/{id}/disable': async () => {
    const user = await signUp(t);
    return { url: `/api/admin/users/${user.id}/disable`, target: user.id };
  },
  'POST /api/admin/users/{id}/enable': async () => {
    const user = await signUp(t);
    await admin.inject({ method: 'POST', url: `/api/admin/users/${user.id}/disable` });
    return { url: `/api/admin/users/${user.id}/enable`, target: user.id };
  },
  'DELETE /api/admin/users/{id}/sessions': async () => {
    const user = await signUp(t);
    return { url: `/api/admin/users/${user.id}/sessions`, target: user.id };
  },
  'DELETE /api/admin/sessions/{id}': async () => {
    const id = await sessionOf(await signUp(t));
    return { url: `/api/admin/sessions/${id}`, target: id };
  },
  'DELETE /api/admin/users/{id}': async () => {
    const user = await signUp(t);
    return { url: `/api/admin/users/${user.id}`, target: user.id };
  },
  'PUT /api/admin/users/{id}/roles/{role}': async () => {
    const user = await signUp(t);
    return { url: `/api/admin/users/${user.id}/roles/moderator`, payload: {}, target: user.id };
  },
  'DELETE /api/admin/users/{id}/roles/{role}': async () => {
    const user = await signUp(t, { roles: ['moderator'] });
    return { url: `/api/admin/users/${user.id}/roles/moderator`, target: user.id };
  },
};

for (const name of catalogueNames) {
  const base = `/api/admin/catalogues/${name}`;
  writes[`PATCH ${base}/{id}`] = async () => {
    const res = await admin.inject({ method: 'GET', url: base });
    const row = res.json().data[0] as { id: string; sort_order: number };
    return { url: `${base}/${row.id}`, payload: { sort_order: row.sort_order + 1 }, target: row.id };
  };
  if (fixedCatalogues.has(name)) continue;
  writes[`POST ${base}`] = async () => ({
    url: base,
    payload: { ...(await copyOf(name)), key: `audited_${name.replaceAll('-', '_')}` },
    target: (answer) => answer.data.id,
  });
  writes[`DELETE ${base}/{id}`] = async () => {
    const id = await createdRow(name);
    return { url: `${base}/${id}`, target: id };
  };
}

function adminWrites(): string[] {
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/admin/'))
    .flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
}

/** Audit rows with the admin as actor and `target` as the typed target. */
const auditedFor = async (target: string) => {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(audit_log)
    .where(and(eq(audit_log.user_id, admin.id), eq(audit_log.resource_id, target), isNotNull(audit_log.resource_type)));
  return row?.n ?? 0;
};

describe('admin writes', () => {
  it('each have a case here, apart from the creation and deletion of skills', () => {
    const listed = adminWrites();
    const fixed = [...fixedCatalogues].flatMap((name) => [
      `POST /api/admin/catalogues/${name}`,
      `DELETE /api/admin/catalogues/${name}/{id}`,
    ]);
    expect(listed.filter((w) => !(w in writes) && !fixed.includes(w))).toEqual([]);
    expect(Object.keys(writes).filter((w) => !listed.includes(w))).toEqual([]);
  });

  it.each(Object.keys(writes))('%s leaves one audit row naming the admin and the target', async (route) => {
    const [method, path] = route.split(' ') as [string, string];
    const arrange = writes[route] as Arrange;
    const write = await arrange();
    const known = typeof write.target === 'string' ? write.target : null;
    const before = known ? await auditedFor(known) : 0;

    const res = await admin.inject({ method: method as 'POST', url: write.url, payload: write.payload });
    expect(res.statusCode, `${route}: ${res.body}`).toBeLessThan(300);
    const target = known ?? (write.target as (a: { data: { id: string } }) => string)(res.json());

    expect(await auditedFor(target), path).toBe(before + 1);
  });
});
