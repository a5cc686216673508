import { asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { CatalogueName } from '#common/contracts/admin';
import type { DbOrTx } from '../../db/client';
import {
  achievement_definitions,
  learn_drill_rounds,
  learn_drills,
  learn_lessons,
  learn_topics,
  listening_prompt_presets,
  listening_prompt_templates,
  market_items,
  market_transactions,
  skill_definitions,
  universal_quests,
  user_achievements,
  user_drill_stats,
  user_lesson_progress,
  user_purchases,
  user_quest_progress,
  user_rewards,
  user_skills,
} from '../../db/schema';

/** A catalogue row as stored: every column by its name. */
export type CatalogueRecord = Record<string, unknown> & { id: string; key: string };

interface Binding {
  table: PgTable;
  /** The list's order, the columns of one of the table's indexes. */
  order: (t: Columns) => PgColumn[];
  /** What still refers to the row (users' progress or rewards, or catalogue rows), named; empty when nothing. */
  usedBy: (db: DbOrTx, row: CatalogueRecord) => Promise<string[]>;
}
type Columns = Record<string, PgColumn>;

/** `label` when any row of `table` matches `where` (each served by an index on the referring column). */
async function any(db: DbOrTx, table: PgTable, where: SQL, label: string): Promise<string[]> {
  const rows = await db.select({ one: sql<number>`1` }).from(table).where(where).limit(1);
  return rows.length > 0 ? [label] : [];
}
const all = async (...checks: Promise<string[]>[]) => (await Promise.all(checks)).flat();

const bindings: Record<CatalogueName, Binding> = {
  quests: {
    table: universal_quests,
    order: (t) => [t.period, t.sort_order, t.id] as PgColumn[],
    usedBy: (db, row) =>
      any(db, user_quest_progress, eq(user_quest_progress.quest_id, row.id), 'users’ quest progress'),
  },
  achievements: {
    table: achievement_definitions,
    order: (t) => [t.sort_order, t.id] as PgColumn[],
    usedBy: (db, row) =>
      any(db, user_achievements, eq(user_achievements.achievement_key, row.key), 'users who earned it'),
  },
  skills: {
    table: skill_definitions,
    order: (t) => [t.sort_order, t.id] as PgColumn[],
    usedBy: (db, row) => any(db, user_skills, eq(user_skills.skill_key, row.key), 'users’ skill stars'),
  },
  'market-items': {
    table: market_items,
    order: (t) => [t.sort_order, t.id] as PgColumn[],
    usedBy: (db, row) =>
      all(
        any(db, user_purchases, eq(user_purchases.item_id, row.id), 'users’ purchases'),
        any(db, market_transactions, eq(market_transactions.item_id, row.id), 'users’ market history'),
        any(db, user_rewards, eq(user_rewards.item_id, row.id), 'users’ rewards'),
        any(
          db,
          achievement_definitions,
          eq(achievement_definitions.reward_item_key, row.key),
          'an achievement’s reward',
        ),
      ),
  },
  'learn-topics': {
    table: learn_topics,
    order: (t) => [t.sort_order, t.id] as PgColumn[],
    usedBy: (db, row) =>
      all(
        any(db, learn_lessons, eq(learn_lessons.topic_id, row.id), 'its lessons'),
        any(db, learn_drills, eq(learn_drills.topic_id, row.id), 'its drills'),
      ),
  },
  'learn-lessons': {
    table: learn_lessons,
    order: (t) => [t.topic_id, t.sort_order, t.id] as PgColumn[],
    usedBy: (db, row) =>
      any(db, user_lesson_progress, eq(user_lesson_progress.lesson_id, row.id), 'users’ lesson progress'),
  },
  'learn-drills': {
    table: learn_drills,
    order: (t) => [t.topic_id, t.sort_order, t.id] as PgColumn[],
    usedBy: (db, row) =>
      all(
        any(db, user_drill_stats, eq(user_drill_stats.drill_id, row.id), 'users’ drill results'),
        any(db, learn_drill_rounds, eq(learn_drill_rounds.drill_id, row.id), 'users’ drill rounds'),
      ),
  },
  'listening-templates': {
    table: listening_prompt_templates,
    order: (t) => [t.sort_order, t.id] as PgColumn[],
    usedBy: (db, row) =>
      any(db, listening_prompt_presets, eq(listening_prompt_presets.template_id, row.id), 'its presets'),
  },
  'listening-presets': {
    table: listening_prompt_presets,
    order: (t) => [t.preset_type, t.sort_order, t.id] as PgColumn[],
    usedBy: async () => [],
  },
};

const columnsOf = (name: CatalogueName) => getTableColumns(bindings[name].table) as Columns;
const idOf = (name: CatalogueName) => columnsOf(name).id as PgColumn;

/** Every row of a catalogue, inactive ones too, in its index's order (the tables are small). */
export async function listCatalogue(db: DbOrTx, name: CatalogueName): Promise<CatalogueRecord[]> {
  const { table, order } = bindings[name];
  const rows = await db
    .select()
    .from(table)
    .orderBy(...order(columnsOf(name)).map((c) => asc(c)));
  return rows as CatalogueRecord[];
}

/** One row by id; `lock` holds it (FOR UPDATE) until the transaction ends. */
export async function findCatalogueRow(
  db: DbOrTx,
  name: CatalogueName,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<CatalogueRecord | undefined> {
  const query = db
    .select()
    .from(bindings[name].table)
    .where(eq(idOf(name), id));
  const [row] = opts.lock ? await query.for('update') : await query;
  return row as CatalogueRecord | undefined;
}

export async function catalogueKeyTaken(db: DbOrTx, name: CatalogueName, key: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(bindings[name].table)
    .where(eq(columnsOf(name).key as PgColumn, key))
    .limit(1);
  return rows.length > 0;
}

export async function insertCatalogueRow(
  tx: DbOrTx,
  name: CatalogueName,
  values: Record<string, unknown>,
): Promise<CatalogueRecord> {
  const [row] = await tx.insert(bindings[name].table).values(values).returning();
  return row as CatalogueRecord;
}

export async function updateCatalogueRow(
  tx: DbOrTx,
  name: CatalogueName,
  id: string,
  patch: Record<string, unknown>,
): Promise<CatalogueRecord> {
  const [row] = await tx
    .update(bindings[name].table)
    .set(patch)
    .where(eq(idOf(name), id))
    .returning();
  return row as CatalogueRecord;
}

export async function deleteCatalogueRow(tx: DbOrTx, name: CatalogueName, id: string): Promise<void> {
  await tx.delete(bindings[name].table).where(eq(idOf(name), id));
}

/** What refers to the row; the row is deactivated rather than deleted while anything does. */
export const catalogueRowUsers = (db: DbOrTx, name: CatalogueName, row: CatalogueRecord) =>
  bindings[name].usedBy(db, row);

/** Whether a row of another catalogue exists: a learn topic or listening template by id, a market item by key. */
export async function referenceExists(
  db: DbOrTx,
  ref: 'learn-topics' | 'listening-templates' | 'market-items',
  value: string,
): Promise<boolean> {
  const column = columnsOf(ref)[ref === 'market-items' ? 'key' : 'id'] as PgColumn;
  const rows = await db.select({ one: sql<number>`1` }).from(bindings[ref].table).where(eq(column, value)).limit(1);
  return rows.length > 0;
}
