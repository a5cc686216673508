import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsSince } from '../../platform/events';
import { signUp, type TestUser } from '../../test/factories';
import { ctxFor, economy, ledgerRows, recordAs, reverseAs, spendAs } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { record } from '.';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const focus = (id: string, minutes = 25) => ({
  type: 'focus_complete' as const,
  idempotency_key: `focus_complete:${id}`,
  data: { mode: 'focus', focused_seconds: minutes * 60 },
});

async function summary(user: TestUser) {
  const res = await user.inject({ method: 'GET', url: '/api/gamification/summary' });
  expect(res.statusCode).toBe(200);
  return res.json().data;
}

describe('record', () => {
  it('pays the default reward into one ledger row, the wallet and progress', async () => {
    const user = await signUp(t);
    const outcome = await recordAs(t, user.id, {
      type: 'habit_complete',
      idempotency_key: 'habit_complete:a',
      data: { streak: 1 },
    });
    expect(outcome).toMatchObject({ xp: 5, coins: 1, duplicate: false, leveled_up: false, new_level: 1 });
    // first_habit pays 25 XP and 5 coins on top, through its own ledger row.
    expect(outcome.achievements_unlocked.map((a) => a.key)).toContain('first_habit');
    const s = await summary(user);
    const e = await economy(t, user.id);
    expect(s.total_xp).toBe(e.ledger_xp);
    expect(s.coins).toBe(e.ledger_coins);
    expect((await ledgerRows(t, user.id, 'habit_complete:a')).length).toBe(1);
  });

  it('pays once when the same key is recorded twice, returning the first outcome', async () => {
    const user = await signUp(t);
    const first = await recordAs(t, user.id, focus('k1', 30));
    const again = await recordAs(t, user.id, focus('k1', 90));
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ ...first, duplicate: true });
    expect((await ledgerRows(t, user.id, 'focus_complete:k1')).length).toBe(1);
    const e = await economy(t, user.id);
    expect(e.coins).toBe(e.ledger_coins);
    expect(e.total_xp).toBe(e.ledger_xp);
  });

  it('reverses exactly what the event paid, keeps achievement rewards, and frees the key', async () => {
    const user = await signUp(t);
    await recordAs(t, user.id, focus('r1', 40));
    const before = await economy(t, user.id);
    const back = await reverseAs(t, user.id, 'focus_complete:r1');
    expect(back).toEqual({ xp: 40, coins: 8 });
    const after = await economy(t, user.id);
    expect(after.total_xp).toBe(before.total_xp - 40);
    expect(after.coins).toBe(before.coins - 8);
    expect(after.total_xp).toBe(after.ledger_xp);
    expect(await reverseAs(t, user.id, 'focus_complete:r1')).toEqual({ xp: 0, coins: 0 });
    const again = await recordAs(t, user.id, focus('r1', 40));
    expect(again).toMatchObject({ xp: 40, coins: 8, duplicate: false });
    // first_focus unlocked the first time and stays unlocked: it does not pay twice.
    expect(again.achievements_unlocked).toEqual([]);
  });

  it('refuses to spend more coins than the wallet holds', async () => {
    const user = await signUp(t);
    await recordAs(t, user.id, focus('s1', 50));
    const { coins } = await economy(t, user.id);
    await expect(spendAs(t, user.id, coins + 1)).rejects.toMatchObject({
      status: 409,
      code: 'insufficient_coins',
    });
    expect(await spendAs(t, user.id, coins)).toMatchObject({ balance: 0 });
    const s = await summary(user);
    expect(s).toMatchObject({ coins: 0, total_spent: coins });
  });

  it('takes a reversed event out of the achievement counts', async () => {
    const user = await signUp(t);
    await recordAs(t, user.id, focus('c1'));
    await recordAs(t, user.id, focus('c2'));
    const progressOf = async () =>
      (await user.inject({ method: 'GET', url: '/api/gamification/achievements' }))
        .json()
        .data.find((a: { key: string }) => a.key === 'focus_10').progress;
    expect(await progressOf()).toBe(2);
    await reverseAs(t, user.id, 'focus_complete:c2');
    expect(await progressOf()).toBe(1);
  });

  it('reverses no more coins than the wallet still holds', async () => {
    const user = await signUp(t);
    await recordAs(t, user.id, focus('x1', 50));
    const { coins } = await economy(t, user.id);
    await spendAs(t, user.id, coins - 3);
    expect(await reverseAs(t, user.id, 'focus_complete:x1')).toEqual({ xp: 50, coins: 3 });
    const e = await economy(t, user.id);
    expect(e).toMatchObject({ coins: 0, ledger_coins: 0 });
    expect(e.total_xp).toBe(e.ledger_xp);
  });

  it('reverses an award recorded under the longest key, and records it again', async () => {
    const user = await signUp(t);
    const key = `habit_complete:${'k'.repeat(185)}`;
    await recordAs(t, user.id, { type: 'habit_complete', idempotency_key: key });
    expect(await reverseAs(t, user.id, key)).toEqual({ xp: 5, coins: 1 });
    expect((await recordAs(t, user.id, { type: 'habit_complete', idempotency_key: key })).duplicate).toBe(false);
    const rows = await ledgerRows(t, user.id);
    expect(rows.filter((r) => r.idempotency_key === key)).toHaveLength(1);
    expect(rows.find((r) => r.idempotency_key.startsWith('reversed:'))?.details).toMatchObject({ key });
  });

  it('refuses malformed keys and rewards', async () => {
    const user = await signUp(t);
    for (const bad of [
      { ...focus('ok'), idempotency_key: '' },
      { ...focus('ok'), idempotency_key: 'x'.repeat(201) },
      { ...focus('ok'), idempotency_key: 'achievement:first_focus' },
      { ...focus('ok'), reward: { xp: -1, coins: 0 } },
      { ...focus('ok'), reward: { xp: 1.5, coins: 0 } },
    ]) {
      await expect(recordAs(t, user.id, bad)).rejects.toMatchObject({ status: 400 });
    }
    expect((await economy(t, user.id)).ledger_rows).toBe(0);
  });

  it('announces the reward, unlocks and level-up only when the transaction commits', async () => {
    const user = await signUp(t);
    const ctx = await ctxFor(t, user.id);
    await expect(
      t.database.db.transaction(async (tx) => {
        await record(tx, ctx, focus('rolled-back'));
        throw new Error('the domain write failed');
      }),
    ).rejects.toThrow('the domain write failed');
    expect(await eventsSince(t.database.db, user.id, 0, 100)).toEqual([]);
    expect((await economy(t, user.id)).ledger_rows).toBe(0);

    await recordAs(t, user.id, { ...focus('big'), reward: { xp: 120, coins: 4 } });
    const events = await eventsSince(t.database.db, user.id, 0, 100);
    const types = events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['reward', 'achievement', 'level_up', 'wallet_changed']));
    expect(events.find((e) => e.type === 'reward')?.data).toMatchObject({
      source: 'focus_complete',
      xp: 120,
      coins: 4,
      skill: 'focus',
    });
    expect(events.find((e) => e.type === 'level_up')?.data).toEqual({ level: 2, previous_level: 1 });
  });
});
