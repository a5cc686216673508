import { z } from 'zod';
import type {
  ExerciseMeasurement,
  PersonalRecord,
  RecordHit,
  RecordType,
  recordsQuery,
  recordTimelineQuery,
} from '#common/contracts/exercise';
import {
  type LoggedSet,
  type RecordState,
  reconcileRecords,
  recordKey,
  recordsAfterNewSet,
  recordsFrom,
  recordTypesFor,
} from '#common/rules/exercise';
import { dayKey } from '#common/time/day';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { type RewardOutcome, Rewards } from '../gamification';
import { exerciseRef, mergeOutcomes } from './exercise.view';
import * as repo from './records.repo';
import * as sessionsRepo from './sessions.repo';

/** What a set write did to the records: the ones it set, and the rewards to pay and take back. */
export interface RecordDecisions {
  hits: RecordHit[];
  pay: { key: string; source_id: string; exercise_id: string; type: RecordType; value: number }[];
  reverse: string[];
}

const none = (): RecordDecisions => ({ hits: [], pay: [], reverse: [] });

interface ExerciseFacts {
  id: string;
  measurement: ExerciseMeasurement;
}

/**
 * A new working set against the stored records: it beats a record strictly or not at all, and
 * only it can, since it is the latest set of the exercise. The session's volume rises with it.
 */
export async function afterNewSet(
  tx: Tx,
  ctx: Ctx,
  exercise: ExerciseFacts,
  set: LoggedSet,
  now: Date,
): Promise<RecordDecisions> {
  if (set.is_warmup) return none();
  const types = recordTypesFor(exercise.measurement);
  const current = await repo.recordsOf(tx, ctx.userId, exercise.id);
  const volume = types.includes('max_volume') ? await sessionsRepo.sessionVolume(tx, set.session_id, exercise.id) : 0;
  const { records, fresh } = recordsAfterNewSet(exercise.measurement, current, set, volume);
  await repo.upsertRecords(tx, ctx.userId, exercise.id, records, now);
  const decisions = none();
  for (const r of records.filter((r) => fresh.includes(r.type))) {
    decisions.hits.push(hit(exercise.id, r));
    decisions.pay.push(payment(exercise.id, r));
  }
  return decisions;
}

/**
 * An edited or deleted set: the exercise's records are computed again from its remaining
 * working sets (previous values too). The changed set, or its session for volume, pays for a
 * record it takes and gives back the reward of one it loses (docs/RULES.md "Exercise").
 */
export async function afterChange(
  tx: Tx,
  ctx: Ctx,
  exercise: ExerciseFacts,
  changed: { set_id: string; session_id: string },
  now: Date,
  stored?: Map<RecordType, RecordState>,
): Promise<RecordDecisions> {
  const before = stored ?? (await repo.recordsOf(tx, ctx.userId, exercise.id));
  const after = recordsFrom(exercise.measurement, await repo.historyOf(tx, ctx.userId, exercise.id));
  const changes = reconcileRecords(exercise.id, before, after, changed, recordTypesFor(exercise.measurement));
  const kept = changes.flatMap((c) => (c.after ? [c.after] : []));
  await repo.upsertRecords(tx, ctx.userId, exercise.id, kept, now);
  await repo.deleteRecords(
    tx,
    ctx.userId,
    exercise.id,
    changes.filter((c) => !c.after).map((c) => c.type),
  );
  const decisions = none();
  for (const c of changes) {
    if (c.reverse) decisions.reverse.push(c.reverse);
    if (c.pay && c.after) {
      decisions.hits.push(hit(exercise.id, c.after));
      decisions.pay.push(payment(exercise.id, c.after));
    }
  }
  return decisions;
}

/**
 * The records of an exercise as stored, read before a set is deleted (the deletion clears the
 * link to the set behind a record, which says whose reward to take back).
 */
export const storedRecords = (tx: Tx, ctx: Ctx, exerciseId: string) => repo.recordsOf(tx, ctx.userId, exerciseId);

const hit = (exerciseId: string, r: RecordState): RecordHit => ({
  exercise_id: exerciseId,
  record_type: r.type,
  value: r.value,
  previous_value: r.previous_value,
});

const payment = (exerciseId: string, r: RecordState) => ({
  key: recordKey(r.type, r, exerciseId),
  source_id: r.type === 'max_volume' ? r.session_id : r.set_id,
  exercise_id: exerciseId,
  type: r.type,
  value: r.value,
});

/**
 * Pays and takes back what the decisions say, as one unit of the game layer. A key both paid and
 * taken back (a set moved to another exercise, holding the same kind of record there) stays as
 * it was: paid once.
 */
export async function settleRewards(
  tx: Tx,
  ctx: Ctx,
  all: RecordDecisions[],
  now: Date,
): Promise<RewardOutcome | null> {
  const pays = all.flatMap((d) => d.pay);
  const reverses = all.flatMap((d) => d.reverse);
  const both = new Set(reverses.filter((k) => pays.some((p) => p.key === k)));
  const toReverse = [...new Set(reverses.filter((k) => !both.has(k)))];
  const toPay = pays.filter((p) => !both.has(p.key));
  if (toReverse.length === 0 && toPay.length === 0) return null;
  const rewards = await Rewards.open(tx, ctx, {
    keys: [...toReverse, ...toPay.map((p) => p.key)],
    day: dayKey(now, ctx.user.timezone, ctx.user.day_start_hour),
  });
  for (const key of toReverse) await rewards.reverse(key);
  const outcomes: RewardOutcome[] = [];
  for (const p of toPay) {
    outcomes.push(
      await rewards.record({
        type: 'personal_record',
        idempotency_key: p.key,
        source_id: p.source_id,
        occurred_at: now,
        data: { exercise_id: p.exercise_id, record_type: p.type, value: p.value },
      }),
    );
  }
  await rewards.close();
  return mergeOutcomes(outcomes);
}

// ── Reads ─────────────────────────────────────────────────────────────────────

export function recordView(row: repo.RecordWithExercise): PersonalRecord {
  return {
    id: row.id,
    exercise: exerciseRef(row.exercise),
    record_type: row.record_type as RecordType,
    value: row.value,
    previous_value: row.previous_value,
    improvement: row.previous_value === null ? null : Math.round((row.value - row.previous_value) * 100) / 100,
    weight: row.weight,
    reps: row.reps,
    set_id: row.set_id,
    achieved_at: row.achieved_at,
  };
}

const byExerciseCursor = z.tuple([z.uuid(), z.string().max(40)]);
const byTimeCursor = z.tuple([z.iso.datetime(), z.uuid()]);

/** The user's records, grouped by exercise (keyset on exercise, then type). */
export async function list(ctx: Ctx, query: z.output<typeof recordsQuery>): Promise<Page<PersonalRecord>> {
  const rows = await repo.list(ctx.database.db, ctx.userId, {
    exerciseId: query.exercise_id,
    after: decodeCursor(query.cursor, byExerciseCursor),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.exercise_id, r.record_type]);
  return { data: page.data.map(recordView), page: page.page };
}

/** The records newest first: the PR timeline. */
export async function timeline(ctx: Ctx, query: z.output<typeof recordTimelineQuery>): Promise<Page<PersonalRecord>> {
  const rows = await repo.timeline(ctx.database.db, ctx.userId, {
    after: decodeCursor(query.cursor, byTimeCursor),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.achieved_at.toISOString(), r.id]);
  return { data: page.data.map(recordView), page: page.page };
}
