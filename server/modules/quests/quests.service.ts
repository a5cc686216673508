import { z } from 'zod';
import type {
  createQuestBody,
  PersonalQuest,
  QuestCompletion,
  questListQuery,
  UpdateQuestBody,
} from '#common/contracts/quests';
import type { QuestPeriod } from '#common/enums';
import {
  liveStreak,
  nextStatus,
  type PersonalQuestStatus,
  periodOfDay,
  type QuestAction,
  questReward,
  streakAfterCompletion,
} from '#common/rules/quests';
import { type DayKey, dayKey } from '#common/time/day';
import type { DbOrTx, Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound, validationError } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { record } from '../gamification';
import * as repo from './quests.repo';

const today = (ctx: Ctx): DayKey => dayKey(ctx.clock.now(), ctx.user.timezone, ctx.user.day_start_hour);

const currentPeriods = (day: DayKey): Record<QuestPeriod, string> => ({
  daily: periodOfDay('daily', day),
  weekly: periodOfDay('weekly', day),
  monthly: periodOfDay('monthly', day),
});

/** The API view of a quest on the user-day `day` (its current period and live streak). */
export function view(q: repo.QuestRow, day: DayKey): PersonalQuest {
  const period = q.repeat_period as QuestPeriod | null;
  return {
    id: q.id,
    title: q.title,
    description: q.description,
    category: q.category,
    difficulty: q.difficulty as PersonalQuest['difficulty'],
    status: q.status as PersonalQuest['status'],
    xp_reward: q.xp_reward,
    coin_reward: q.coin_reward,
    progress: q.progress,
    target: q.target,
    due_date: q.due_date,
    is_repeatable: q.is_repeatable,
    repeat_period: period,
    period_key: period ? periodOfDay(period, day) : null,
    streak_count: period ? liveStreak(q, period, day) : q.streak_count,
    longest_streak: q.longest_streak,
    last_completed_period: q.last_completed_period,
    accepted_at: q.accepted_at,
    completed_at: q.completed_at,
    abandoned_at: q.abandoned_at,
    created_at: q.created_at,
    updated_at: q.updated_at,
  };
}

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);
const OPEN = ['active', 'accepted'];

