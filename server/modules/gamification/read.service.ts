import type { z } from 'zod';
import { z as zod } from 'zod';
import { achievementTrigger } from '#common/catalogue';
import type { PageQuery } from '#common/contracts/base';
import type {
  achievementState,
  historyDay,
  ledgerEntry,
  skillState,
  streakState,
  summary,
  teaser,
} from '#common/contracts/gamification';
import {
  type AchievementFacts,
  achievementProgress,
  countKey,
  nearest,
  progressLabel,
} from '#common/rules/achievements';
import { levelInfo } from '#common/rules/levels';
import { addDays, dayKey, dayStart } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import * as achievements from './achievements.repo';
import * as ledger from './ledger.repo';
import * as progress from './progress.repo';
import * as purchases from './purchases.repo';
import * as reads from './reads.repo';
import { readStreaks } from './streaks.service';

const today = (ctx: Ctx) => dayKey(ctx.clock.now(), ctx.user.timezone, ctx.user.day_start_hour);

export async function getSkills(ctx: Ctx): Promise<z.infer<typeof skillState>[]> {
  const rows = await progress.skills(ctx.database.db, ctx.userId);
  return rows.map((r) => ({
    ...r,
    key: r.key as z.infer<typeof skillState>['key'],
    stars_into_level: r.level >= r.max_level ? 0 : r.stars - r.level * r.stars_per_level,
  }));
}

export async function getStreaks(ctx: Ctx): Promise<z.infer<typeof streakState>[]> {
  const rows = await readStreaks(ctx.database.db, ctx, today(ctx));
  return rows.map(({ type, state, current }) => ({
    type,
    current,
    longest: state.longest,
    last_active_date: state.last_active_date,
    shields_used: state.shields_used,
  }));
}

export async function getSummary(ctx: Ctx): Promise<z.infer<typeof summary>> {
  const db = ctx.database.db;
  const account = await ledger.readAccount(db, ctx.userId);
  const [skills, streaks, shields, boost] = [
    await getSkills(ctx),
    await getStreaks(ctx),
    await purchases.shieldsHeld(db, ctx.userId),
    await purchases.activeBoost(db, ctx.userId, ctx.clock.now()),
  ];
  const daily = streaks.find((s) => s.type === 'daily');
  return {
    total_xp: account.total_xp,
    ...levelInfo(account.total_xp),
    coins: account.coins,
    total_earned: account.total_earned,
    total_spent: account.total_spent,
    total_skill_stars: account.total_skill_stars,
    skills: skills.map(({ key, stars, level }) => ({ key, stars, level })),
    daily_streak: daily?.current ?? 0,
    longest_daily_streak: daily?.longest ?? 0,
    streak_shields: shields,
    active_boost: boost,
  };
}

const ledgerCursor = zod.tuple([zod.iso.datetime(), zod.uuid()]);

export async function getLedger(ctx: Ctx, query: PageQuery): Promise<Page<z.infer<typeof ledgerEntry>>> {
  const cursor = decodeCursor(query.cursor, ledgerCursor);
  const rows = await reads.ledgerPage(
    ctx.database.db,
    ctx.userId,
    query.limit,
    cursor ? { created_at: new Date(cursor[0]), id: cursor[1] } : undefined,
  );
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  return {
    ...page,
    data: page.data.map((r) => ({ ...r, skill_key: r.skill_key as z.infer<typeof ledgerEntry>['skill_key'] })),
  };
}

type AchievementState = z.infer<typeof achievementState>;
interface StateRow {
  state: AchievementState;
  label: string;
  sort_order: number;
  start: number;
}

/** Every active achievement with the user's progress; hidden ones stay "???" until earned. */
async function achievementStates(ctx: Ctx): Promise<StateRow[]> {
  const db = ctx.database.db;
  const [defs, have, counts, totals, account, streaks] = [
    await achievements.activeDefinitions(db),
    await achievements.earned(db, ctx.userId),
    await progress.countsByType(db, ctx.userId),
    await progress.activityTotals(db, ctx.userId),
    await ledger.readAccount(db, ctx.userId),
    await progress.streaks(db, ctx.userId),
  ];
  const facts: AchievementFacts = {
    counts: Object.fromEntries(counts),
    streaks: Object.fromEntries([...streaks].map(([t, s]) => [t, s.longest])),
    level: account.level,
    totals: { ...totals, coins_earned: account.total_earned },
  };
  const out: StateRow[] = [];
  for (const def of defs) {
    const parsed = achievementTrigger.safeParse({ trigger_type: def.trigger_type, trigger_config: def.trigger_config });
    if (!parsed.success) continue;
    const trigger = parsed.data;
    if (trigger.trigger_type === 'count' && trigger.trigger_config.min_duration) {
      const key = countKey(trigger.trigger_config.event, trigger.trigger_config.min_duration);
      facts.counts[key] ??= await progress.countEvents(
        db,
        ctx.userId,
        trigger.trigger_config.event,
        trigger.trigger_config.min_duration,
      );
    }
    const earnedAt = have.get(def.key) ?? null;
    const p = achievementProgress(trigger, facts);
    const shown = { progress: earnedAt ? p.target : p.progress, target: p.target };
    const secret = def.is_hidden && !earnedAt;
    out.push({
      state: {
        key: def.key,
        name: secret ? '???' : def.name,
        description: secret ? '???' : def.description,
        category: def.category as AchievementState['category'],
        icon: secret ? 'lock' : def.icon,
        reward_xp: def.reward_xp,
        reward_coins: def.reward_coins,
        is_hidden: def.is_hidden,
        earned: earnedAt !== null,
        earned_at: earnedAt,
        ...shown,
      },
      label: progressLabel(trigger, shown),
      sort_order: def.sort_order,
      start: p.start ?? 0,
    });
  }
  return out;
}

export async function getAchievements(ctx: Ctx): Promise<AchievementState[]> {
  return (await achievementStates(ctx)).map((a) => a.state);
}

export async function getTeaser(ctx: Ctx): Promise<z.infer<typeof teaser>> {
  const open = (await achievementStates(ctx)).filter((a) => !a.state.earned && !a.state.is_hidden);
  const best = nearest(open.map((a) => ({ ...a, progress: a.state.progress, target: a.state.target })));
  return best ? { achievement: best.state, label: best.label } : { achievement: null, label: null };
}

/** XP and coins per user-day for the last `days` days, oldest first, days without activity at 0. */
export async function getHistory(ctx: Ctx, days: number): Promise<z.infer<typeof historyDay>[]> {
  const { timezone, day_start_hour } = ctx.user;
  const last = today(ctx);
  const first = addDays(last, -(days - 1));
  const rows = await reads.perDay(
    ctx.database.db,
    ctx.userId,
    dayStart(first, timezone, day_start_hour),
    timezone,
    day_start_hour,
  );
  const byDay = new Map(rows.map((r) => [r.date, r]));
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(first, i);
    const r = byDay.get(date);
    return { date, xp: r?.xp ?? 0, coins: r?.coins ?? 0 };
  });
}
