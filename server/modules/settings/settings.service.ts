import { isSettingKey, type SettingKey, type Settings, settingKeys, settingsRegistry } from '#common/settings';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound, validationError } from '../../platform/errors';
import { type Fact, mapFact, readFact } from '../../platform/facts';
import * as repo from './settings.repo';

/**
 * A stored value still valid under the registry, else the default: a value saved under an older,
 * looser rule never breaks reading.
 */
function currentValue(key: SettingKey, stored: { value: unknown } | null | undefined): unknown {
  if (stored) {
    const parsed = settingsRegistry[key].schema.safeParse(stored.value);
    if (parsed.success) return parsed.data;
  }
  return structuredClone(settingsRegistry[key].default);
}

function keyOf(key: string): SettingKey {
  if (!isSettingKey(key)) throw notFound('setting');
  return key;
}

export async function getAll(ctx: Ctx): Promise<Settings> {
  const rows = await repo.listForUser(ctx.database.db, ctx.userId);
  const stored = new Map(rows.map((r) => [r.key, r]));
  return Object.fromEntries(settingKeys.map((key) => [key, currentValue(key, stored.get(key))])) as Settings;
}

export async function getOne(ctx: Ctx, key: string): Promise<{ key: SettingKey; value: unknown }> {
  const k = keyOf(key);
  return { key: k, value: currentValue(k, await repo.find(ctx.database.db, ctx.userId, k)) };
}

/** Values a key takes from the user: its `userSchema` where other modules write the rest, else its schema. */
const userSchema = (key: SettingKey) => {
  const entry = settingsRegistry[key];
  return 'userSchema' in entry ? entry.userSchema : entry.schema;
};

export async function put(ctx: Ctx, key: string, value: unknown): Promise<{ key: SettingKey; value: unknown }> {
  const k = keyOf(key);
  const parsed = userSchema(k).safeParse(value);
  if (!parsed.success) {
    throw validationError(
      parsed.error.issues.map((i) => ({ path: ['body', 'value', ...i.path].join('.'), message: i.message })),
      `That is not a valid value for ${k}.`,
    );
  }
  await repo.upsert(ctx.database.db, ctx.userId, k, parsed.data);
  return { key: k, value: parsed.data };
}

/** Forgets the stored value: the key reads as its default again. */
export async function reset(ctx: Ctx, key: string): Promise<void> {
  await repo.remove(ctx.database.db, ctx.userId, keyOf(key));
}

/** One fact per key, declared once (a fact keys its compiled statement). */
const settingFacts = new Map<SettingKey, Fact<unknown, unknown>>();

/** One setting of `userId` as the API reads it (the default when never set), for a composed read. */
export function settingFact<K extends SettingKey>(key: K): Fact<Settings[K], unknown> {
  let f = settingFacts.get(key);
  if (!f) {
    f = mapFact<{ value: unknown } | null, unknown, unknown>(repo.storedValueFact(key), (stored) =>
      currentValue(key, stored),
    );
    settingFacts.set(key, f);
  }
  return f as Fact<Settings[K], unknown>;
}
/** One setting of `userId` as the API reads it; for other modules. */
export const readValue = <K extends SettingKey>(db: DbOrTx, userId: string, key: K): Promise<Settings[K]> =>
  readFact(db, settingFact(key), { user: userId }, null);

/** Stores a value already checked against the registry, inside the caller's transaction. */
export async function writeValue<K extends SettingKey>(
  db: DbOrTx,
  userId: string,
  key: K,
  value: Settings[K],
): Promise<void> {
  await repo.upsert(db, userId, key, settingsRegistry[key].schema.parse(value));
}
