import type { z } from 'zod';
import { achievementTrigger, listeningPresetConfig } from '#common/catalogue';
import { type CatalogueName, marketEffectOfCategory } from '#common/contracts/admin';
import type { DrillType } from '#common/enums';
import type { ErrorDetail } from '#common/errors';
import type { Permission } from '#common/permissions';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { conflict, notFound, validationError } from '../../platform/errors';
import { drillConfigSchemas } from '../learn';
import {
  type CatalogueRecord,
  catalogueKeyTaken,
  catalogueRowUsers,
  deleteCatalogueRow,
  findCatalogueRow,
  insertCatalogueRow,
  listCatalogue,
  referenceExists,
  updateCatalogueRow,
} from './catalogues.repo';

/** How the console handles one catalogue; the routes and this service loop over these. */
export interface CatalogueDescriptor {
  name: CatalogueName;
  /** What a row is, in messages ("universal quest") and, with _ for spaces, in the audit log. */
  label: string;
  /** Reading and each kind of write. */
  permissions: { read: Permission; create: Permission; update: Permission; delete: Permission };
  /** Rules spanning fields or other catalogues, on the row as it would be stored. */
  check?: (db: DbOrTx, row: Record<string, unknown>) => Promise<ErrorDetail[]>;
  /** Why no row is ever deleted, when none is. */
  neverDeleted?: string;
}

/** The shared catalogues are the content permissions' (admins hold them); reading asks for `content:update`. */
const contentAdmin = {
  read: 'content:update',
  create: 'content:create',
  update: 'content:update',
  delete: 'content:delete',
} as const satisfies CatalogueDescriptor['permissions'];
/** Market items are the economy's. */
const marketAdmin = {
  read: 'market:manage',
  create: 'market:manage',
  update: 'market:manage',
  delete: 'market:manage',
} as const satisfies CatalogueDescriptor['permissions'];

/** A zod failure as details, under `prefix` (the field the parsed value came from). */
const issuesOf = (error: z.ZodError, prefix: string[] = []): ErrorDetail[] =>
  error.issues.map((i) => ({ path: [...prefix, ...i.path.map(String)].join('.'), message: i.message }));

async function mustExist(
  db: DbOrTx,
  ref: 'learn-topics' | 'listening-templates' | 'market-items',
  value: unknown,
  path: string,
  message: string,
): Promise<ErrorDetail[]> {
  if (typeof value !== 'string') return [];
  return (await referenceExists(db, ref, value)) ? [] : [{ path, message }];
}

export const catalogueDescriptors: readonly CatalogueDescriptor[] = [
  { name: 'quests', label: 'universal quest', permissions: contentAdmin },
  {
    name: 'achievements',
    label: 'achievement',
    permissions: contentAdmin,
    check: async (db, row) => {
      const trigger = achievementTrigger.safeParse({
        trigger_type: row.trigger_type,
        trigger_config: row.trigger_config,
      });
      return [
        ...(trigger.success ? [] : issuesOf(trigger.error)),
        ...(await mustExist(db, 'market-items', row.reward_item_key, 'reward_item_key', 'No market item has this key')),
      ];
    },
  },
  {
    name: 'skills',
    label: 'skill',
    permissions: contentAdmin,
    neverDeleted: 'The reward rules award every skill: deactivate it instead.',
  },
  {
    name: 'market-items',
    label: 'market item',
    permissions: marketAdmin,
    check: async (_db, row) => {
      const details: ErrorDetail[] = [];
      const wanted = marketEffectOfCategory[row.category as keyof typeof marketEffectOfCategory];
      if ((row.effect as { type?: string }).type !== wanted) {
        details.push({ path: 'effect.type', message: `A ${String(row.category)} item’s effect is of type ${wanted}` });
      }
      const from = row.available_from as Date | null;
      const until = row.available_until as Date | null;
      if (from && until && from.getTime() >= until.getTime()) {
        details.push({ path: 'available_until', message: 'Must be after available_from' });
      }
      return details;
    },
  },
  { name: 'learn-topics', label: 'learn topic', permissions: contentAdmin },
  {
    name: 'learn-lessons',
    label: 'learn lesson',
    permissions: contentAdmin,
    check: (db, row) => mustExist(db, 'learn-topics', row.topic_id, 'topic_id', 'No learn topic has this id'),
  },
  {
    name: 'learn-drills',
    label: 'learn drill',
    permissions: contentAdmin,
    check: async (db, row) => {
      const config = drillConfigSchemas[row.drill_type as DrillType].safeParse(row.config);
      return [
        ...(await mustExist(db, 'learn-topics', row.topic_id, 'topic_id', 'No learn topic has this id')),
        ...(config.success ? [] : issuesOf(config.error, ['config'])),
      ];
    },
  },
  { name: 'listening-templates', label: 'listening template', permissions: contentAdmin },
  {
    name: 'listening-presets',
    label: 'listening preset',
    permissions: contentAdmin,
    check: async (db, row) => {
      const setup = listeningPresetConfig.safeParse({ preset_type: row.preset_type, config: row.config });
      return [
        ...(setup.success ? [] : issuesOf(setup.error)),
        ...(await mustExist(
          db,
          'listening-templates',
          row.template_id,
          'template_id',
          'No listening template has this id',
        )),
      ];
    },
  },
];

