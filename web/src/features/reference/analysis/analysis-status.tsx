import { CircleAlert, RotateCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Skeleton } from '@/components/ui/skeleton';
import { formatRelative } from '@/lib/format';
import { type AnalysisWire, latestAnalysis, useAnalysisProgress, useRequestAnalysis, useTrackAnalyses } from './api';

/**
 * Where the track's analysis stands, live: waiting, running with its progress, failed with the
 * server's reason, cancelled, or done; with "Analyse again" where it helps. Progress events of
 * the stream update it without a request.
 */
export function AnalysisStatus({ trackId }: { trackId: string }) {
  const analyses = useTrackAnalyses(trackId);
  const request = useRequestAnalysis(trackId);
  useAnalysisProgress(trackId);

  if (analyses.isPending) return <Skeleton className="h-16" />;
  if (analyses.isError) {
    return (
      <ErrorState
        title="The analysis could not be loaded"
        error={analyses.error}
        onRetry={() => void analyses.refetch()}
        retrying={analyses.isFetching}
      />
    );
  }
  return (
    <AnalysisStatusView
      analysis={latestAnalysis(analyses.data)}
      onAnalyse={() => request.mutate()}
      requesting={request.isPending}
    />
  );
}

interface ViewProps {
  /** The newest analysis, or null when the track has none. */
  analysis: AnalysisWire | null;
  onAnalyse: () => void;
  requesting: boolean;
}

/** The status panel for one analysis, from plain props. */
export function AnalysisStatusView({ analysis, onAnalyse, requesting }: ViewProps) {
  const again = (label: string) => (
    <Button size="sm" onClick={onAnalyse} loading={requesting}>
      {!requesting && <RotateCw aria-hidden className="size-4" />}
      {label}
    </Button>
  );

  if (!analysis) {
    return (
      <StatusRow action={again('Analyse')}>
        <p role="status">This track has not been analysed yet.</p>
      </StatusRow>
    );
  }
  switch (analysis.status) {
    case 'queued':
      return (
        <StatusRow>
          <p role="status">Waiting to be analysed…</p>
          {analysis.error && (
            <p className="text-sm text-muted">The last attempt failed: {analysis.error} It will be tried again.</p>
          )}
        </StatusRow>
      );
    case 'running':
      return (
        <StatusRow>
          <p role="status">Analysing…</p>
          <div className="flex items-center gap-3">
            <ProgressBar
              value={analysis.progress}
              max={100}
              label="Analysis progress"
              valueText={`${analysis.progress}%`}
            />
            <span className="w-10 shrink-0 text-right text-sm text-muted tabular-nums">{analysis.progress}%</span>
          </div>
        </StatusRow>
      );
    case 'failed':
      return (
        <StatusRow action={again('Analyse again')}>
          <div role="alert" className="flex items-start gap-2">
            <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-danger" />
            <div>
              <p className="font-medium">The analysis failed</p>
              <p className="text-sm text-muted">{analysis.error ?? 'The server gave no reason.'}</p>
            </div>
          </div>
        </StatusRow>
      );
    case 'cancelled':
      return (
        <StatusRow action={again('Analyse again')}>
          <p role="status">The analysis was cancelled.</p>
        </StatusRow>
      );
    case 'completed':
      return (
        <StatusRow action={again('Analyse again')}>
          <p role="status">Analysed{analysis.completed_at && <> {formatRelative(analysis.completed_at)}</>}.</p>
        </StatusRow>
      );
  }
}

function StatusRow({ children, action }: { children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="grid min-w-0 flex-1 gap-2 text-sm text-fg">{children}</div>
      {action}
    </div>
  );
}
