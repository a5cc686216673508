import { asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementTrigger, listeningPresetConfig, marketItemEffect } from '#common/catalogue';
import {
  exerciseCategories,
  exerciseEquipment,
  exerciseLevels,
  exerciseMeasurements,
  listeningCategories,
  listeningDifficulties,
  type Muscle,
  muscleGroups,
  muscles,
  questTargetTypes,
  skillKeys,
} from '#common/enums';
import { roleNames } from '#common/permissions';
import { LEVEL_GRANTS } from '#common/rules/market';
import { interestKeys } from '#common/settings';
import { openTestDatabase } from '../../test/harness';
import { type Database, queryRows } from '../client';
import {
  achievement_definitions,
  exercises,
  listening_prompt_presets,
  listening_prompt_templates,
  market_items,
  onboarding_flows,
  onboarding_steps,
  role_entitlements,
  roles,
  skill_definitions,
  universal_quests,
} from '../schema';
import { achievementRows } from './achievements';
import { exerciseSeeds } from './exercises';
import { seedCatalogue } from './index';
import { listeningPresetSeeds, listeningTemplateSeeds, seedListening } from './listening';
import { marketSeeds } from './market';
import { ONBOARDING_FLOW_KEY } from './onboarding';
import { questRows } from './quests';
import { upsertByKey } from './upsert';

const classicAchievements = [
  'first_focus',
  'focus_10',
  'focus_100',
  'deep_work',
  'streak_3',
  'streak_7',
  'streak_30',
  'streak_100',
  'first_habit',
  'habit_streak_7',
  'first_book',
  'books_10',
  'first_workout',
  'first_pr',
  'first_lesson',
];
const classicQuests = [
  'daily_focus',
  'daily_habit_check',
  'daily_move',
  'weekly_focus',
  'weekly_perfect_days',
  'weekly_workouts',
  'weekly_reading',
  'monthly_focus',
  'monthly_streak',
];

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/**
 * The seeded rows of each catalogue with their updated_at. Only seeded keys are read, so rows
 * other test files add at the same time (admin tests on a shared server) do not interfere.
 */
