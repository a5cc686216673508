import { randomUUID } from 'node:crypto';
import { market_items } from '../modules/market/market.tables';
import { economy, recordAs, spendAs } from './game';
import type { TestApp } from './harness';

/**
 * Market fixtures: a wallet holding an exact balance (earned, then the rest spent, so the
 * ledger laws hold), and catalogue items of a test's own.
 */
export async function fundTo(t: TestApp, userId: string, coins: number): Promise<void> {
  const before = (await economy(t, userId)).coins;
  if (before < coins) {
    await recordAs(t, userId, {
      type: 'goal_complete',
      idempotency_key: `goal_complete:fund:${randomUUID()}`,
      reward: { xp: 0, coins: coins - before },
    });
  }
  const over = (await economy(t, userId)).coins - coins;
  if (over > 0) await spendAs(t, userId, over);
}

export async function addItem(t: TestApp, values: Partial<typeof market_items.$inferInsert> = {}) {
  const key = values.key ?? `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const [item] = await t.database.db
    .insert(market_items)
    .values({
      key,
      name: `Item ${key}`,
      description: 'A test item.',
      category: 'boost',
      cost_coins: 10,
      is_consumable: true,
      effect: { type: 'xp_multiplier', multiplier: 2, duration_minutes: 30 },
      ...values,
    })
    .returning();
  if (!item) throw new Error('could not add the test item');
  return item;
}