const descriptorOf = (name: CatalogueName) => catalogueDescriptors.find((d) => d.name === name) as CatalogueDescriptor;
const resourceType = (d: CatalogueDescriptor) => d.label.replaceAll(' ', '_');

async function checked(db: DbOrTx, d: CatalogueDescriptor, row: Record<string, unknown>): Promise<void> {
  const details = (await d.check?.(db, row)) ?? [];
  if (details.length > 0) throw validationError(details);
}

/** Two stored values are the same (dates by instant, JSON by its text). */
const same = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date
    ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime()
    : JSON.stringify(a) === JSON.stringify(b);

export const list = (ctx: Ctx, name: CatalogueName) => listCatalogue(ctx.database.db, name);

export async function get(ctx: Ctx, name: CatalogueName, id: string): Promise<CatalogueRecord> {
  const row = await findCatalogueRow(ctx.database.db, name, id);
  if (!row) throw notFound(descriptorOf(name).label);
  return row;
}

/** Creates a row (its body as the route's contract read it), marked as the administrators' (the seed never restores it), with its audit record. */
export async function create(ctx: Ctx, name: CatalogueName, body: Record<string, unknown>): Promise<CatalogueRecord> {
  const d = descriptorOf(name);
  const values = body as Record<string, unknown> & { key: string };
  return ctx.database.db.transaction(async (tx) => {
    if (await catalogueKeyTaken(tx, name, values.key)) {
      throw conflict(`A ${d.label} with the key “${values.key}” already exists.`);
    }
    await checked(tx, d, values);
    const now = ctx.clock.now();
    const row = await insertCatalogueRow(tx, name, {
      ...values,
      admin_edited_at: now,
      created_at: now,
      updated_at: now,
    });
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'catalogue.create',
      resourceType: resourceType(d),
      resourceId: row.id,
      details: { catalogue: name, key: row.key },
    });
    return row;
  });
}

/**
 * Changes the fields given, marks the row as the administrators' and records which fields
 * changed (names, never values). Values equal to the stored ones change nothing and record nothing.
 */
export async function update(
  ctx: Ctx,
  name: CatalogueName,
  id: string,
  body: Record<string, unknown>,
): Promise<CatalogueRecord> {
  const d = descriptorOf(name);
  return ctx.database.db.transaction(async (tx) => {
    const row = await findCatalogueRow(tx, name, id, { lock: true });
    if (!row) throw notFound(d.label);
    const patch = Object.fromEntries(
      Object.entries(body).filter(([field, value]) => value !== undefined && !same(row[field], value)),
    );
    const fields = Object.keys(patch);
    if (fields.length === 0) return row;
    await checked(tx, d, { ...row, ...patch });
    const now = ctx.clock.now();
    const updated = await updateCatalogueRow(tx, name, id, { ...patch, admin_edited_at: now, updated_at: now });
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'catalogue.update',
      resourceType: resourceType(d),
      resourceId: id,
      details: { catalogue: name, key: row.key, fields },
    });
    return updated;
  });
}

/**
 * Deletes a row nothing refers to. While users have earned or progressed on it (or other
 * catalogue rows need it) the answer is 409 `in_use`: it is deactivated instead, so nothing a
 * user earned is rewritten or cascaded away.
 */
export async function remove(ctx: Ctx, name: CatalogueName, id: string): Promise<void> {
  const d = descriptorOf(name);
  await ctx.database.db.transaction(async (tx) => {
    const row = await findCatalogueRow(tx, name, id, { lock: true });
    if (!row) throw notFound(d.label);
    if (d.neverDeleted) throw conflict(d.neverDeleted, 'in_use');
    const users = await catalogueRowUsers(tx, name, row);
    if (users.length > 0) {
      throw conflict(`This ${d.label} is in use (${users.join(', ')}): deactivate it instead.`, 'in_use');
    }
    await deleteCatalogueRow(tx, name, id);
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'catalogue.delete',
      resourceType: resourceType(d),
      resourceId: id,
      details: { catalogue: name, key: row.key },
    });
  });
}
