import { randomUUID } from 'node:crypto';
import type { RewardOutcome } from '#common/contracts/gamification';
import type { ActivityEventType, SkillKey, StreakType } from '#common/enums';
import { type AchievementFacts, achievementProgress, countKey, isReached } from '#common/rules/achievements';
import type { TotalMetric } from '#common/rules/activity';
import { levelFor } from '#common/rules/levels';
import type { StreakState } from '#common/rules/streaks';
import type { DayKey } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { countersFact, counterUpsert } from '../../platform/counters';
import type { Publication } from '../../platform/events';
import { type FactValues, paramsOf, readFacts, scopeOf } from '../../platform/facts';
import { WriteBatch } from '../../platform/write-batch';
import * as achievements from './achievements.repo';
import { eventCount, eventCountAtLeast, GAME_COUNTERS, metricTotal } from './game-counters';
import * as ledger from './ledger.repo';
import * as progress from './progress.repo';
import * as purchases from './purchases.repo';
import * as quests from './quest-progress.repo';

/** An achievement unlocked, with what the game layer and the reward listeners need beyond its public face. */
export type Unlocked = RewardOutcome['achievements_unlocked'][number] & { id: string; reward_item_key: string | null };

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

/** What a writer of the economy reads once the account is locked, in one statement. */
const lockedFacts = {
  /** The ledger rows of the keys the writer may pay or reverse, those already used. */
  entries: ledger.ledgerByKeysFact,
  boost: purchases.activeBoostFact,
  shields: purchases.shieldsHeldFact,
  streaks: progress.streaksFact,
  earned: achievements.earnedFact,
  counters: countersFact(GAME_COUNTERS),
  /** Universal-quest progress in the periods of the writer's day. */
  quests: quests.progressOfPeriodsFact,
};
export type LockedFacts = FactValues<typeof lockedFacts>;

type PendingRow = ledger.NewLedgerRow & {
  id: string;
  idempotency_key: string;
  xp: number;
  coins: number;
  details: Record<string, unknown>;
};
export interface Standing {
  level: number;
  balance: number;
}

/**
 * One user's economy for the length of a unit of work. `open` locks the wallet and progress rows
 * and reads, in a second statement, everything a payment decides on; while the caller decides,
 * every write (ledger rows, activity, counters, skills, streaks, quests, achievements, events)
 * is queued, and `close` sends them as one statement with the account rows moved by the sums of
 * what was paid, so they always equal the ledger's. Under the lock nothing else changes these
 * rows, so what was read stays true until `close`; what the unit changes is kept in the facts,
 * so a second payment of the same unit sees the first. Each row is written once at `close`,
 * with everything the unit did to it (one statement must not modify a row twice).
 */
export class Account {
  readonly writes: WriteBatch;
  /** New ledger rows by idempotency key. */
  private readonly ledgerRows = new Map<string, PendingRow>();
  private readonly skillStars = new Map<SkillKey, number>();
  private readonly counterDeltas: [string, number][] = [];
  private readonly streaksSaved = new Set<StreakType>();
  private readonly questsSaved = new Map<string, quests.PeriodProgress>();
  private readonly questsTakenBack = new Map<string, { questId: string; periodKey: string; amount: number }>();
  private xp = 0;
  private coins = 0;
  private earned = 0;
  private spent = 0;
  private stars = 0;

  private constructor(
    readonly tx: DbOrTx,
    private readonly ctx: Ctx,
    private readonly start: ledger.Account,
    readonly facts: LockedFacts,
  ) {
    this.writes = new WriteBatch(ctx.userId);
  }

  /**
   * Locks the account of the request's user. `keys` are the idempotency keys the unit may pay
   * or reverse, `day` the user-day whose quest periods it moves.
   */
  static async open(tx: DbOrTx, ctx: Ctx, at: { keys: string[]; day: DayKey }): Promise<Account> {
    const start = await ledger.lockAccount(tx, ctx.userId);
    const scope = { ...scopeOf(ctx), day: at.day };
    const params = { ...paramsOf(scope), keys: JSON.stringify(at.keys) };
    return new Account(tx, ctx, start, await readFacts(tx, lockedFacts, params, scope));
  }

