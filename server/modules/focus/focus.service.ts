import { z } from 'zod';
import type { FocusCompletion, FocusSession, focusListQuery, StartFocusBody } from '#common/contracts/focus';
import { canComplete, closeAt, type FocusClock, focusTiming, pausedAt, resumedAt } from '#common/rules/focus';
import { dayRange, dayStart } from '#common/time/day';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound } from '../../platform/errors';
import { publish } from '../../platform/events';
import { type Fact, type FactScope, mapFact } from '../../platform/facts';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { type RewardOutcome, record } from '../gamification';
import type { LoadedSession } from './focus.repo';
import * as repo from './focus.repo';
import * as presets from './presets.repo';

const clockOf = (s: LoadedSession): FocusClock => s;

/** The API view of a session as of `now`. */
export function view(s: LoadedSession, now: Date): FocusSession {
  const open = s.status === 'active' || s.status === 'paused';
  const t = focusTiming(clockOf(s), open ? now : (s.ended_at ?? now));
  return {
    id: s.id,
    mode: s.mode as FocusSession['mode'],
    status: s.status as FocusSession['status'],
    duration_seconds: s.duration_seconds,
    label: s.label,
    started_at: s.started_at,
    ended_at: s.ended_at,
    focused_seconds: open ? t.focused_seconds : s.focused_seconds,
    remaining_seconds: open ? t.remaining_seconds : Math.max(0, s.duration_seconds - s.focused_seconds),
    paused_seconds: t.paused_seconds,
    pause_count: s.pause_count,
    paused_at: open ? s.paused_at : null,
    ends_at: open ? t.ends_at : null,
    xp_awarded: s.xp_awarded,
    coins_awarded: s.coins_awarded,
    now,
    created_at: s.created_at,
    updated_at: s.updated_at,
  };
}

/** Tells every device of the user where the timer stands. */
async function announce(tx: Tx, ctx: Ctx, s: LoadedSession, now: Date): Promise<void> {
  const v = view(s, now);
  await publish(tx, ctx.userId, 'focus_state', {
    session_id: v.id,
    status: v.status,
    mode: v.mode,
    duration_seconds: v.duration_seconds,
    focused_seconds: v.focused_seconds,
    remaining_seconds: v.remaining_seconds,
    paused_at: v.paused_at?.toISOString() ?? null,
    ends_at: v.ends_at?.toISOString() ?? null,
    at: now.toISOString(),
  });
}

const isOpen = (s: LoadedSession) => s.status === 'active' || s.status === 'paused';

/**
 * Completes the session at `at` (a session that ran out at its natural end) and pays for the
 * focused time through the game layer; the idempotency key makes a repeat pay nothing.
 */
async function complete(
  tx: Tx,
  ctx: Ctx,
  s: LoadedSession,
  at: Date,
): Promise<{ session: LoadedSession; reward: RewardOutcome }> {
  const closed = closeAt(clockOf(s), at);
  const reward = await record(tx, ctx, {
    type: 'focus_complete',
    idempotency_key: `focus_complete:${s.id}`,
    source_id: s.id,
    occurred_at: closed.ended_at,
    data: { mode: s.mode, focused_seconds: closed.focused_seconds },
  });
  const session = await repo.update(
    tx,
    s,
    {
      status: 'completed',
      ended_at: closed.ended_at,
      focused_seconds: closed.focused_seconds,
      xp_awarded: Math.max(0, reward.xp),
      coins_awarded: Math.max(0, reward.coins),
    },
    { paused_at: null, total_paused_ms: closed.total_paused_ms },
  );
  await announce(tx, ctx, session, at);
  return { session, reward };
}

async function abandon(tx: Tx, ctx: Ctx, s: LoadedSession, now: Date): Promise<LoadedSession> {
  const closed = closeAt(clockOf(s), now);
  const session = await repo.update(
    tx,
    s,
    { status: 'abandoned', ended_at: closed.ended_at, focused_seconds: closed.focused_seconds },
    { paused_at: null, total_paused_ms: closed.total_paused_ms },
  );
  await announce(tx, ctx, session, now);
  return session;
}

/** A locked session whose time ran out completes itself before anything else happens to it. */
async function settle(tx: Tx, ctx: Ctx, s: LoadedSession, now: Date) {
  if (isOpen(s) && focusTiming(clockOf(s), now).run_out) return complete(tx, ctx, s, now);
  return { session: s, reward: null };
}

/**
 * Completes the user's open session if its time ran out (a read notices it). The common case,
 * nothing to do, costs one read and no transaction.
 */
export async function settleOpen(ctx: Ctx, now: Date): Promise<LoadedSession | null> {
  const open = await repo.findOpen(ctx.database.db, ctx.userId);
  if (!open || !focusTiming(clockOf(open), now).run_out) return open;
  return ctx.database.db.transaction(async (tx) => {
    const locked = await repo.findOpen(tx, ctx.userId, true);
    if (!locked) return null;
    const { session } = await settle(tx, ctx, locked, now);
    return isOpen(session) ? session : null;
  });
}

