import { achievementTrigger } from '#common/catalogue';
import type { RewardOutcome } from '#common/contracts/gamification';
import type { ActivityEventType, SkillKey, StreakType } from '#common/enums';
import { type AchievementFacts, achievementProgress, countKey, isReached } from '#common/rules/achievements';
import type { TotalMetric } from '#common/rules/activity';
import { levelFor } from '#common/rules/levels';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { type Counters, readCounters } from '../../platform/counters';
import { type Publication, publishAll } from '../../platform/events';
import * as achievements from './achievements.repo';
import { eventCount, eventCountAtLeast, GAME_COUNTERS, metricTotal } from './game-counters';
import * as ledger from './ledger.repo';
import * as progress from './progress.repo';

type Unlocked = RewardOutcome['achievements_unlocked'][number] & { id: string };

export interface Entry {
  event_type: string;
  idempotency_key: string;
  xp: number;
  coins: number;
  skill?: SkillKey | null;
  stars?: number;
  source_id?: string | null;
  activity_event_id?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
  /**
   * How coins move the lifetime totals: `earn` (default; a reversal's negative coins take back
   * what was earned) or `spend` (a purchase's negative coins, a refund's positive ones).
   */
  kind?: 'earn' | 'spend';
}

/**
 * One user's economy for the length of a transaction: the wallet and progress rows are locked
 * on open, every payment writes its ledger row at once, and the account rows are written once
 * at `close` with the sums of what was paid, so they always equal the ledger's.
 */
export class Account {
  readonly startLevel: number;
  private xp = 0;
  private coins = 0;
  private earned = 0;
  private spent = 0;
  private stars = 0;

  private constructor(
    private readonly tx: DbOrTx,
    private readonly ctx: Ctx,
    private readonly start: ledger.Account,
  ) {
    this.startLevel = start.level;
  }

  static async open(tx: DbOrTx, ctx: Ctx): Promise<Account> {
    return new Account(tx, ctx, await ledger.lockAccount(tx, ctx.userId));
  }

  get totalXp() {
    return this.start.total_xp + this.xp;
  }
  get balance() {
    return this.start.coins + this.coins;
  }
  get totalEarned() {
    return this.start.total_earned + this.earned;
  }
  get level() {
    return levelFor(this.totalXp);
  }

  /** Writes one ledger row; null when its key was already used (nothing paid). */
  async pay(entry: Entry): Promise<ledger.LedgerRow | null> {
    const stars = entry.stars ?? 0;
    const row = await ledger.insertLedger(this.tx, {
      user_id: this.ctx.userId,
      event_type: entry.event_type,
      activity_event_id: entry.activity_event_id ?? null,
      source_id: entry.source_id ?? null,
      xp: entry.xp,
      coins: entry.coins,
      skill_key: stars > 0 ? (entry.skill ?? null) : null,
      skill_stars: entry.skill ? Math.max(0, stars) : 0,
      reason: entry.reason ?? null,
      idempotency_key: entry.idempotency_key,
      details: entry.details ?? {},
      created_at: this.ctx.clock.now(),
    });
    if (!row) return null;
    this.xp += entry.xp;
    this.coins += entry.coins;
    if (entry.kind === 'spend') this.spent -= entry.coins;
    else this.earned += entry.coins;
    if (entry.skill && stars !== 0) {
      await progress.addStars(this.tx, this.ctx.userId, entry.skill, stars);
      this.stars += stars;
    }
    return row;
  }

  /** Skill stars taken back by a reversal (the ledger row itself carries none). */
  async removeStars(skill: SkillKey, stars: number): Promise<void> {
    if (stars <= 0) return;
    await progress.addStars(this.tx, this.ctx.userId, skill, -stars);
    this.stars -= stars;
  }

  async close(): Promise<void> {
    if (this.xp === 0 && this.coins === 0 && this.earned === 0 && this.spent === 0 && this.stars === 0) return;
    await ledger.applyToAccount(this.tx, this.ctx.userId, {
      xp: this.xp,
      coins: this.coins,
      earned: this.earned,
      spent: this.spent,
      stars: this.stars,
      level: this.level,
    });
  }

