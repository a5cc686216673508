import { useId, useState } from 'react';
import { toast } from 'sonner';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyFilter } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Select } from '@/components/ui/field';
import { LoadMore } from '@/components/ui/load-more';
import { ListSkeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { type AdminAnalysisWire, useAdminAnalyses, useAnalysisAction } from '../api/money';
import { type AnalysisStatus, analysisStatuses, analysisStatusLabels, canCancel, canRetry } from '../utils/money';

/** Every user's track analyses, newest first, by status: retry what failed, cancel what waits or runs. */
export function AnalysisQueue() {
  const heading = useId();
  const [status, setStatus] = useState<AnalysisStatus | 'all'>('all');
  const list = useAdminAnalyses(status);
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const action = useAnalysisAction();
  const [cancelling, setCancelling] = useState<AdminAnalysisWire | null>(null);

  const retry = (a: AdminAnalysisWire) =>
    action.mutate(
      { id: a.id, action: 'retry' },
      { onSuccess: () => toast.success(`“${a.track.title}” is queued again.`) },
    );
  const cancel = () => {
    if (!cancelling) return;
    const a = cancelling;
    action.mutate(
      { id: a.id, action: 'cancel' },
      {
        onSuccess: () => toast.success(`The analysis of “${a.track.title}” was cancelled.`),
        onSettled: () => setCancelling(null),
      },
    );
  };

  let body: React.ReactNode;
  if (list.isPending) body = <ListSkeleton rows={3} />;
  else if (list.isError)
    body = (
      <ErrorState
        title="The queue could not be loaded"
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  else if (items.length === 0)
    body = <EmptyFilter>{status === 'all' ? 'No analyses yet.' : 'No analyses in this status.'}</EmptyFilter>;
  else
    body = (
      <div className="grid gap-3">
        <ul aria-label="Analyses" className="grid gap-2">
          {items.map((a) => (
            <li key={a.id} className="grid gap-1.5 rounded-lg border border-line px-3.5 py-2.5">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="min-w-0 font-medium break-words">{a.track.title}</p>
                <span className="flex flex-wrap items-center gap-2">
                  <Badge tone={a.status === 'failed' ? 'neutral' : 'accent'}>
                    <span className="sr-only">Status: </span>
                    {analysisStatusLabels[a.status]}
                  </Badge>
                  {canRetry(a.status) && (
                    <Button
                      size="sm"
                      onClick={() => retry(a)}
                      disabled={action.isPending}
                      aria-label={`Retry ${a.track.title}`}
                    >
                      Retry
                    </Button>
                  )}
                  {canCancel(a.status) && (
                    <Button size="sm" onClick={() => setCancelling(a)} aria-label={`Cancel ${a.track.title}`}>
                      Cancel
                    </Button>
                  )}
                </span>
              </div>
              <p className="text-xs break-all text-muted">
                Queued <time dateTime={a.created_at}>{formatDate(a.created_at)}</time> · attempts {a.attempts} · owner{' '}
                <span className="font-mono">{a.owner_id}</span>
              </p>
              {a.error && <p className="text-xs break-words text-danger">{a.error}</p>}
            </li>
          ))}
        </ul>
        <LoadMore list={list} />
      </div>
    );

  return (
    <Card aria-labelledby={heading}>
      <CardHeader id={heading} title="Analysis queue" description="Every user’s track analyses, newest first." />
      <CardBody className="grid gap-4">
        <Field label="Status" className="max-w-60">
          {({ id }) => (
            <Select
              id={id}
              value={status}
              onChange={(e) => setStatus(analysisStatuses.find((s) => s === e.target.value) ?? 'all')}
            >
              <option value="all">Any</option>
              {analysisStatuses.map((s) => (
                <option key={s} value={s}>
                  {analysisStatusLabels[s]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {body}
      </CardBody>
      <ConfirmDialog
        open={cancelling !== null}
        onClose={() => setCancelling(null)}
        title="Cancel this analysis?"
        description={cancelling ? `“${cancelling.track.title}” will not be analysed unless it is retried.` : undefined}
        confirmLabel="Cancel analysis"
        pending={action.isPending}
        onConfirm={cancel}
      />
    </Card>
  );
}
