import { z } from 'zod';
import type { Analysis, AnalysisResults } from '#common/contracts/reference';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { publish } from '../../platform/events';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { ANALYSIS_PARAMETERS, ANALYZER_VERSION } from '../analysis';
import * as repo from './analyses.repo';
import { wakeAnalysisRunner } from './analysis-runner';
import { findOwnedTrack } from './reference.repo';

export function toAnalysis(row: repo.AnalysisRow): Analysis {
  return {
    id: row.id,
    track_id: row.track_id,
    status: row.status as Analysis['status'],
    progress: row.progress,
    analyzer_version: row.analyzer_version,
    fingerprint: row.fingerprint,
    results: (row.results as AnalysisResults | null) ?? null,
    error: row.error,
    attempts: row.attempts,
    created_at: row.created_at,
    started_at: row.started_at,
    completed_at: row.completed_at,
  };
}

/** Queues an analysis of the track in the caller's transaction (an upload's, or a request's). */
export async function queueAnalysis(tx: DbOrTx, ctx: Ctx, trackId: string): Promise<repo.AnalysisRow> {
  const row = await repo.enqueue(tx, {
    userId: ctx.userId,
    trackId,
    analyzerVersion: ANALYZER_VERSION,
    parameters: ANALYSIS_PARAMETERS,
    now: ctx.clock.now(),
  });
  if (row.status === 'queued') {
    await publish(tx, ctx.userId, 'analysis_progress', {
      track_id: trackId,
      status: 'queued',
      progress: 0,
      error: null,
    });
  }
  return row;
}

/**
 * Analyses the track again (after an engine update, or a failure): queues a new analysis, or
 * answers the one already queued or running. The previous results stay until the new ones
 * replace them.
 */
export async function requestAnalysis(ctx: Ctx, trackId: string): Promise<Analysis> {
  const row = await ctx.database.db.transaction(async (tx) => {
    if (!(await findOwnedTrack(tx, ctx.userId, trackId, true))) throw notFound('track');
    return queueAnalysis(tx, ctx, trackId);
  });
  wakeAnalysisRunner(ctx.database);
  return toAnalysis(row);
}

const cursorShape = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);

/** The track's analyses, newest first (the latest completed one is the track's). */
export async function listAnalyses(
  ctx: Ctx,
  trackId: string,
  query: { limit: number; cursor?: string },
): Promise<Page<Analysis>> {
  if (!(await findOwnedTrack(ctx.database.db, ctx.userId, trackId))) throw notFound('track');
  const after = decodeCursor(query.cursor, cursorShape);
  const rows = await repo.listForTrack(ctx.database.db, ctx.userId, trackId, { after, limit: query.limit });
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  return { ...page, data: page.data.map(toAnalysis) };
}

export async function getAnalysis(ctx: Ctx, id: string): Promise<Analysis> {
  const row = await repo.find(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('analysis');
  return toAnalysis(row);
}
