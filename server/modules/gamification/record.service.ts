import { randomUUID } from 'node:crypto';
import type { RewardOutcome } from '#common/contracts/gamification';
import type { ActivityEventType, SkillKey } from '#common/enums';
import { metricContributions, type TotalMetric } from '#common/rules/activity';
import { applyBoost, defaultReward, type Reward, skillStars } from '#common/rules/rewards';
import { type DayKey, dayKey } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { badRequest } from '../../platform/errors';
import { scopeOf } from '../../platform/facts';
import { Account, publicAchievement } from './account.service';
import { eventCounterDeltas } from './game-counters';
import * as ledger from './ledger.repo';
import { advanceQuests, takeBackQuests } from './quests.service';
import type { RewardNews } from './reward-listeners';
import { advanceStreaks } from './streaks.service';

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

/** Keys the game layer writes itself; a domain key must not look like one. */
const RESERVED = /^(achievement|quest_claim|reverse|reversed):/;

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.length < 1 || key.length > 200) {
    throw badRequest('An idempotency key must be 1 to 200 characters.');
  }
}

function checkAmounts(r: Reward): void {
  if (!Number.isSafeInteger(r.xp) || !Number.isSafeInteger(r.coins) || r.xp < 0 || r.coins < 0) {
    throw badRequest('A reward is made of whole, non-negative XP and coins.');
  }
}

function checkActivity(input: ActivityInput): void {
  checkKey(input.idempotency_key);
  if (RESERVED.test(input.idempotency_key)) throw badRequest('That idempotency key is reserved.');
  if (input.reward) checkAmounts(input.reward);
}

const today = (ctx: Ctx) => scopeOf(ctx).day;

function firstOutcome(row: Pick<ledger.LedgerRow, 'xp' | 'coins' | 'details'>, level: number): RewardOutcome {
  const stored = (row.details as { outcome?: RewardOutcome }).outcome;
  if (stored) return { ...stored, duplicate: true };
  return {
    xp: row.xp,
    coins: row.coins,
    leveled_up: false,
    new_level: level,
    achievements_unlocked: [],
    quests_completed: [],
    streak: null,
    duplicate: true,
  };
}

/** The user-day an activity counts for. */
const dayOf = (ctx: Ctx, input: ActivityInput) =>
  dayKey(input.occurred_at ?? ctx.clock.now(), ctx.user.timezone, ctx.user.day_start_hour);

/**
 * Several payments and reversals of one unit of work (a habit's completion and the perfect day
 * it makes, or their undo) under one account lock, read once and written by one statement at
 * `close`: each sees what the ones before it did. Open it with every key it may pay or reverse
 * and the user-day of its activities; nothing is written or told until `close`.
 */
export class Rewards {
  private readonly news: RewardNews[] = [];

  private constructor(
    private readonly ctx: Ctx,
    private readonly account: Account,
    private readonly day: DayKey,
  ) {}

  static async open(tx: DbOrTx, ctx: Ctx, at: { keys: string[]; day: DayKey }): Promise<Rewards> {
    return new Rewards(ctx, await Account.open(tx, ctx, at), at.day);
  }

  /** As `record`, inside the unit. */
  async record(input: ActivityInput): Promise<RewardOutcome> {
    const { ctx, account } = this;
    checkActivity(input);
    const day = dayOf(ctx, input);
    if (day !== this.day) throw new Error(`an activity of ${day} recorded in a unit of ${this.day}`);
    const existing = account.entry(input.idempotency_key);
    if (existing) return firstOutcome(existing, account.level);

    const since = account.standing;
    const now = ctx.clock.now();
    const data = input.data ?? {};
    const boost = account.facts.boost;
    const reward = applyBoost(input.reward ?? defaultReward(input.type, data), boost?.multiplier ?? 1);
    const skill = skillStars(input.type, data);
    const eventId = randomUUID();
    account.writes.write(
      ledger.insertActivity(account.tx, {
        id: eventId,
        user_id: ctx.userId,
        event_type: input.type,
        occurred_at: input.occurred_at ?? now,
        local_date: day,
        source_id: input.source_id ?? null,
        data,
        xp_awarded: reward.xp,
        coins_awarded: reward.coins,
        created_at: now,
      }),
    );
    account.count(eventCounterDeltas(input.type, data, 1));
    const row = account.pay({
      event_type: input.type,
      idempotency_key: input.idempotency_key,
      xp: reward.xp,
      coins: reward.coins,
      skill: skill?.skill,
      stars: skill?.stars,
      source_id: input.source_id,
      activity_event_id: eventId,
      details: boost ? { boost: boost.multiplier } : {},
    });

    const streaks = await advanceStreaks(ctx, account, input.type, data, day);
    const quests_completed = await advanceQuests(ctx, account, input.type, data, day, streaks.daily);
    const metrics = Object.keys(metricContributions(input.type, data)) as TotalMetric[];
    const unlocked = await account.evaluateAchievements({
      event: input.type,
      streaks: new Map([...streaks.changed].map(([type, s]) => [type, s.longest])),
      metrics,
    });

    const leveled_up = account.level > since.level;
    const outcome: RewardOutcome = {
      xp: reward.xp,
      coins: reward.coins,
      leveled_up,
      new_level: account.level,
      achievements_unlocked: unlocked.map(publicAchievement),
      quests_completed: quests_completed.map(({ period_key: _period, ...q }) => q),
      streak: streaks.shown,
      duplicate: false,
    };
    // A repeat of the key answers this outcome again.
    row.details = { ...row.details, outcome };
    account.announce(
      input.type,
      { xp: reward.xp, coins: reward.coins, skill: skill?.skill ?? null, activity_event_id: eventId },
      unlocked,
      since,
    );
    this.news.push({
      source: input.type,
      level_up: leveled_up ? { level: account.level, previous_level: since.level } : null,
      achievements_unlocked: unlocked,
      quests_completed,
    });
    return outcome;
  }