async function seededState() {
  const db = database.db;
  const byKey = <T extends { key: string; updated_at: Date }>(rows: T[]) =>
    rows.map((r) => `${r.key}@${r.updated_at.toISOString()}`).sort();
  const achievementKeys = achievementRows().map((r) => r.key);
  const questKeys = questRows().map((r) => r.key);
  const itemKeys = marketSeeds.map((r) => r.key);
  const templateKeys = listeningTemplateSeeds.map((r) => r.key);
  const presetKeys = [...listeningTemplateSeeds.flatMap((r) => r.presets), ...listeningPresetSeeds].map((r) => r.key);
  const exerciseKeys = exerciseSeeds.map((r) => r.key);
  return {
    skills: byKey(
      await db
        .select()
        .from(skill_definitions)
        .where(inArray(skill_definitions.key, [...skillKeys])),
    ),
    achievements: byKey(
      await db.select().from(achievement_definitions).where(inArray(achievement_definitions.key, achievementKeys)),
    ),
    quests: byKey(await db.select().from(universal_quests).where(inArray(universal_quests.key, questKeys))),
    items: byKey(await db.select().from(market_items).where(inArray(market_items.key, itemKeys))),
    listeningTemplates: byKey(
      await db.select().from(listening_prompt_templates).where(inArray(listening_prompt_templates.key, templateKeys)),
    ),
    listeningPresets: byKey(
      await db.select().from(listening_prompt_presets).where(inArray(listening_prompt_presets.key, presetKeys)),
    ),
    exercises: byKey(
      (await db.select().from(exercises).where(inArray(exercises.key, exerciseKeys))).map((r) => ({
        ...r,
        key: r.key ?? '',
      })),
    ),
    steps: (await onboardingSteps()).map((s) => `${s.key}@${s.updated_at.toISOString()}`),
    roles: (
      await db
        .select()
        .from(roles)
        .where(inArray(roles.name, [...roleNames]))
    ).length,
    grants: (
      await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from ${role_entitlements} re join ${roles} r on r.id = re.role_id
            where r.name in ${[...roleNames]}`,
      )
    )[0]?.n,
  };
}

async function onboardingSteps() {
  return database.db
    .select({
      key: onboarding_steps.key,
      config: onboarding_steps.config,
      updated_at: onboarding_steps.updated_at,
    })
    .from(onboarding_steps)
    .innerJoin(onboarding_flows, eq(onboarding_flows.id, onboarding_steps.flow_id))
    .where(eq(onboarding_flows.key, ONBOARDING_FLOW_KEY))
    .orderBy(asc(onboarding_steps.step_order));
}

describe('seedCatalogue', () => {
  it('changes nothing when it runs again: same rows, none rewritten', async () => {
    const before = await seededState();
    await seedCatalogue(database);
    await seedCatalogue(database);
    expect(await seededState()).toEqual(before);
  });

  it('seeds the six skills with 10 stars a level up to level 100', async () => {
    const skills = await database.db.select().from(skill_definitions).orderBy(asc(skill_definitions.sort_order));
    expect(skills.map((s) => s.key)).toEqual([...skillKeys]);
    expect(skills.every((s) => s.stars_per_level === 10 && s.max_level === 100)).toBe(true);
  });

  it('seeds at least 40 valid achievements, including the fifteen classic ones and a few hidden', async () => {
    const rows = await database.db.select().from(achievement_definitions);
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining(classicAchievements));
    for (const row of rows) {
      const trigger = { trigger_type: row.trigger_type, trigger_config: row.trigger_config };
      expect(achievementTrigger.safeParse(trigger).success, row.key).toBe(true);
    }
    expect(rows.filter((r) => r.is_hidden).length).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((r) => r.category)).size).toBeGreaterThanOrEqual(10);
  });

  it('grants only items of the catalogue, from achievements and from levels', async () => {
    const items = new Set((await database.db.select().from(market_items)).map((i) => i.key));
    const granted = (await database.db.select().from(achievement_definitions))
      .map((a) => a.reward_item_key)
      .filter((key) => key !== null);
    expect(granted.length).toBeGreaterThanOrEqual(3);
    for (const key of [...granted, ...Object.values(LEVEL_GRANTS)]) expect(items.has(key), key).toBe(true);
  });

  it('seeds at least 19 universal quests over every period and target type', async () => {
    const rows = await database.db.select().from(universal_quests);
    expect(rows.length).toBeGreaterThanOrEqual(19);
    expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining(classicQuests));
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['daily', 'weekly', 'monthly']));
    expect(new Set(rows.map((r) => r.target_type))).toEqual(new Set(questTargetTypes));
  });

  it('seeds market items whose effects parse: themes, a 1.5× XP boost, a streak shield, cosmetics', async () => {
    const rows = await database.db.select().from(market_items);
    for (const row of rows) expect(marketItemEffect.safeParse(row.effect).success, row.key).toBe(true);
    const categories = new Set(rows.map((r) => r.category));
    expect(categories).toEqual(new Set(['theme', 'boost', 'streak_shield', 'cosmetic']));
    expect(rows.find((r) => r.key === 'xp_boost_1h')?.effect).toEqual({
      type: 'xp_multiplier',
      multiplier: 1.5,
      duration_minutes: 60,
    });
    expect(rows.find((r) => r.key === 'streak_shield')?.is_consumable).toBe(true);
  });

  it('seeds at least 20 listening templates over every category and level, with presets tied to them', async () => {
    const templates = await database.db.select().from(listening_prompt_templates);
    expect(templates.length).toBeGreaterThanOrEqual(20);
    expect(new Set(templates.map((r) => r.category))).toEqual(new Set(listeningCategories));
    expect(new Set(templates.map((r) => r.difficulty))).toEqual(new Set(listeningDifficulties));
    const presets = await database.db.select().from(listening_prompt_presets);
    for (const row of presets) {
      expect(
        listeningPresetConfig.safeParse({ preset_type: row.preset_type, config: row.config }).success,
        row.key,
      ).toBe(true);
    }
    const ids = new Map(templates.map((r) => [r.key, r.id]));
    for (const seed of listeningTemplateSeeds) {
      for (const preset of seed.presets) {
        expect(presets.find((p) => p.key === preset.key)?.template_id, preset.key).toBe(ids.get(seed.key));
      }
    }
    expect(presets.filter((p) => p.template_id === null).length).toBeGreaterThanOrEqual(listeningPresetSeeds.length);
  });

  it('leaves a listening template an administrator deactivated deactivated', async () => {
    const rollback = new Error('rollback');
    await expect(
      database.db.transaction(async (tx) => {
        await tx
          .update(listening_prompt_templates)
          .set({ is_active: false })
          .where(eq(listening_prompt_templates.key, 'mono_check'));
        await seedListening(tx);
        const [row] = await tx
          .select()
          .from(listening_prompt_templates)
          .where(eq(listening_prompt_templates.key, 'mono_check'));
        expect(row?.is_active).toBe(false);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });

  it('seeds at least 150 valid built-in exercises covering every category, muscle group, equipment and level', async () => {
    const rows = await database.db.select().from(exercises).where(isNull(exercises.user_id));
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.name.toLowerCase())).size).toBe(rows.length);
    for (const row of rows) {
      const at = row.key ?? row.name;
      expect(row.key, row.name).toMatch(/^[a-z0-9]+(?:_[a-z0-9]+)*$/);
      expect(exerciseCategories, at).toContain(row.category);
      expect(exerciseLevels, at).toContain(row.level);
      expect(exerciseMeasurements, at).toContain(row.measurement);
      expect(row.primary_muscles.length, at).toBeGreaterThan(0);
      expect(row.equipment.length, at).toBeGreaterThan(0);
      for (const muscle of [...row.primary_muscles, ...row.secondary_muscles]) expect(muscles, at).toContain(muscle);
      for (const item of row.equipment) expect(exerciseEquipment, at).toContain(item);
      expect(
        row.secondary_muscles.filter((m) => row.primary_muscles.includes(m)),
        at,
      ).toEqual([]);
      expect(row.description?.trim(), at).toBeTruthy();
      expect(row.safety_note?.trim(), at).toBeTruthy();
      // Three to five steps numbered from 1, one a line.
      const steps = (row.instructions ?? '').split('\n');
      expect(steps.length, at).toBeGreaterThanOrEqual(3);
      expect(steps.length, at).toBeLessThanOrEqual(5);
      expect(
        steps.map((step) => step.match(/^(\d)\. \S/)?.[1]),
        at,
      ).toEqual(steps.map((_, i) => String(i + 1)));
    }
    const groupOf = (m: string) => muscleGroups[m as Muscle];
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(exerciseCategories));
    expect(new Set(rows.flatMap((r) => r.primary_muscles.map(groupOf)))).toEqual(new Set(Object.values(muscleGroups)));
    expect(new Set(rows.flatMap((r) => r.primary_muscles))).toEqual(new Set(muscles));
    expect(new Set(rows.flatMap((r) => r.equipment))).toEqual(new Set(exerciseEquipment));
    expect(new Set(rows.map((r) => r.level))).toEqual(new Set(exerciseLevels));
    expect(new Set(rows.map((r) => r.measurement))).toEqual(new Set(exerciseMeasurements));
  });

  it('seeds the five roles and the five-step onboarding flow', async () => {
    const roleRows = await database.db
      .select()
      .from(roles)
      .where(inArray(roles.name, [...roleNames]));
    expect(roleRows).toHaveLength(5);
    const steps = await onboardingSteps();
    expect(steps.map((s) => s.key)).toEqual(['welcome', 'interests', 'first_goal', 'tour', 'done']);
    const config = steps.find((s) => s.key === 'interests')?.config as { options?: { value: string }[] } | undefined;
    const options = (config?.options ?? []).map((o) => o.value);
    expect(options).toEqual([...interestKeys]);
  });
});

describe('upsertByKey', () => {
  it('rewrites changed seeded columns and leaves insert-only ones to the admins', async () => {
    const rollback = new Error('rollback');
    const seeded = marketSeeds.find((i) => i.key === 'avatar_bg_aurora');
    if (!seeded) throw new Error('missing seed');
    await expect(
      database.db.transaction(async (tx) => {
        // An admin renamed and deactivated the item.
        await tx
          .update(market_items)
          .set({ name: 'Renamed', is_active: false })
          .where(eq(market_items.key, seeded.key));
        await upsertByKey(
          tx,
          market_items,
          [market_items.key],
          [{ ...seeded, stock: null, is_active: true, sort_order: 1 }],
          ['is_active', 'stock'],
        );
        const [row] = await tx.select().from(market_items).where(eq(market_items.key, seeded.key));
        expect(row).toMatchObject({ name: seeded.name, is_active: false, sort_order: 1 });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });

  it('leaves a row an admin changed as the admin left it', async () => {
    const rollback = new Error('rollback');
    const seeded = marketSeeds.find((i) => i.key === 'avatar_bg_aurora');
    if (!seeded) throw new Error('missing seed');
    await expect(
      database.db.transaction(async (tx) => {
        const editedAt = new Date('2026-03-01T10:00:00.000Z');
        await tx
          .update(market_items)
          .set({ name: 'Edited by an admin', cost_coins: 7, admin_edited_at: editedAt })
          .where(eq(market_items.key, seeded.key));
        await upsertByKey(tx, market_items, [market_items.key], [{ ...seeded, sort_order: 3 }], ['is_active', 'stock']);
        const [row] = await tx.select().from(market_items).where(eq(market_items.key, seeded.key));
        expect(row).toMatchObject({ name: 'Edited by an admin', cost_coins: 7, admin_edited_at: editedAt });
        expect(row?.sort_order).not.toBe(3);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });
});
