import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { analysis, analysisResults } from '#common/contracts/reference';
import { api } from '@/lib/api-client';
import { useRealtimeEvent, useRealtimeStatus } from '@/lib/events';
import { referenceKeys } from '@/lib/query-keys';

/** An analysis as the API sends it (timestamps as ISO strings). */
export type AnalysisWire = z.input<typeof analysis>;
/** The numbers of a completed analysis. */
export type AnalysisResultsWire = z.input<typeof analysisResults>;

const analysesPath = (trackId: string) => `/reference/tracks/${encodeURIComponent(trackId)}/analyses`;

/** How often an unfinished analysis is read again while the event stream is down, ms. */
export const ANALYSIS_POLL_MS = 5_000;

const unfinished = (list: readonly AnalysisWire[] | undefined) =>
  list?.some((a) => a.status === 'queued' || a.status === 'running') ?? false;

/**
 * GET /api/reference/tracks/:id/analyses: newest first (a new one waits beside the completed
 * one it will replace). Read again every few seconds while one is unfinished and the event
 * stream, which otherwise brings its progress, is down.
 */
export function useTrackAnalyses(trackId: string) {
  const live = useRealtimeStatus() === 'open';
  return useQuery({
    queryKey: referenceKeys.analyses(trackId),
    queryFn: ({ signal }) => api.get<AnalysisWire[]>(analysesPath(trackId), { query: { limit: 10 }, signal }),
    refetchInterval: (query) => (!live && unfinished(query.state.data) ? ANALYSIS_POLL_MS : false),
  });
}

/** POST /api/reference/tracks/:id/analyses: analyse again (answers the one already waiting, if any). */
export function useRequestAnalysis(trackId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<AnalysisWire>(analysesPath(trackId)),
    onSuccess: (queued) => {
      client.setQueryData<AnalysisWire[]>(referenceKeys.analyses(trackId), (list = []) => [
        queued,
        ...list.filter((a) => a.id !== queued.id),
      ]);
      return client.invalidateQueries({ queryKey: referenceKeys.analyses(trackId) });
    },
  });
}

/** The analysis the status panel speaks of: the newest. */
export const latestAnalysis = (list: readonly AnalysisWire[] | undefined) => list?.[0] ?? null;

/** The analysis whose numbers and drawings are shown: the newest completed one. */
export const latestCompleted = (list: readonly AnalysisWire[] | undefined) =>
  list?.find((a) => a.status === 'completed' && a.results !== null) ?? null;

/**
 * Follows the track's analysis live: each `analysis_progress` event of a running analysis is
 * written into the cached list at once (the stream's default handling refetches the list on
 * every other status, lib/events.ts).
 */
export function useAnalysisProgress(trackId: string): void {
  const client = useQueryClient();
  useRealtimeEvent('analysis_progress', (data) => {
    if (data.track_id !== trackId || data.status !== 'running') return;
    client.setQueryData<AnalysisWire[]>(referenceKeys.analyses(trackId), (list) => {
      const [newest, ...rest] = list ?? [];
      if (!newest || (newest.status !== 'queued' && newest.status !== 'running')) return list;
      const progress = Math.round(data.progress * 100);
      // Events are in order, but a refetch may have brought a figure a moment older.
      const kept = newest.status === 'running' ? Math.max(progress, newest.progress) : progress;
      return [{ ...newest, status: 'running', progress: kept, error: null }, ...rest];
    });
  });
}