  /**
   * Unlocks every achievement now reached and pays each once (key `achievement:<key>`). Their
   * rewards can raise the level or the coins earned, so those triggers are checked again.
   */
  async evaluateAchievements(changed: {
    event?: ActivityEventType;
    streaks?: Map<StreakType, number>;
    metrics?: TotalMetric[];
  }): Promise<Unlocked[]> {
    const { tx, ctx } = this;
    const defs = await ctx.catalogues.get(achievements.achievementCatalogue, tx);
    const have = await achievements.earned(tx, ctx.userId);
    const unlocked: Unlocked[] = [];
    const facts: AchievementFacts = { counts: {}, streaks: {}, level: this.level, totals: {} };
    for (const [type, longest] of changed.streaks ?? []) facts.streaks[type] = longest;
    // The counters already include the event being recorded (record bumps them first).
    let counters: Counters | null = null;
    const counted = async () => {
      counters ??= await readCounters(tx, ctx.userId, GAME_COUNTERS);
      return counters;
    };

    for (let round = 0; round < 5; round++) {
      const startXp = this.totalXp;
      const startEarned = this.totalEarned;
      facts.level = this.level;
      facts.totals.coins_earned = this.totalEarned;
      for (const def of defs) {
        if (have.has(def.key)) continue;
        const parsed = achievementTrigger.safeParse({
          trigger_type: def.trigger_type,
          trigger_config: def.trigger_config,
        });
        if (!parsed.success) continue;
        const trigger = parsed.data;
        // Only the triggers this change can move are evaluated (and their facts fetched).
        if (trigger.trigger_type === 'count') {
          if (round > 0 || trigger.trigger_config.event !== changed.event) continue;
          const { event, min_duration } = trigger.trigger_config;
          const c = await counted();
          facts.counts[countKey(event, min_duration)] ??= min_duration
            ? eventCountAtLeast(c, event, min_duration)
            : eventCount(c, event);
        } else if (trigger.trigger_type === 'streak') {
          if (round > 0 || facts.streaks[trigger.trigger_config.streak_type] === undefined) continue;
        } else if (trigger.trigger_type === 'total') {
          const metric = trigger.trigger_config.metric;
          if (metric !== 'coins_earned') {
            if (round > 0 || !changed.metrics?.includes(metric)) continue;
            facts.totals[metric] = metricTotal(await counted(), metric);
          }
        }
        if (!isReached(achievementProgress(trigger, facts))) continue;
        if (!(await achievements.unlock(tx, ctx.userId, def.key, ctx.clock.now()))) continue;
        have.set(def.key, ctx.clock.now());
        await this.pay({
          event_type: 'achievement',
          idempotency_key: `achievement:${def.key}`,
          xp: def.reward_xp,
          coins: def.reward_coins,
          reason: def.name,
          details: { achievement: def.key },
        });
        unlocked.push({
          id: def.id,
          key: def.key,
          name: def.name,
          description: def.description,
          icon: def.icon,
          reward_xp: def.reward_xp,
          reward_coins: def.reward_coins,
        });
      }
      if (this.totalXp === startXp && this.totalEarned === startEarned) break;
    }
    return unlocked;
  }

  /** Announces what happened; delivered to the user's devices when the transaction commits. */
  async announce(
    source: string,
    paid: { xp: number; coins: number; skill: SkillKey | null; activity_event_id: string | null },
    unlocked: Unlocked[],
  ): Promise<void> {
    const { tx, ctx } = this;
    const events: Publication[] = [];
    // Only awards are celebrated; spends and reversals move the wallet and say so below.
    if (paid.xp > 0 || paid.coins > 0) events.push({ type: 'reward', data: { source, ...paid } });
    for (const a of unlocked) {
      events.push({ type: 'achievement', data: { achievement_id: a.id, key: a.key, name: a.name } });
    }
    if (this.level > this.startLevel) {
      events.push({ type: 'level_up', data: { level: this.level, previous_level: this.startLevel } });
    }
    if (this.coins !== 0) events.push({ type: 'wallet_changed', data: { coins: this.balance } });
    await publishAll(tx, ctx.userId, events);
  }
}

export const publicAchievement = ({ id: _id, ...rest }: Unlocked) => rest;