/** Repeatable quests completed in an earlier period re-open as they are read. */
export async function list(ctx: Ctx, query: z.output<typeof questListQuery>): Promise<Page<PersonalQuest>> {
  const db = ctx.database.db;
  const day = today(ctx);
  await repo.reopenRepeatable(db, ctx.userId, currentPeriods(day));
  const rows = await repo.list(db, ctx.userId, {
    statuses: query.status === 'open' ? OPEN : query.status ? [query.status] : undefined,
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (q) => [q.created_at.toISOString(), q.id]);
  return { data: page.data.map((q) => view(q, day)), page: page.page };
}

export async function get(ctx: Ctx, id: string): Promise<PersonalQuest> {
  const db = ctx.database.db;
  const day = today(ctx);
  await repo.reopenRepeatable(db, ctx.userId, currentPeriods(day), id);
  const found = await repo.find(db, ctx.userId, id);
  if (!found) throw notFound('quest');
  return view(found, day);
}

/**
 * Inserts a new quest, its reward fixed from the difficulty, in the caller's transaction or not;
 * other modules reach it through `createQuest` in index.ts.
 */
export async function insertNew(
  db: DbOrTx,
  userId: string,
  body: z.output<typeof createQuestBody>,
): Promise<repo.QuestRow> {
  const reward = questReward(body.difficulty);
  return repo.insert(db, {
    user_id: userId,
    title: body.title,
    description: body.description ?? null,
    category: body.category ?? null,
    difficulty: body.difficulty,
    xp_reward: reward.xp,
    coin_reward: reward.coins,
    target: body.target,
    due_date: body.due_date ?? null,
    is_repeatable: Boolean(body.repeat_period),
    repeat_period: body.repeat_period ?? null,
  });
}

export async function create(ctx: Ctx, body: z.output<typeof createQuestBody>): Promise<PersonalQuest> {
  return view(await insertNew(ctx.database.db, ctx.userId, body), today(ctx));
}

/** Runs `act` on the user's quest, locked, after a repeatable one had the chance to re-open. */
async function withQuest<T>(ctx: Ctx, id: string, act: (tx: Tx, q: repo.QuestRow, day: DayKey) => Promise<T>) {
  const day = today(ctx);
  return ctx.database.db.transaction(async (tx) => {
    await repo.reopenRepeatable(tx, ctx.userId, currentPeriods(day), id);
    const q = await repo.find(tx, ctx.userId, id, true);
    if (!q) throw notFound('quest');
    return act(tx, q, day);
  });
}

const isOpen = (q: repo.QuestRow) => OPEN.includes(q.status);

export async function update(ctx: Ctx, id: string, body: UpdateQuestBody): Promise<PersonalQuest> {
  return withQuest(ctx, id, async (tx, q, day) => {
    if ((body.target !== undefined || body.progress !== undefined) && !isOpen(q)) {
      throw conflict(`The progress of a ${q.status} quest cannot change.`);
    }
    const target = body.target ?? q.target;
    const progress = body.progress ?? q.progress;
    if (progress > target) {
      throw validationError([
        {
          path: body.progress !== undefined ? 'body.progress' : 'body.target',
          message: 'Progress cannot pass the target',
        },
      ]);
    }
    const row = await repo.update(tx, ctx.userId, id, {
      title: body.title,
      description: body.description,
      category: body.category,
      due_date: body.due_date,
      target: body.target,
      progress: body.progress,
    });
    if (!row) throw notFound('quest');
    return view(row, day);
  });
}

export async function remove(ctx: Ctx, id: string): Promise<void> {
  if (!(await repo.remove(ctx.database.db, ctx.userId, id))) throw notFound('quest');
}

function move(q: repo.QuestRow, action: QuestAction): PersonalQuestStatus {
  const next = nextStatus(q.status as PersonalQuestStatus, action);
  if (!next) throw conflict(`A ${q.status} quest cannot be ${action === 'accept' ? 'accepted' : `${action}ed`}.`);
  return next;
}

export function accept(ctx: Ctx, id: string): Promise<PersonalQuest> {
  return withQuest(ctx, id, async (tx, q, day) => {
    const status = move(q, 'accept');
    const row = await repo.update(tx, ctx.userId, id, { status, accepted_at: ctx.clock.now() });
    if (!row) throw notFound('quest');
    return view(row, day);
  });
}

export function abandon(ctx: Ctx, id: string): Promise<PersonalQuest> {
  return withQuest(ctx, id, async (tx, q, day) => {
    const status = move(q, 'abandon');
    const row = await repo.update(tx, ctx.userId, id, { status, abandoned_at: ctx.clock.now() });
    if (!row) throw notFound('quest');
    return view(row, day);
  });
}

/**
 * Completes an accepted quest and pays its fixed reward, once per quest (`quest_complete:<id>:once`)
 * or, for a repeatable one, once per period (`quest_complete:<id>:<period>`), keeping its streak.
 */
export function complete(ctx: Ctx, id: string): Promise<QuestCompletion> {
  return withQuest(ctx, id, async (tx, q, day) => {
    const status = move(q, 'complete');
    const now = ctx.clock.now();
    const period = q.repeat_period as QuestPeriod | null;
    const streak = period ? streakAfterCompletion(q, period, day) : null;
    const row = await repo.update(tx, ctx.userId, id, {
      status,
      completed_at: now,
      progress: q.target,
      ...(streak ?? {}),
    });
    if (!row) throw notFound('quest');
    const reward = await record(tx, ctx, {
      type: 'quest_complete',
      idempotency_key: `quest_complete:${q.id}:${streak?.last_completed_period ?? 'once'}`,
      source_id: q.id,
      occurred_at: now,
      data: { difficulty: q.difficulty, repeat_period: period },
      reward: { xp: q.xp_reward, coins: q.coin_reward },
    });
    return { quest: view(row, day), reward };
  });
}
