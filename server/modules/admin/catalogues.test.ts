import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { seedCatalogue } from '../../db/seed';
import { audit_log } from '../../platform/audit.tables';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: TestUser;
let plain: TestUser;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '1000' } });
  admin = await signUp(t, { roles: ['admin'] });
  plain = await signUp(t);
});
afterAll(() => t.close());
beforeEach(() => t.clock.set('2026-01-15T12:00:00Z'));

const MISSING = '00000000-0000-4000-8000-000000000000';
const url = (catalogue: string, id?: string) => `/api/admin/catalogues/${catalogue}${id ? `/${id}` : ''}`;

interface Row {
  id: string;
  key: string;
  is_active: boolean;
  admin_edited_at: string | null;
  [field: string]: unknown;
}

async function rows(catalogue: string): Promise<Row[]> {
  const res = await admin.inject({ method: 'GET', url: url(catalogue) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}
async function seeded(catalogue: string, key: string): Promise<Row> {
  const row = (await rows(catalogue)).find((r) => r.key === key);
  if (!row) throw new Error(`no ${key} in ${catalogue}`);
  return row;
}
async function create(catalogue: string, payload: Record<string, unknown>): Promise<Row> {
  const res = await admin.inject({ method: 'POST', url: url(catalogue), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}
const patch = (catalogue: string, id: string, payload: Record<string, unknown>, who = admin) =>
  who.inject({ method: 'PATCH', url: url(catalogue, id), payload });
const remove = (catalogue: string, id: string, who = admin) =>
  who.inject({ method: 'DELETE', url: url(catalogue, id) });

const auditOf = (resourceId: string) =>
  t.database.db
    .select()
    .from(audit_log)
    .where(and(eq(audit_log.event_type, 'admin_action'), eq(audit_log.resource_id, resourceId)));

async function userQuest(user: TestUser, key: string) {
  const res = await user.inject({ method: 'GET', url: '/api/quests/universal' });
  expect(res.statusCode).toBe(200);
  return (res.json().data as { key: string; title: string; target: number }[]).find((q) => q.key === key);
}

const quest = (key: string) => ({
  key,
  title: 'Show up',
  description: 'Do anything rewarded today.',
  period: 'daily',
  target_type: 'streak_days',
  target: 1,
});

describe('catalogues: who may', () => {
  it('refuses a plain user and a moderator every catalogue route with 403, and lets an admin in', async () => {
    const moderator = await signUp(t, { roles: ['moderator'] });
    const row = await seeded('quests', 'daily_focus');
    for (const who of [plain, moderator]) {
      for (const res of [
        await who.inject({ method: 'GET', url: url('quests') }),
        await who.inject({ method: 'GET', url: url('quests', row.id) }),
        await who.inject({ method: 'POST', url: url('quests'), payload: quest('who_may') }),
        await patch('quests', row.id, { title: 'Hijacked' }, who),
        await remove('quests', row.id, who),
        await who.inject({ method: 'GET', url: url('market-items') }),
      ]) {
        expect(res.statusCode).toBe(403);
      }
    }
    expect((await seeded('quests', 'daily_focus')).title).toBe(row.title);
  });
});

describe('GET /api/admin/catalogues/:catalogue', () => {
  it('lists every row of each catalogue, seeded ones included', async () => {
    for (const [catalogue, key] of [
      ['quests', 'daily_focus'],
      ['achievements', 'first_focus'],
      ['skills', 'focus'],
      ['market-items', 'streak_shield'],
      ['listening-templates', 'mono_check'],
    ] as const) {
      const found = (await rows(catalogue)).find((r) => r.key === key);
      expect(found, `${catalogue} ${key}`).toMatchObject({ key, admin_edited_at: null });
    }
    for (const catalogue of ['learn-topics', 'learn-lessons', 'learn-drills', 'listening-presets']) {
      expect((await rows(catalogue)).length, catalogue).toBeGreaterThan(0);
    }
  });

  it('answers one row by id, and 404 for an id that is not there', async () => {
    const row = await seeded('skills', 'focus');
    const one = await admin.inject({ method: 'GET', url: url('skills', row.id) });
    expect(one.json().data).toEqual(row);
    const missing = await admin.inject({ method: 'GET', url: url('skills', MISSING) });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });
});

describe('editing a seeded universal quest', () => {
  it('shows the change on the users’ quests at once, marks the row, and audits who changed what', async () => {
    const row = await seeded('quests', 'daily_habit_check');
    expect((await userQuest(plain, 'daily_habit_check'))?.title).toBe(row.title);

    const res = await patch('quests', row.id, { title: 'Check in on a habit', target: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ title: 'Check in on a habit', target: 2, key: 'daily_habit_check' });
    expect(res.json().data.admin_edited_at).toBe('2026-01-15T12:00:00.000Z');

    await expect.poll(async () => (await userQuest(plain, 'daily_habit_check'))?.title).toBe('Check in on a habit');
    expect((await userQuest(plain, 'daily_habit_check'))?.target).toBe(2);

    const [entry, ...more] = await auditOf(row.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      user_id: admin.id,
      action: 'catalogue.update',
      resource_type: 'universal_quest',
      resource_id: row.id,
      status: 'success',
      details: { catalogue: 'quests', key: 'daily_habit_check', fields: ['title', 'target'] },
    });
  });

  it('survives a restart, whose seed still restores the rows no admin changed', async () => {
    const edited = await seeded('quests', 'daily_move');
    const untouched = await seeded('quests', 'daily_deep_focus');
    expect((await patch('quests', edited.id, { title: 'Move a little', xp_reward: 5 })).statusCode).toBe(200);
    // An operator's hand edit, not an admin's: the seed puts it back.
    await t.database.db.execute(`update universal_quests set title = 'Scribbled' where key = 'daily_deep_focus'`);

    // What a start does (server/main.ts), then a new server on the same database.
    await migrate(t.database);
    await seedCatalogue(t.database);
    const restarted = await createTestApp({ database: t.database });
    try {
      const newcomer = await signUp(restarted);
      expect(await userQuest(newcomer, 'daily_move')).toMatchObject({ title: 'Move a little' });
      expect((await userQuest(newcomer, 'daily_deep_focus'))?.title).toBe(untouched.title);
    } finally {
      await restarted.close();
    }
    expect(await seeded('quests', 'daily_move')).toMatchObject({ title: 'Move a little', xp_reward: 5 });
  });

  it('deactivating it takes it off the users’ quests; the admin list still has it', async () => {
    const row = await seeded('quests', 'weekly_focus');
    expect(await userQuest(plain, 'weekly_focus')).toBeDefined();
    expect((await patch('quests', row.id, { is_active: false })).statusCode).toBe(200);
    await expect.poll(async () => userQuest(plain, 'weekly_focus')).toBeUndefined();
    expect((await seeded('quests', 'weekly_focus')).is_active).toBe(false);
  });

  it('changes nothing and records nothing when the values are the stored ones', async () => {
    const row = await seeded('quests', 'monthly_focus');
    const res = await patch('quests', row.id, { title: row.title, target: row.target });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.admin_edited_at).toBeNull();
    expect(await auditOf(row.id)).toEqual([]);
  });

  it('refuses a new key, an unknown skill, a bad period and an empty change with 422, writing nothing', async () => {
    const row = await seeded('quests', 'weekly_workouts');
    for (const payload of [{ key: 'renamed' }, { skill_key: 'juggling' }, { period: 'yearly' }, {}, { target: 0 }]) {
      const res = await patch('quests', row.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
    }
    expect(await seeded('quests', 'weekly_workouts')).toEqual(row);
    expect(await auditOf(row.id)).toEqual([]);
  });

  it('answers 404 for a quest that is not there', async () => {
    expect((await patch('quests', MISSING, { title: 'Nobody' })).statusCode).toBe(404);
    expect((await remove('quests', MISSING)).statusCode).toBe(404);
  });
});

describe('what users see after an edit', () => {
  it('an achievement’s new name, and a deactivated lesson gone from its topic and its own page', async () => {
    const achievement = await seeded('achievements', 'first_focus');
    expect((await patch('achievements', achievement.id, { name: 'The first of many' })).statusCode).toBe(200);
    await expect
      .poll(async () => {
        const res = await plain.inject({ method: 'GET', url: '/api/gamification/achievements' });
        return (res.json().data as { key: string; name: string }[]).find((a) => a.key === 'first_focus')?.name;
      })
      .toBe('The first of many');

    const lesson = (await rows('learn-lessons')).find((l) => l.is_active) as Row;
    const lessonsOfTopic = async () => {
      const res = await plain.inject({ method: 'GET', url: `/api/learn/topics/${lesson.topic_id}` });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().data.lessons as { id: string }[]).map((l) => l.id);
    };
    expect(await lessonsOfTopic()).toContain(lesson.id);
    expect((await patch('learn-lessons', lesson.id, { is_active: false })).statusCode).toBe(200);
    await expect.poll(lessonsOfTopic).not.toContain(lesson.id);
    expect((await plain.inject({ method: 'GET', url: `/api/learn/lessons/${lesson.id}` })).statusCode).toBe(404);
  });
});

describe('creating and deleting', () => {
  it('creates a quest users see, audited; a taken key is 409', async () => {
    const row = await create('quests', { ...quest('admin_show_up'), skill_key: 'discipline', xp_reward: 30 });
    expect(row).toMatchObject({ key: 'admin_show_up', is_active: true, sort_order: 0, icon: 'target', coin_reward: 0 });
    expect(row.admin_edited_at).not.toBeNull();
    await expect.poll(async () => (await userQuest(plain, 'admin_show_up'))?.title).toBe('Show up');
    expect(await auditOf(row.id)).toMatchObject([
      {
        user_id: admin.id,
        action: 'catalogue.create',
        resource_type: 'universal_quest',
        details: { key: 'admin_show_up' },
      },
    ]);

    const again = await admin.inject({ method: 'POST', url: url('quests'), payload: quest('admin_show_up') });
    expect(again.statusCode).toBe(409);
    const seededKey = await admin.inject({ method: 'POST', url: url('quests'), payload: quest('daily_focus') });
    expect(seededKey.statusCode).toBe(409);
  });

  it('deletes a quest nobody worked on; one a user progressed on is 409 in_use and stays, to be deactivated', async () => {
    const unused = await create('quests', quest('admin_unused'));
    expect((await remove('quests', unused.id)).statusCode).toBe(204);
    expect((await admin.inject({ method: 'GET', url: url('quests', unused.id) })).statusCode).toBe(404);
    expect((await auditOf(unused.id)).map((e) => e.action)).toEqual(['catalogue.create', 'catalogue.delete']);

    const used = await create('quests', quest('admin_used'));
    const user = await signUp(t);
    const goal = (await user.inject({ method: 'POST', url: '/api/goals', payload: { title: 'Goal' } })).json().data;
    const step = await user.inject({
      method: 'POST',
      url: `/api/goals/${goal.id}/milestones`,
      payload: { title: 'Step' },
    });
    const milestone = step.json().data.milestone;
    expect(
      (await user.inject({ method: 'POST', url: `/api/goals/milestones/${milestone.id}/complete` })).statusCode,
    ).toBe(200);
    await expect.poll(async () => (await userQuest(user, 'admin_used')) as unknown).toMatchObject({ progress: 1 });

    const refused = await remove('quests', used.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('in_use');
    expect((await admin.inject({ method: 'GET', url: url('quests', used.id) })).statusCode).toBe(200);
    expect((await patch('quests', used.id, { is_active: false })).statusCode).toBe(200);
    expect((await auditOf(used.id)).map((e) => e.action).sort()).toEqual(['catalogue.create', 'catalogue.update']);
  });

  it('never deletes a skill: the reward rules award each one', async () => {
    const row = await seeded('skills', 'creativity');
    const res = await remove('skills', row.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('in_use');
    const made = await admin.inject({
      method: 'POST',
      url: url('skills'),
      payload: { key: 'juggling', name: 'Juggling', description: 'Balls.', icon: 'circle', color: '#112233' },
    });
    expect(made.statusCode).toBe(422);
  });
});

describe('rules across fields and catalogues', () => {
  it('checks an achievement’s trigger against its type, on the row as it would be stored, and its reward item', async () => {
    const base = {
      key: 'admin_ten_focus',
      name: 'Ten sessions',
      description: 'Ten focus sessions.',
      category: 'focus',
      trigger_type: 'count',
      trigger_config: { event: 'focus_complete', count: 10 },
    };
    const wrong = await admin.inject({
      method: 'POST',
      url: url('achievements'),
      payload: { ...base, trigger_config: { days: 3 } },
    });
    expect(wrong.statusCode).toBe(422);
    expect(
      wrong
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .join(),
    ).toContain('trigger_config');
    const noItem = await admin.inject({
      method: 'POST',
      url: url('achievements'),
      payload: { ...base, reward_item_key: 'no_such_item' },
    });
    expect(noItem.statusCode).toBe(422);
    expect(noItem.json().error.details).toEqual([{ path: 'reward_item_key', message: 'No market item has this key' }]);

    const row = await create('achievements', { ...base, reward_item_key: 'streak_shield' });
    // Changing the type alone leaves a config of the old type: refused.
    expect((await patch('achievements', row.id, { trigger_type: 'streak' })).statusCode).toBe(422);
    const both = await patch('achievements', row.id, {
      trigger_type: 'streak',
      trigger_config: { streak_type: 'focus', days: 7 },
    });
    expect(both.statusCode, both.body).toBe(200);
    expect(await auditOf(row.id)).toHaveLength(2);
  });

  it('checks a market item’s effect against its category, and its sale window', async () => {
    const base = {
      key: 'admin_theme_dusk',
      name: 'Dusk',
      description: 'A dusky theme.',
      category: 'theme',
      cost_coins: 100,
      effect: { type: 'theme', theme: 'theme_dusk' },
    };
    const mismatch = await admin.inject({
      method: 'POST',
      url: url('market-items'),
      payload: { ...base, effect: { type: 'streak_shield', days: 1 } },
    });
    expect(mismatch.statusCode).toBe(422);
    const badEffect = await admin.inject({
      method: 'POST',
      url: url('market-items'),
      payload: { ...base, effect: { type: 'theme', theme: 'Dusk!' } },
    });
    expect(badEffect.statusCode).toBe(422);
    const window = await admin.inject({
      method: 'POST',
      url: url('market-items'),
      payload: { ...base, available_from: '2026-02-01T00:00:00Z', available_until: '2026-01-01T00:00:00Z' },
    });
    expect(window.statusCode).toBe(422);
    const row = await create('market-items', { ...base, stock: 5 });
    expect(row).toMatchObject({ rarity: 'common', stock: 5, level_required: 1 });
    const res = await userMarketItem(row.key);
    expect(res).toMatchObject({ name: 'Dusk' });
    expect((await remove('market-items', row.id)).statusCode).toBe(204);
  });

  it('keeps a market item someone bought: 409 in_use', async () => {
    const row = await create('market-items', {
      key: 'admin_cheap_shield',
      name: 'Cheap shield',
      description: 'One day.',
      category: 'streak_shield',
      cost_coins: 0,
      effect: { type: 'streak_shield', days: 1 },
    });
    const buyer = await signUp(t);
    const bought = await buyer.inject({
      method: 'POST',
      url: '/api/market/purchase',
      payload: { item_key: row.key },
    });
    expect(bought.statusCode, bought.body).toBe(201);
    const res = await remove('market-items', row.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('in_use');
  });

  it('checks a lesson’s topic and quiz, and a drill’s config against its type', async () => {
    const topic = await create('learn-topics', { key: 'admin_topic', name: 'Admin topic', description: 'For tests.' });
    const lesson = {
      key: 'admin_lesson',
      topic_id: topic.id,
      title: 'A lesson',
      summary: 'Short.',
      content_markdown: '# Hello\n\nText.',
      quiz: [{ kind: 'single', question: 'Two?', choices: ['1', '2'], answers: [1], explanation: 'Two.' }],
    };
    const noTopic = await admin.inject({
      method: 'POST',
      url: url('learn-lessons'),
      payload: { ...lesson, topic_id: MISSING },
    });
    expect(noTopic.statusCode).toBe(422);
    expect(noTopic.json().error.details).toEqual([{ path: 'topic_id', message: 'No learn topic has this id' }]);
    const badQuiz = await admin.inject({
      method: 'POST',
      url: url('learn-lessons'),
      payload: { ...lesson, quiz: [{ ...lesson.quiz[0], answers: [5] }] },
    });
    expect(badQuiz.statusCode).toBe(422);
    const made = await create('learn-lessons', lesson);
    expect(made).toMatchObject({ difficulty: 'beginner', duration_minutes: 5 });

    const interval = (await rows('learn-drills')).find((d) => d.drill_type === 'interval') as Row;
    const drill = {
      key: 'admin_drill',
      topic_id: topic.id,
      title: 'A drill',
      description: 'Listen.',
      drill_type: 'interval',
      config: interval.config,
    };
    const badConfig = await admin.inject({
      method: 'POST',
      url: url('learn-drills'),
      payload: { ...drill, config: { nonsense: true } },
    });
    expect(badConfig.statusCode).toBe(422);
    expect(badConfig.json().error.details[0].path).toMatch(/^config/);
    await create('learn-drills', drill);

    // The topic has content now: it stays.
    const res = await remove('learn-topics', topic.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('in_use');
  });

  it('checks a listening preset’s config against its type, and keeps a template that has presets', async () => {
    const template = await create('listening-templates', {
      key: 'admin_template',
      title: 'Listen for it',
      description: 'Something.',
      category: 'stereo',
      prompt: 'What do you hear?',
      tags: ['width'],
    });
    const preset = {
      key: 'admin_band',
      template_id: template.id,
      name: 'Lows',
      description: 'The low end.',
      preset_type: 'focus_band',
    };
    const bad = await admin.inject({
      method: 'POST',
      url: url('listening-presets'),
      payload: { ...preset, config: { low_hz: 500, high_hz: 100 } },
    });
    expect(bad.statusCode).toBe(422);
    const made = await create('listening-presets', { ...preset, config: { low_hz: 20, high_hz: 120 } });
    expect((await remove('listening-templates', template.id)).statusCode).toBe(409);
    expect((await remove('listening-presets', made.id)).statusCode).toBe(204);
    expect((await remove('listening-templates', template.id)).statusCode).toBe(204);
  });
});

async function userMarketItem(key: string) {
  const res = await plain.inject({ method: 'GET', url: `/api/market/items/${key}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}
