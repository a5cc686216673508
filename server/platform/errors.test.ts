import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { openTestDatabase } from '../test/harness';
import { loggedError, toAppError } from './errors';

let database: Database;
// A real table (not a temporary one): pooled statements may run on different connections.
const probe = sql.identifier(`error_probe_${process.pid}_${Date.now()}`);

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.execute(sql`
    create table ${probe} (
      id integer primary key,
      name varchar(5) not null,
      count integer not null check (count >= 0),
      at timestamptz
    )`);
  await database.db.execute(sql`insert into ${probe} (id, name, count) values (1, 'one', 1)`);
});

afterAll(async () => {
  await database.db.execute(sql`drop table ${probe}`);
  await database.close();
});

async function mapped(statement: ReturnType<typeof sql>) {
  try {
    await database.db.execute(statement);
  } catch (err) {
    return toAppError(err);
  }
  throw new Error('the statement succeeded');
}

describe('database errors become client errors when a value caused them', () => {
  it.each([
    ['a missing required value', sql`insert into ${probe} (id, name, count) values (2, null, 1)`],
    ['a check constraint', sql`insert into ${probe} (id, name, count) values (2, 'two', -1)`],
    ['a string that is too long', sql`insert into ${probe} (id, name, count) values (2, 'too long', 1)`],
    ['a malformed value', sql`insert into ${probe} (id, name, count) values (2, 'two', ${'many'})`],
    ['a number out of range', sql`insert into ${probe} (id, name, count) values (2, 'two', 99999999999)`],
    ['an invalid time', sql`insert into ${probe} (id, name, count, at) values (2, 'two', 1, ${'2026-02-30'})`],
  ])('%s is 400 bad_request', async (_, statement) => {
    const err = await mapped(statement);
    expect(err.status).toBe(400);
    expect(err.code).toBe('bad_request');
  });

  it('a duplicate key is 409 conflict', async () => {
    const err = await mapped(sql`insert into ${probe} (id, name, count) values (1, 'dup', 1)`);
    expect(err.status).toBe(409);
    expect(err.code).toBe('conflict');
  });

  it('anything else is a 500 that reveals nothing', async () => {
    const err = await mapped(sql`select * from table_that_does_not_exist`);
    expect(err.status).toBe(500);
    expect(err.message).not.toMatch(/table_that_does_not_exist/);
  });
});

describe('the log of a failed statement', () => {
  it('keeps the statement and the driver code, never the values it was given', async () => {
    // A duplicate id: the driver's error and the statement name the row's values.
    const failure = await database.db
      .execute(sql`insert into ${probe} (id, name, count) values (${1}, ${'shh!'}, 1)`)
      .then(
        () => new Error('the statement succeeded'),
        (err: Error) => err,
      );
    const logged = JSON.stringify(loggedError(failure));
    expect(logged).toContain('23505');
    expect(logged).toContain('insert into');
    expect(logged).not.toContain('shh!');
  });
});
