import type { RewardOutcome } from '#common/contracts/gamification';
import type { ActivityEventType } from '#common/enums';
import { levelFor } from '#common/rules/levels';
import { defaultReward, type Reward, skillStars } from '#common/rules/rewards';
import { dayKey } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { badRequest } from '../../platform/errors';
import * as ledger from './ledger.repo';

/** What a domain reports: see docs/ARCHITECTURE.md "Game layer". */
export interface ActivityInput {
  type: ActivityEventType;
  /** Unique per user; a repeat returns the first outcome with `duplicate: true`. */
  idempotency_key: string;
  /** The domain row behind the event. */
  source_id?: string | null;
  /** Defaults to the clock's now. */
  occurred_at?: Date;
  /** Facts the default rules read (focused_seconds, streak, minutes, sets, pages, score…). */
  data?: Record<string, unknown>;
  /** A fixed reward instead of the default rule (still multiplied by an XP boost). */
  reward?: Reward;
}

export type { RewardOutcome };

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.length < 1 || key.length > 180) {
    throw badRequest('An idempotency key must be 1 to 180 characters.');
  }
}

function checkReward(r: Reward): void {
  if (!Number.isInteger(r.xp) || !Number.isInteger(r.coins) || r.xp < 0 || r.coins < 0) {
    throw badRequest('A reward is made of whole, non-negative XP and coins.');
  }
}

const storedOutcome = (row: ledger.LedgerRow, fallbackLevel: number): RewardOutcome => {
  const o = (row.details as { outcome?: RewardOutcome }).outcome;
  return o
    ? { ...o, duplicate: true }
    : {
        xp: row.xp,
        coins: row.coins,
        leveled_up: false,
        new_level: fallbackLevel,
        achievements_unlocked: [],
        quests_completed: [],
        streak: null,
        duplicate: true,
      };
};

/**
 * Records what the user did and pays for it, inside the caller's transaction (SPEC §5): the
 * activity event, one ledger row, wallet, progress and skills. A repeated key pays nothing.
 */
export async function record(tx: DbOrTx, ctx: Ctx, input: ActivityInput): Promise<RewardOutcome> {
  checkKey(input.idempotency_key);
  if (input.reward) checkReward(input.reward);
  const userId = ctx.userId;
  const account = await ledger.lockAccount(tx, userId);
  const existing = await ledger.findLedger(tx, userId, input.idempotency_key);
  if (existing) return storedOutcome(existing, account.level);

  const occurred_at = input.occurred_at ?? ctx.clock.now();
  const data = input.data ?? {};
  const reward = input.reward ?? defaultReward(input.type, data);
  const skill = skillStars(input.type, data);

  const event = await ledger.insertActivity(tx, {
    user_id: userId,
    event_type: input.type,
    occurred_at,
    local_date: dayKey(occurred_at, ctx.user.timezone, ctx.user.day_start_hour),
    source_id: input.source_id ?? null,
    data,
    xp_awarded: reward.xp,
    coins_awarded: reward.coins,
  });
  const row = await ledger.insertLedger(tx, {
    user_id: userId,
    event_type: input.type,
    activity_event_id: event.id,
    source_id: input.source_id ?? null,
    xp: reward.xp,
    coins: reward.coins,
    skill_key: skill?.skill ?? null,
    skill_stars: skill?.stars ?? 0,
    idempotency_key: input.idempotency_key,
  });
  if (!row) throw new Error('ledger key taken while the account was locked');

  const level = levelFor(account.total_xp + reward.xp);
  await ledger.applyToAccount(tx, userId, {
    xp: reward.xp,
    coins: reward.coins,
    earned: reward.coins,
    spent: 0,
    stars: skill?.stars ?? 0,
    level,
  });
  const outcome: RewardOutcome = {
    xp: reward.xp,
    coins: reward.coins,
    leveled_up: level > account.level,
    new_level: level,
    achievements_unlocked: [],
    quests_completed: [],
    streak: null,
    duplicate: false,
  };
  await ledger.setLedgerDetails(tx, row.id, { outcome });
  return outcome;
}

/**
 * Undoes what one recorded event paid: a negative ledger row for exactly its XP and coins
 * (achievement rewards stay), and the event leaves the counts. Nothing to undo gives 0/0.
 */
export async function reverse(tx: DbOrTx, ctx: Ctx, idempotencyKey: string): Promise<Reward> {
  checkKey(idempotencyKey);
  const userId = ctx.userId;
  const account = await ledger.lockAccount(tx, userId);
  const original = await ledger.findLedger(tx, userId, idempotencyKey);
  if (!original || original.xp < 0 || original.coins < 0) return { xp: 0, coins: 0 };

  // Coins already spent cannot be taken back below zero; the ledger records what was.
  const coins = Math.min(original.coins, account.coins);
  const xp = original.xp;
  await ledger.retireKey(tx, original.id, `${idempotencyKey}#reversed:${original.id}`);
  await ledger.insertLedger(tx, {
    user_id: userId,
    event_type: original.event_type,
    source_id: original.source_id,
    xp: -xp,
    coins: -coins,
    reason: 'reversal',
    idempotency_key: `reverse:${original.id}`,
    details: { reverses: original.id, key: idempotencyKey },
  });
  if (original.activity_event_id) await ledger.deleteActivity(tx, userId, original.activity_event_id);
  await ledger.applyToAccount(tx, userId, {
    xp: -xp,
    coins: -coins,
    earned: -coins,
    spent: 0,
    stars: 0,
    level: levelFor(account.total_xp - xp),
  });
  return { xp, coins };
}
