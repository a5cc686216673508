import { CircleCheck, CircleDashed, CircleX, Timer } from 'lucide-react';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Select } from '@/components/ui/field';
import { ListSkeleton } from '@/components/ui/skeleton';
import { type HistoryFilter, useFocusHistory } from '../api/get-focus-history';
import { type FocusSessionWire, formatClock, modeLabels } from '../utils/timer';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });

const statusIcon = {
  completed: <CircleCheck aria-hidden className="size-4 text-success" />,
  abandoned: <CircleX aria-hidden className="size-4 text-muted" />,
  active: <Timer aria-hidden className="size-4 text-accent-text" />,
  paused: <CircleDashed aria-hidden className="size-4 text-muted" />,
};

const statusLabel = { completed: 'Completed', abandoned: 'Abandoned', active: 'Running', paused: 'Paused' };

function HistoryRow({ session }: { session: FocusSessionWire }) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 first:pt-0 last:pb-0">
      {statusIcon[session.status]}
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
          <span className="truncate">{session.label ?? modeLabels[session.mode]}</span>
          {session.label && <Badge>{modeLabels[session.mode]}</Badge>}
        </p>
        <p className="text-xs text-muted">
          {when(session.started_at)} · {statusLabel[session.status]}
        </p>
      </div>
      <p className="text-sm tabular-nums text-muted">
        <span className="sr-only">Focused </span>
        {formatClock(session.focused_seconds)}
        <span> / {formatClock(session.duration_seconds)}</span>
      </p>
    </li>
  );
}

/** Past sessions, newest first, loaded a page at a time. */
export function FocusHistoryCard() {
  const headingId = useId();
  const [mode, setMode] = useState<HistoryFilter>('all');
  const history = useFocusHistory(mode);
  let body: React.ReactNode;
  if (history.isPending) body = <ListSkeleton rows={4} />;
  else if (history.isError)
    body = <ErrorState error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />;
  else {
    const sessions = history.data.pages.flatMap((p) => p.data);
    body =
      sessions.length === 0 ? (
        <p className="py-6 text-center text-sm text-muted">
          {mode === 'all'
            ? 'No sessions yet. Your first one will show up here, finished or not.'
            : `No ${modeLabels[mode].toLowerCase()} sessions yet.`}
        </p>
      ) : (
        <div className="grid gap-4">
          <ul className="divide-y divide-line" aria-labelledby={headingId}>
            {sessions.map((s) => (
              <HistoryRow key={s.id} session={s} />
            ))}
          </ul>
          {history.hasNextPage && (
            <Button
              className="justify-self-center"
              onClick={() => void history.fetchNextPage()}
              loading={history.isFetchingNextPage}
            >
              Show older sessions
            </Button>
          )}
        </div>
      );
  }
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="History"
        description="Every session you started."
        action={
          <Select
            aria-label="Show"
            value={mode}
            onChange={(e) => setMode(e.target.value as HistoryFilter)}
            className="h-8 w-auto"
          >
            <option value="all">All sessions</option>
            <option value="focus">Focus</option>
            <option value="short_break">Short breaks</option>
            <option value="long_break">Long breaks</option>
          </Select>
        }
      />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
