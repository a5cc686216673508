import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { ListSkeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { type LedgerEntryWire, useLedger } from '../api/get-ledger';
import { eventLabel, formatSigned } from '../utils/format';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });

function Amount({ value, unit }: { value: number; unit: string }) {
  if (value === 0) return null;
  return (
    <span className={cn('tabular-nums', value < 0 ? 'text-muted' : 'font-medium text-fg')}>
      {formatSigned(value)} {unit}
    </span>
  );
}

function LedgerRow({ entry }: { entry: LedgerEntryWire }) {
  const reversal = entry.reason === 'reversal';
  const detail = reversal ? 'Undone' : entry.reason;
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 first:pt-0 last:pb-0">
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium">
          {eventLabel(entry.event_type)}
          {detail && <span className="font-normal text-muted"> · {detail}</span>}
        </p>
        <p className="text-xs text-muted">
          <time dateTime={entry.created_at}>{when(entry.created_at)}</time>
        </p>
      </div>
      <p className="flex gap-3 text-sm">
        <Amount value={entry.xp} unit="XP" />
        <Amount value={entry.coins} unit={Math.abs(entry.coins) === 1 ? 'coin' : 'coins'} />
      </p>
    </li>
  );
}

/** Every award, spend and reversal, newest first, a page at a time. */
export function LedgerCard() {
  const headingId = useId();
  const ledger = useLedger();
  let body: React.ReactNode;
  if (ledger.isPending) body = <ListSkeleton rows={5} />;
  else if (ledger.isError)
    body = <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} retrying={ledger.isFetching} />;
  else {
    const entries = ledger.data.pages.flatMap((p) => p.data);
    body =
      entries.length === 0 ? (
        <p className="py-6 text-center text-sm text-muted">
          Nothing here yet. Every XP and coin you earn or spend will be listed, so the numbers always add up.
        </p>
      ) : (
        <div className="grid gap-4">
          <ul className="divide-y divide-line" aria-labelledby={headingId}>
            {entries.map((e) => (
              <LedgerRow key={e.id} entry={e} />
            ))}
          </ul>
          {ledger.hasNextPage && (
            <Button
              className="justify-self-center"
              onClick={() => void ledger.fetchNextPage()}
              loading={ledger.isFetchingNextPage}
            >
              Show older entries
            </Button>
          )}
        </div>
      );
  }
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Ledger" description="Every XP and coin earned, spent or undone." />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