  /** The ledger row of a key: read on open, or paid by this unit. */
  entry(key: string): Pick<ledger.LedgerRow, 'xp' | 'coins' | 'details'> | null {
    return this.ledgerRows.get(key) ?? this.facts.entries.get(key) ?? null;
  }

  /** Where the account stood, to tell what one payment of the unit changed. */
  get standing(): Standing {
    return { level: this.level, balance: this.balance };
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

  /**
   * Queues one ledger row and counts it towards the account; returns the row, whose details the
   * caller may still complete before `close`. The caller has checked its key is unused.
   */
  pay(entry: Entry): PendingRow {
    const stars = entry.stars ?? 0;
    const row = {
      id: randomUUID(),
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
    };
    this.ledgerRows.set(row.idempotency_key, row);
    this.xp += entry.xp;
    this.coins += entry.coins;
    if (entry.kind === 'spend') this.spent -= entry.coins;
    else this.earned += entry.coins;
    if (entry.skill && stars !== 0) this.addStars(entry.skill, stars);
    return row;
  }

  /** Skill stars taken back by a reversal (the ledger row itself carries none). */
  removeStars(skill: SkillKey, stars: number): void {
    if (stars > 0) this.addStars(skill, -stars);
  }

  private addStars(skill: SkillKey, stars: number): void {
    this.skillStars.set(skill, (this.skillStars.get(skill) ?? 0) + stars);
    this.stars += stars;
  }

  /** Moves the game counters by an event's deltas: in the facts read now, in the database at `close`. */
  count(deltas: [string, number][]): void {
    const counters = this.facts.counters;
    for (const [key, n] of deltas) counters.set(key, (counters.get(key) ?? 0) + n);
    this.counterDeltas.push(...deltas);
  }

  /** A streak's new state: in the facts now, in the database at `close`. */
  saveStreak(type: StreakType, state: StreakState): void {
    this.facts.streaks.set(type, state);
    this.streaksSaved.add(type);
  }

  /** Quest progress as computed under the lock: in the facts now, in the database at `close`. */
  saveQuestProgress(rows: quests.PeriodProgress[]): void {
    for (const row of rows) {
      const key = `${row.quest_id}|${row.period_key}`;
      const i = this.facts.quests.findIndex((r) => `${r.quest_id}|${r.period_key}` === key);
      if (i >= 0) this.facts.quests[i] = row;
      else this.facts.quests.push(row);
      this.questsSaved.set(key, row);
    }
  }

  /** Amounts an undone event takes back out of quests' progress, at `close`. */
  takeBackQuests(amounts: { questId: string; periodKey: string; amount: number }[]): void {
    for (const a of amounts) {
      const key = `${a.questId}|${a.periodKey}`;
      const sum = this.questsTakenBack.get(key);
      this.questsTakenBack.set(key, { ...a, amount: a.amount + (sum?.amount ?? 0) });
    }
  }

  /** Sends every queued write and event, and the account rows moved by what was paid. */
  async close(): Promise<void> {
    const { tx, ctx, writes } = this;
    const counters = counterUpsert(tx, ctx.userId, this.counterDeltas);
    if (counters) writes.write(counters);
    for (const type of this.streaksSaved) {
      writes.write(progress.saveStreak(tx, ctx.userId, type, this.facts.streaks.get(type) as StreakState));
    }
    if (this.questsSaved.size > 0) writes.write(quests.saveProgress(tx, ctx.userId, [...this.questsSaved.values()]));
    if (this.questsTakenBack.size > 0) {
      if ([...this.questsTakenBack.keys()].some((key) => this.questsSaved.has(key))) {
        throw new Error('a unit of work both advanced and took back the same quest progress');
      }
      writes.write(quests.takeBackAll(ctx.userId, [...this.questsTakenBack.values()]));
    }
    for (const [skill, stars] of this.skillStars) {
      if (stars !== 0) writes.write(progress.addStars(tx, ctx.userId, skill, stars));
    }
    if (this.ledgerRows.size > 0) writes.write(ledger.insertLedger(tx, [...this.ledgerRows.values()]));
    if (this.xp !== 0 || this.coins !== 0 || this.earned !== 0 || this.spent !== 0 || this.stars !== 0) {
      writes.write(
        ...ledger.applyToAccount(ctx.userId, {
          xp: this.xp,
          coins: this.coins,
          earned: this.earned,
          spent: this.spent,
          stars: this.stars,
          level: this.level,
        }),
      );
    }
    await writes.flush(tx);
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
    const have = this.facts.earned;
    const unlocked: Unlocked[] = [];
    const facts: AchievementFacts = { counts: {}, streaks: {}, level: this.level, totals: {} };
    for (const [type, longest] of changed.streaks ?? []) facts.streaks[type] = longest;
    // The counters already include the event being recorded (record counts it first).
    const counters = this.facts.counters;

    for (let round = 0; round < 5; round++) {
      const startXp = this.totalXp;
      const startEarned = this.totalEarned;
      facts.level = this.level;
      facts.totals.coins_earned = this.totalEarned;
      for (const def of defs) {
        if (have.has(def.key)) continue;
        const { trigger } = def;
        // Only the triggers this change can move are evaluated (and their facts fetched).
        if (trigger.trigger_type === 'count') {
          if (round > 0 || trigger.trigger_config.event !== changed.event) continue;
          const { event, min_duration } = trigger.trigger_config;
          facts.counts[countKey(event, min_duration)] ??= min_duration
            ? eventCountAtLeast(counters, event, min_duration)
            : eventCount(counters, event);
        } else if (trigger.trigger_type === 'streak') {
          if (round > 0 || facts.streaks[trigger.trigger_config.streak_type] === undefined) continue;
        } else if (trigger.trigger_type === 'total') {
          const metric = trigger.trigger_config.metric;
          if (metric !== 'coins_earned') {
            if (round > 0 || !changed.metrics?.includes(metric)) continue;
            facts.totals[metric] = metricTotal(counters, metric);
          }
        }
        if (!isReached(achievementProgress(trigger, facts))) continue;
        this.writes.write(achievements.unlock(tx, ctx.userId, def.key, ctx.clock.now()));
        have.set(def.key, ctx.clock.now());
        this.pay({
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
          reward_item_key: def.reward_item_key,
        });
      }
      if (this.totalXp === startXp && this.totalEarned === startEarned) break;
    }
    return unlocked;
  }

  /**
   * Announces what one payment did since `since` (where the account stood before it), with the
   * writes; delivered to the user's devices at commit.
   */
  announce(
    source: string,
    paid: { xp: number; coins: number; skill: SkillKey | null; activity_event_id: string | null },
    unlocked: Unlocked[],
    since: Standing,
  ): void {
    const events: Publication[] = [];
    // Only awards are celebrated; spends and reversals move the wallet and say so below.
    if (paid.xp > 0 || paid.coins > 0) events.push({ type: 'reward', data: { source, ...paid } });
    for (const a of unlocked) {
      events.push({ type: 'achievement', data: { achievement_id: a.id, key: a.key, name: a.name } });
    }
    if (this.level > since.level) {
      events.push({ type: 'level_up', data: { level: this.level, previous_level: since.level } });
    }
    if (this.balance !== since.balance) events.push({ type: 'wallet_changed', data: { coins: this.balance } });
    this.writes.publish(...events);
  }
}

export const publicAchievement = ({ id: _id, reward_item_key: _item, ...rest }: Unlocked) => rest;
