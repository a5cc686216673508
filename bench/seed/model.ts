import type { PgTable } from 'drizzle-orm/pg-core';
import type { ActivityEventType } from '#common/enums';
import type { Reward } from '#common/rules/rewards';
import { addDays, type DayKey, dayKey, dayStart } from '#common/time/day';
import type { AchievementDefinition } from '../../server/modules/gamification/achievements.repo';
import type { UniversalQuest } from '../../server/modules/gamification/quest-progress.repo';
import { Rng } from './prng';

/** The configuration and catalogue the generators need, read once before generating. */
export interface SeedContext {
  termsVersion: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  userRoleId: string;
  onboardingFlowId: string | null;
  universalQuests: UniversalQuest[];
  achievements: AchievementDefinition[];
  /** The active lessons and drills, in curriculum order. */
  lessons: { id: string; xp_reward: number; coin_reward: number }[];
  drills: { id: string; question_count: number; xp_reward: number; coin_reward: number }[];
}

/**
 * One seeded user: who they are, their days, and a random stream per module. Times are placed
 * in the user's own days (time zone and day-start hour) and never after `now`.
 */
export class SeedUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly createdAt: Date;
  /** The user-day the account was created on. */
  readonly firstDay: DayKey;
  readonly today: DayKey;

  constructor(
    readonly seed: string,
    readonly index: number,
    readonly now: Date,
    readonly timezone: string,
    readonly dayStartHour: number,
    /** How many days before today the account was created. */
    age: number,
    readonly heavy: boolean,
    email: string,
    name: string,
  ) {
    this.id = this.rng('id').uuid();
    this.email = email;
    this.name = name;
    this.today = dayKey(now, timezone, dayStartHour);
    // Half an hour into the first day, or a few minutes ago for someone who signed up just now.
    const created = new Date(dayStart(addDays(this.today, -age), timezone, dayStartHour).getTime() + 30 * 60_000);
    this.createdAt = created.getTime() < now.getTime() - 5 * 60_000 ? created : new Date(now.getTime() - 5 * 60_000);
    this.firstDay = dayKey(this.createdAt, timezone, dayStartHour);
  }

  /** The random stream of one module for this user (independent of every other module's). */
  rng(module: string): Rng {
    return new Rng(`${this.seed}:${this.index}:${module}`);
  }

  /** `hours` after the start of the user's `day` (fractions allowed). */
  at(day: DayKey, hours: number): Date {
    return new Date(dayStart(day, this.timezone, this.dayStartHour).getTime() + Math.round(hours * 3_600_000));
  }

  /** Whether an instant is safely in the past (a minute before now). */
  past(instant: Date): boolean {
    return instant.getTime() < this.now.getTime() - 60_000;
  }

  /** Every day from the first through today. */
  days(): DayKey[] {
    const out: DayKey[] = [];
    for (let d = this.firstDay; d <= this.today; d = addDays(d, 1)) out.push(d);
    return out;
  }

  private starts: { keys: DayKey[]; ms: number[] } | null = null;

  /** The user-day of an instant; a binary search over the user's day starts (Intl is slow). */
  dayOf(instant: Date): DayKey {
    if (!this.starts) {
      const keys: DayKey[] = [];
      const ms: number[] = [];
      for (let d = addDays(this.firstDay, -1); d <= addDays(this.today, 62); d = addDays(d, 1)) {
        keys.push(d);
        ms.push(dayStart(d, this.timezone, this.dayStartHour).getTime());
      }
      this.starts = { keys, ms };
    }
    const { keys, ms } = this.starts;
    const t = instant.getTime();
    if (t < (ms[0] as number) || t >= (ms.at(-1) as number)) return dayKey(instant, this.timezone, this.dayStartHour);
    let lo = 0;
    let hi = ms.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if ((ms[mid] as number) <= t) lo = mid;
      else hi = mid - 1;
    }
    return keys[lo] as DayKey;
  }
}

/** What a domain reports to the game layer (`record`), replayed by derive.ts. */
export interface Activity {
  type: ActivityEventType;
  idempotency_key: string;
  source_id: string | null;
  occurred_at: Date;
  data: Record<string, unknown>;
  /** A fixed reward (personal quests), as the domain passes it. */
  reward?: Reward;
}

type Row = Record<string, unknown>;

/** Facts one module leaves for the ones after it (the plan draws on habits, focus, calendar, quests). */
export interface DayFacts {
  /** Habits due that day (as the plan generator saw them) and when each was completed. */
  habits: { id: string; name: string; completedAt: Date | null }[];
  /** When each completed focus session ended. */
  focusEnds: Date[];
  /** The day's calendar occurrences. */
  events: { id: string; title: string; type: string; start: Date | null; location: string | null }[];
  /** Personal quests accepted and open that day, and when each was completed if it was. */
  quests: { id: string; title: string; completedAt: Date | null }[];
}

/** Everything generated for one user: rows per table, the activities, the shared day facts. */
export class UserData {
  readonly rows = new Map<PgTable, Row[]>();
  readonly activities: Activity[] = [];
  private readonly facts = new Map<DayKey, DayFacts>();

  constructor(readonly user: SeedUser) {}

  add<T extends PgTable>(table: T, row: T['$inferInsert']): void {
    let list = this.rows.get(table);
    if (!list) {
      list = [];
      this.rows.set(table, list);
    }
    list.push(row as Row);
  }

  record(activity: Activity): void {
    this.activities.push(activity);
  }

  day(key: DayKey): DayFacts {
    let f = this.facts.get(key);
    if (!f) {
      f = { habits: [], focusEnds: [], events: [], quests: [] };
      this.facts.set(key, f);
    }
    return f;
  }
}

/** A module's part of the seed: its rows and the activities they recorded, for one user. */
export interface SeedModule {
  name: string;
  generate(data: UserData, context: SeedContext): void;
}
