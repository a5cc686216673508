import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningPresetConfig } from '#common/catalogue';
import type { ListeningPreset, ListeningTemplate } from '#common/contracts/listening';
import { listeningCategories, listeningDifficulties } from '#common/enums';
import { listeningTemplateSeeds } from '../../db/seed/listening';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { listening_prompt_presets, listening_prompt_templates } from './listening.tables';

let t: TestApp;
let user: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  user = await signUp(t);
});
afterAll(() => t.close());

async function get<T>(url: string): Promise<T> {
  const res = await user.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as T;
}

describe('GET /api/listening/templates', () => {
  it('serves at least twenty active templates over every category, in catalogue order, each complete', async () => {
    const list = await get<ListeningTemplate[]>('/api/listening/templates');
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(new Set(list.map((x) => x.category))).toEqual(new Set(listeningCategories));
    expect(new Set(list.map((x) => x.difficulty))).toEqual(new Set(listeningDifficulties));
    const orders = list.map((x) => x.sort_order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const x of list) {
      expect(x.prompt.length, x.key).toBeGreaterThan(40);
      expect(x.hints.length, x.key).toBeGreaterThanOrEqual(2);
      expect(x.expected_observations.length, x.key).toBeGreaterThanOrEqual(2);
      expect(x.tags.length, x.key).toBeGreaterThanOrEqual(1);
    }
    const kick = list.find((x) => x.key === 'kick_and_bass');
    expect(kick?.presets.map((p) => [p.preset_type, p.config])).toEqual([
      ['focus_band', { low_hz: 30, high_hz: 150 }],
      ['loop', { bars: 4 }],
    ]);
    expect(kick?.presets.every((p) => p.template_id === kick.id)).toBe(true);
  });

  it('filters by category, difficulty and tag, together', async () => {
    const stereo = await get<ListeningTemplate[]>('/api/listening/templates?category=stereo');
    expect(stereo.length).toBeGreaterThan(0);
    expect(stereo.every((x) => x.category === 'stereo')).toBe(true);

    const beginner = await get<ListeningTemplate[]>('/api/listening/templates?difficulty=beginner');
    expect(beginner.length).toBeGreaterThan(0);
    expect(beginner.every((x) => x.difficulty === 'beginner')).toBe(true);

    const vocals = await get<ListeningTemplate[]>('/api/listening/templates?tag=Vocals');
    expect(vocals.map((x) => x.key)).toEqual(
      listeningTemplateSeeds.filter((s) => s.tags.includes('vocals')).map((s) => s.key),
    );

    const both = await get<ListeningTemplate[]>(
      '/api/listening/templates?category=mixing&tag=vocals&difficulty=beginner',
    );
    expect(both.map((x) => x.key)).toEqual(['vocal_level_rides']);
    expect(await get('/api/listening/templates?tag=no-such-tag')).toEqual([]);
  });

  it('answers 400 for an unknown category, difficulty, tag shape or parameter', async () => {
    for (const query of ['category=vocals', 'difficulty=easy', 'tag=low%20end', 'tag=%00', 'sort=title']) {
      const res = await user.inject({ method: 'GET', url: `/api/listening/templates?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBe('bad_request');
    }
  });

  it('leaves out templates an administrator deactivated, and their presets', async () => {
    const [row] = await t.database.db
      .update(listening_prompt_templates)
      .set({ is_active: false })
      .where(eq(listening_prompt_templates.key, 'air_band'))
      .returning();
    try {
      const list = await get<ListeningTemplate[]>('/api/listening/templates');
      expect(list.map((x) => x.key)).not.toContain('air_band');
      for (const url of [`/api/listening/templates/${row?.id}`, '/api/listening/templates/air_band']) {
        const res = await user.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
    } finally {
      await t.database.db
        .update(listening_prompt_templates)
        .set({ is_active: true })
        .where(eq(listening_prompt_templates.key, 'air_band'));
    }
  });

  it('is for signed-in users only', async () => {
    for (const url of ['/api/listening/templates', '/api/listening/templates/mono_check', '/api/listening/presets']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });
});

describe('GET /api/listening/templates/:id', () => {
  it('returns one template by id or by key, with its prompt, hints, observations and presets', async () => {
    const byKey = await get<ListeningTemplate>('/api/listening/templates/mono_check');
    expect(byKey).toMatchObject({ key: 'mono_check', category: 'stereo', difficulty: 'intermediate' });
    expect(byKey.hints.length).toBeGreaterThan(0);
    expect(byKey.presets).toMatchObject([
      { preset_type: 'comparison', config: { mode: 'mono_fold', gain_match: true } },
    ]);
    expect(await get<ListeningTemplate>(`/api/listening/templates/${byKey.id}`)).toEqual(byKey);
    expect(await get<ListeningTemplate>(`/api/listening/templates/${byKey.id.toUpperCase()}`)).toEqual(byKey);
  });

  it('answers 404 for an unknown id or key, and 400 for something that is neither', async () => {
    for (const id of [crypto.randomUUID(), 'no_such_prompt']) {
      const res = await user.inject({ method: 'GET', url: `/api/listening/templates/${id}` });
      expect(res.statusCode, id).toBe(404);
    }
    for (const id of ['Mono-Check', 'x'.repeat(65), '1abc']) {
      const res = await user.inject({ method: 'GET', url: `/api/listening/templates/${id}` });
      expect(res.statusCode, id).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
    }
  });
});

describe('GET /api/listening/presets', () => {
  it('serves every active preset with a valid configuration, grouped by type', async () => {
    const list = await get<ListeningPreset[]>('/api/listening/presets');
    expect(new Set(list.map((p) => p.preset_type))).toEqual(new Set(['focus_band', 'comparison', 'loop']));
    for (const p of list) {
      expect(listeningPresetConfig.safeParse({ preset_type: p.preset_type, config: p.config }).success, p.key).toBe(
        true,
      );
    }
    const types = list.map((p) => p.preset_type);
    expect(types).toEqual([...types].sort());
  });

  it('filters by type, by template, and to the presets that stand alone', async () => {
    const bands = await get<ListeningPreset[]>('/api/listening/presets?type=focus_band');
    expect(bands.length).toBeGreaterThan(0);
    expect(bands.every((p) => p.preset_type === 'focus_band')).toBe(true);

    const standalone = await get<ListeningPreset[]>('/api/listening/presets?template_id=none&type=loop');
    expect(standalone.map((p) => p.config.bars)).toEqual([1, 4, 8, 16]);
    expect(standalone.every((p) => p.template_id === null)).toBe(true);

    const template = await get<ListeningTemplate>('/api/listening/templates/layered_sound');
    const own = await get<ListeningPreset[]>(`/api/listening/presets?template_id=${template.id}`);
    expect(own.map((p) => p.key).sort()).toEqual(template.presets.map((p) => p.key).sort());
  });

  it('leaves out deactivated presets', async () => {
    await t.database.db
      .update(listening_prompt_presets)
      .set({ is_active: false })
      .where(eq(listening_prompt_presets.key, 'band_sub'));
    try {
      const keys = (await get<ListeningPreset[]>('/api/listening/presets')).map((p) => p.key);
      expect(keys).not.toContain('band_sub');
      expect(keys).toContain('band_bass');
    } finally {
      await t.database.db
        .update(listening_prompt_presets)
        .set({ is_active: true })
        .where(eq(listening_prompt_presets.key, 'band_sub'));
    }
  });

  it('answers 400 for an unknown type or a malformed template id', async () => {
    for (const query of ['type=eq', 'template_id=abc', 'template_id=']) {
      const res = await user.inject({ method: 'GET', url: `/api/listening/presets?${query}` });
      expect(res.statusCode, query).toBe(400);
    }
  });
});