  /** As `reverse`, inside the unit. */
  async reverse(idempotencyKey: string): Promise<Reward> {
    const { ctx, account } = this;
    checkKey(idempotencyKey);
    // Achievement rewards and quest claims stay; spends are refunded by the market, not undone.
    if (RESERVED.test(idempotencyKey)) return { xp: 0, coins: 0 };
    const original = account.facts.entries.get(idempotencyKey);
    if (!original || original.xp < 0 || original.coins < 0 || original.event_type === 'purchase') {
      return { xp: 0, coins: 0 };
    }
    account.facts.entries.delete(idempotencyKey);
    const since = account.standing;
    // Coins already spent cannot be taken back below zero: the reversal takes what is left.
    const coins = Math.min(original.coins, account.balance);
    const xp = original.xp;
    account.writes.write(ledger.retireKey(account.tx, original));
    account.pay({
      event_type: original.event_type,
      idempotency_key: `reverse:${original.id}`,
      xp: -xp,
      coins: -coins,
      source_id: original.source_id,
      reason: 'reversal',
      details: {
        reverses: original.id,
        key: idempotencyKey,
        ...(coins < original.coins ? { coins_short: original.coins - coins } : {}),
      },
    });
    if (original.skill_key) account.removeStars(original.skill_key as SkillKey, original.skill_stars);
    const event = original.event;
    if (event) {
      const type = event.event_type as ActivityEventType;
      account.writes.write(ledger.deleteActivity(account.tx, ctx.userId, event.id));
      account.count(eventCounterDeltas(type, event.data, -1));
      await takeBackQuests(ctx, account, type, event.data, event.local_date);
    }
    account.announce(original.event_type, { xp: -xp, coins: -coins, skill: null, activity_event_id: null }, [], since);
    return { xp, coins };
  }

  /** Writes everything the unit did, then tells the reward listeners what its payments made happen. */
  async close(): Promise<void> {
    await this.account.close();
    for (const news of this.news) await this.ctx.rewardListeners.tell(this.account.tx, this.ctx, news);
  }
}

/**
 * Records what the user did and pays for it, inside the caller's transaction (SPEC §5): the
 * activity event, one ledger row, wallet, progress, skills, streaks, universal-quest progress
 * and achievements, then announces the outcome (delivered at commit). A repeated key pays
 * nothing and returns the first outcome. Three statements: `Rewards` has several in as many.
 */
export async function record(tx: DbOrTx, ctx: Ctx, input: ActivityInput): Promise<RewardOutcome> {
  checkActivity(input);
  const rewards = await Rewards.open(tx, ctx, { keys: [input.idempotency_key], day: dayOf(ctx, input) });
  const outcome = await rewards.record(input);
  await rewards.close();
  return outcome;
}

/**
 * Undoes what one recorded event paid: a negative ledger row for exactly its XP and coins
 * (achievement rewards stay) and its skill stars, and the event leaves the counts and the
 * quest progress. The key is freed, so the domain may record it again. Nothing to undo: 0/0.
 */
export async function reverse(tx: DbOrTx, ctx: Ctx, idempotencyKey: string): Promise<Reward> {
  checkKey(idempotencyKey);
  if (RESERVED.test(idempotencyKey)) return { xp: 0, coins: 0 };
  const rewards = await Rewards.open(tx, ctx, { keys: [idempotencyKey], day: today(ctx) });
  const reversed = await rewards.reverse(idempotencyKey);
  await rewards.close();
  return reversed;
}
