import { useId } from 'react';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { LoadMore } from '@/components/ui/load-more';
import { ListSkeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { useWallet } from '../api/get-wallet';
import type { MarketTransactionWire } from '../api/types';
import { coins, transactionLabels } from '../utils/labels';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

function TransactionRow({ t }: { t: MarketTransactionWire }) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 first:pt-0 last:pb-0">
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium break-words">
          {transactionLabels[t.type]}
          <span className="font-normal text-muted"> · {t.description}</span>
        </p>
        <p className="text-xs text-muted">
          <time dateTime={t.created_at}>{when(t.created_at)}</time>
        </p>
      </div>
      {t.coins !== 0 && (
        <p className={cn('text-sm tabular-nums', t.coins < 0 ? 'text-muted' : 'font-medium text-fg')}>
          {t.coins > 0 ? '+' : '−'}
          {coins(Math.abs(t.coins))}
        </p>
      )}
    </li>
  );
}

/** The market's history: purchases, redeems, equips, claims and refunds, newest first. */
export function HistoryCard() {
  const headingId = useId();
  const wallet = useWallet();
  let body: React.ReactNode;
  if (wallet.isPending) body = <ListSkeleton rows={3} />;
  else if (wallet.isError)
    body = <ErrorState error={wallet.error} onRetry={() => void wallet.refetch()} retrying={wallet.isFetching} />;
  else {
    const list = wallet.data.pages.flatMap((p) => p.data.transactions);
    body =
      list.length === 0 ? (
        <p className="py-4 text-center text-sm text-muted">
          Nothing yet. Every purchase and refund will be listed here.
        </p>
      ) : (
        <div className="grid gap-4">
          <ul className="divide-y divide-line" aria-labelledby={headingId}>
            {list.map((t) => (
              <TransactionRow key={t.id} t={t} />
            ))}
          </ul>
          <LoadMore list={wallet} />
        </div>
      );
  }
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="History" description="Every coin spent in the Market, and every refund." />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
