/**
 * Fills a database with the benchmark's data set (docs/PERFORMANCE.md): 1,000 users with a few
 * weeks of activity each (the newest 50 signed up in the last three days) and one heavy user
 * with three years of daily activity in every module, all from a fixed random seed and anchored
 * to today, so "today" has activity. The derived state (ledger, wallet, progress, streaks,
 * quests, achievements) is computed as the game layer would have written it (seed/derive.ts).
 * Running it again replaces the previous bench users (found by their email domain).
 *
 *   npm run bench:seed                         the embedded database in DATA_DIR (./data)
 *   DATABASE_URL=postgres://… npm run bench:seed
 *   BENCH_USERS=1000 BENCH_SEED=42             how many light users; which data set
 */
import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { copyPgliteTemplate } from '../server/db/pglite-template';
import { seedCatalogue } from '../server/db/seed';
import { databaseSteps, userSteps } from './seed/derive';
import { BENCH_EMAIL_DOMAIN, benchEmail, benchSeed, HEAVY_USER, NEW_USERS } from './seed/identity';
import { insertRows } from './seed/insert';
import { SeedUser, UserData } from './seed/model';
import { seedModules } from './seed/modules';
import { Rng } from './seed/prng';
import { readContext, TABLE_ORDER } from './seed/tables';

const LIGHT_USERS = Number(process.env.BENCH_USERS ?? 1000);
const CHUNK = 50;
const TIME_ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
];

function makeUser(seed: string, index: number, now: Date): SeedUser {
  const rng = new Rng(`${seed}:${index}:profile`);
  if (index === HEAVY_USER) {
    return new SeedUser(seed, index, now, 'Europe/Berlin', 4, 3 * 365, true, benchEmail(index), 'Heavy Bench User');
  }
  const age = index <= NEW_USERS ? index % 3 : rng.int(14, 42);
  return new SeedUser(
    seed,
    index,
    now,
    rng.pick(TIME_ZONES),
    rng.pick([0, 3, 4, 4, 4, 5, 6]),
    age,
    false,
    benchEmail(index),
    `Bench User ${String(index).padStart(4, '0')}`,
  );
}

const started = performance.now();
const config = loadConfig();
const database = await openDatabase(config.database, { pgliteTemplate: copyPgliteTemplate });
const db = database.db;
const written = new Map<string, number>();
try {
  await migrate(database);
  await seedCatalogue(database);
  const context = await readContext(db, config);
  const seed = benchSeed();
  const now = new Date();
  const domain = `%@${BENCH_EMAIL_DOMAIN}`;

  const removed = await db.execute(sql`delete from users where email like ${domain}`);
  const removedCount = (removed as unknown as { rowCount?: number; affectedRows?: number }).rowCount ?? 0;
  console.log(
    `${database.driver}: seed ${seed}, ${LIGHT_USERS} users + 1 heavy, today ${now.toISOString()}` +
      (removedCount ? ` (replacing ${removedCount} bench users)` : ''),
  );

  const indexes = Array.from({ length: LIGHT_USERS + 1 }, (_, i) => i);
  for (let i = 0; i < indexes.length; i += CHUNK) {
    const rows = new Map<PgTable, Record<string, unknown>[]>();
    for (const index of indexes.slice(i, i + CHUNK)) {
      const data = new UserData(makeUser(seed, index, now));
      for (const module of seedModules) module.generate(data, context);
      for (const step of userSteps) step.run(data, context);
      for (const [table, list] of data.rows) {
        const all = rows.get(table);
        if (all) for (const row of list) all.push(row);
        else rows.set(table, [...list]);
      }
    }
    for (const table of rows.keys()) {
      if (!TABLE_ORDER.includes(table))
        throw new Error(`add ${getTableName(table)} to TABLE_ORDER in bench/seed/tables.ts`);
    }
    await db.transaction(async (tx) => {
      for (const table of TABLE_ORDER) {
        const list = rows.get(table) ?? [];
        await insertRows(tx, table, list);
        const name = getTableName(table);
        written.set(name, (written.get(name) ?? 0) + list.length);
      }
    });
    process.stdout.write(`\r  users ${Math.min(i + CHUNK, indexes.length)}/${indexes.length}`);
  }
  process.stdout.write('\n');

  const users = sql`select id from users where email like ${domain}`;
  for (const step of databaseSteps) {
    const t = performance.now();
    const n = await step.run(db, users);
    if (n > 0) written.set(step.name.split(' ')[0] as string, n);
    console.log(`  ${step.name} (${Math.round(performance.now() - t)} ms)`);
  }
  // A re-seed leaves the rows it replaced behind as dead tuples, and a server may run without
  // autovacuum: the benchmark must not measure them. Fresh statistics plan the queries too.
  const t = performance.now();
  await db.execute(sql`vacuum analyze`);
  console.log(`  vacuum analyze (${Math.round(performance.now() - t)} ms)`);

  let total = 0;
  for (const [name, n] of [...written].sort((a, b) => b[1] - a[1])) {
    if (n === 0) continue;
    total += n;
    console.log(`  ${name.padEnd(28)} ${String(n).padStart(9)}`);
  }
  console.log(`${total} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await database.close();
}