export async function start(ctx: Ctx, body: StartFocusBody): Promise<FocusSession> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const preset = body.preset_id ? await presets.find(tx, ctx.userId, body.preset_id) : null;
    if (body.preset_id && !preset) throw notFound('preset');
    // One open session per user: the previous one ends (completing if its time was up).
    const open = await repo.findOpen(tx, ctx.userId, true);
    if (open) {
      const { session } = await settle(tx, ctx, open, now);
      if (isOpen(session)) await abandon(tx, ctx, session, now);
    }
    const session = await repo.insert(tx, {
      user_id: ctx.userId,
      mode: body.mode,
      duration_seconds: body.duration_seconds,
      label: body.label ?? preset?.name ?? null,
      started_at: now,
    });
    await announce(tx, ctx, session, now);
    return view(session, now);
  });
}

/**
 * The open session as a fact for a composed read, as it stands at the scope's time. One whose
 * time ran out is flagged rather than completed (a read statement cannot write): the caller
 * settles it through `active`.
 */
export const openFocusFact: Fact<{ session: FocusSession | null; ranOut: boolean }> = mapFact(
  repo.openSessionFact,
  (open, { now }: FactScope) => ({
    session: open ? view(open, now) : null,
    ranOut: open !== null && focusTiming(clockOf(open), now).run_out,
  }),
);

export async function active(ctx: Ctx): Promise<FocusSession | null> {
  const now = ctx.clock.now();
  const open = await settleOpen(ctx, now);
  return open ? view(open, now) : null;
}

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof focusListQuery>) {
  const now = ctx.clock.now();
  await settleOpen(ctx, now);
  const { timezone, day_start_hour } = ctx.user;
  const rows = await repo.list(ctx.database.db, ctx.userId, {
    mode: query.mode,
    status: query.status,
    startedFrom: query.from ? dayStart(query.from, timezone, day_start_hour) : undefined,
    startedBefore: query.to ? dayRange(query.to, timezone, day_start_hour).end : undefined,
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.started_at.toISOString(), r.id]);
  return { data: page.data.map((r) => view(r, now)), page: page.page } satisfies Page<FocusSession>;
}

/** Runs `act` on the user's session `id`, locked, after it had the chance to complete itself. */
async function withSession<T>(
  ctx: Ctx,
  id: string,
  act: (tx: Tx, settled: { session: LoadedSession; reward: RewardOutcome | null }, now: Date) => Promise<T>,
): Promise<T> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const found = await repo.findById(tx, ctx.userId, id, true);
    if (!found) throw notFound('focus session');
    return act(tx, await settle(tx, ctx, found, now), now);
  });
}

const ended = (s: LoadedSession) => conflict(`This session is already ${s.status}.`);

/** Idempotent: pausing a paused session answers its state unchanged. */
export function pause(ctx: Ctx, id: string): Promise<FocusSession> {
  return withSession(ctx, id, async (tx, { session: s }, now) => {
    if (!isOpen(s)) throw ended(s);
    if (s.status === 'paused') return view(s, now);
    const session = await repo.update(
      tx,
      s,
      { status: 'paused' },
      { ...pausedAt(clockOf(s), now), pause_count: s.pause_count + 1 },
    );
    await announce(tx, ctx, session, now);
    return view(session, now);
  });
}

/** Idempotent: resuming a running session answers its state unchanged. */
export function resume(ctx: Ctx, id: string): Promise<FocusSession> {
  return withSession(ctx, id, async (tx, { session: s }, now) => {
    if (!isOpen(s)) throw ended(s);
    if (s.status === 'active') return view(s, now);
    const session = await repo.update(tx, s, { status: 'active' }, resumedAt(clockOf(s), now));
    await announce(tx, ctx, session, now);
    return view(session, now);
  });
}

/**
 * Accepted within the grace of the end. Completing a completed session again answers it with
 * the first reward (marked `duplicate`), so a retried request pays nothing twice.
 */
export function finish(ctx: Ctx, id: string): Promise<FocusCompletion> {
  return withSession(ctx, id, async (tx, settled, now) => {
    const s = settled.session;
    if (settled.reward) return { session: view(s, now), reward: settled.reward };
    if (s.status === 'abandoned') throw ended(s);
    if (s.status === 'completed') {
      const reward = await record(tx, ctx, {
        type: 'focus_complete',
        idempotency_key: `focus_complete:${s.id}`,
        source_id: s.id,
        occurred_at: s.ended_at ?? now,
        data: { mode: s.mode, focused_seconds: s.focused_seconds },
      });
      return { session: view(s, now), reward };
    }
    const remaining = focusTiming(clockOf(s), now).remaining_seconds;
    if (!canComplete(clockOf(s), now)) {
      throw conflict(`The session is not finished: ${remaining} s remain.`, 'focus_not_finished');
    }
    const done = await complete(tx, ctx, s, now);
    return { session: view(done.session, now), reward: done.reward };
  });
}

/** Idempotent for an abandoned session; a completed one stays completed (409). */
export function giveUp(ctx: Ctx, id: string): Promise<FocusSession> {
  return withSession(ctx, id, async (tx, { session: s }, now) => {
    if (s.status === 'abandoned') return view(s, now);
    if (s.status === 'completed') throw ended(s);
    return view(await abandon(tx, ctx, s, now), now);
  });
}
