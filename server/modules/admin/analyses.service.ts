import { z } from 'zod';
import type { AdminAnalysis, adminAnalysisListQuery } from '#common/contracts/admin';
import { backgroundCtx, type Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { publish } from '../../platform/events';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import {
  cancelAnalysis,
  findAnyAnalysis,
  listAnalysisQueue,
  type QueuedAnalysis,
  queueAnalysis,
  wakeAnalysisRunner,
} from '../reference';
import { findUser } from '../user';

function view({ row, track_title }: QueuedAnalysis): AdminAnalysis {
  return {
    id: row.id,
    track: { id: row.track_id, title: track_title },
    owner_id: row.user_id,
    status: row.status as AdminAnalysis['status'],
    attempts: row.attempts,
    error: row.error,
    created_at: row.created_at,
    started_at: row.started_at,
    completed_at: row.completed_at,
    updated_at: row.updated_at,
  };
}

const cursorShape = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof adminAnalysisListQuery>): Promise<Page<AdminAnalysis>> {
  const rows = await listAnalysisQueue(
    ctx.database.db,
    { status: query.status },
    { after: decodeCursor(query.cursor, cursorShape), limit: query.limit },
  );
  const page = toPage(rows, query, (r) => [r.row.created_at.toISOString(), r.row.id]);
  return { data: page.data.map(view), page: page.page };
}

/**
 * Queues a failed or cancelled analysis's track again, due now, as the owner's own re-analysis
 * does (one open job per track: an open one already there is answered). 409 otherwise.
 */
export async function retry(ctx: Ctx, id: string): Promise<AdminAnalysis> {
  const result = await ctx.database.db.transaction(async (tx) => {
    const found = await findAnyAnalysis(tx, id, true);
    if (!found) throw notFound('analysis');
    const { row } = found;
    if (row.status !== 'failed' && row.status !== 'cancelled') {
      throw conflict('Only a failed or cancelled analysis can be retried.');
    }
    const owner = await findUser(tx, row.user_id);
    if (!owner) throw notFound('analysis');
    const queued = await queueAnalysis(tx, backgroundCtx(ctx, owner, `admin_retry:${ctx.requestId}`), row.track_id);
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'analysis.retry',
      resourceType: 'track_analysis',
      resourceId: id,
      details: { owner_id: row.user_id, track_id: row.track_id, queued_id: queued.id },
    });
    return view({ row: queued, track_title: found.track_title });
  });
  wakeAnalysisRunner(ctx.database);
  return result;
}

/** Cancels a queued or running analysis (a worker running it stops at its next write). 409 otherwise. */
export async function cancel(ctx: Ctx, id: string): Promise<AdminAnalysis> {
  return ctx.database.db.transaction(async (tx) => {
    const found = await findAnyAnalysis(tx, id, true);
    if (!found) throw notFound('analysis');
    const row = await cancelAnalysis(tx, id, ctx.clock.now());
    if (!row) throw conflict('Only a queued or running analysis can be cancelled.');
    await publish(tx, row.user_id, 'analysis_progress', {
      track_id: row.track_id,
      status: 'cancelled',
      progress: 0,
      error: null,
    });
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'analysis.cancel',
      resourceType: 'track_analysis',
      resourceId: id,
      details: { owner_id: row.user_id, track_id: row.track_id, was: found.row.status },
    });
    return view({ row, track_title: found.track_title });
  });
}
