import { Package, Store } from 'lucide-react';
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { purchaseStates } from '#common/contracts/market';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { CatalogueIcon } from '@/components/ui/catalogue-icon';
import { ErrorState } from '@/components/ui/error-state';
import { ListSkeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { countdownWords, formatCountdown, useTimeLeft } from '@/lib/countdown';
import { formatDate } from '@/lib/format';
import { useEquipPurchase } from '../api/equip-purchase';
import { usePurchases } from '../api/get-purchases';
import { useRedeemPurchase } from '../api/redeem-purchase';
import type { InventoryFilter, PurchaseWire } from '../api/types';
import { stateLabels } from '../utils/labels';

const filters: { value: InventoryFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  ...purchaseStates.map((s) => ({ value: s, label: stateLabels[s] })),
];

const emptyText: Record<InventoryFilter, string> = {
  all: 'Nothing bought yet. What you buy waits here: redeem boosts, equip themes, enjoy your own rewards.',
  active: 'Nothing waiting to be used.',
  equipped: 'Nothing equipped. Equip a theme or a cosmetic you own.',
  redeemed: 'Nothing redeemed yet.',
  expired: 'No boost has run out yet.',
  consumed: 'No streak shield used yet.',
  refunded: 'Nothing refunded.',
};

/** A personal reward is "enjoyed"; a boost is redeemed. */
const isPersonal = (p: PurchaseWire) => p.item === null;

/** The time a running boost has left, ticking; "Ended" once it has passed. */
function BoostTimeLeft({ expiresAt }: { expiresAt: string }) {
  const left = useTimeLeft(expiresAt);
  if (left <= 0) return <>Ended</>;
  return (
    <span role="timer" aria-label={`Running, ${countdownWords(left)}`} className="tabular-nums">
      <span aria-hidden>Running · {formatCountdown(left)} left</span>
    </span>
  );
}

function stateDetail(p: PurchaseWire) {
  if (p.state === 'redeemed' && p.expires_at && !isPersonal(p)) return <BoostTimeLeft expiresAt={p.expires_at} />;
  if (p.state === 'redeemed' && p.redeemed_at)
    return `${isPersonal(p) ? 'Enjoyed' : 'Redeemed'} ${formatDate(p.redeemed_at)}`;
  if (p.state === 'expired' && p.expires_at) return `Expired ${formatDate(p.expires_at)}`;
  if (p.state === 'consumed' && p.consumed_at) return `Used ${formatDate(p.consumed_at)}`;
  if (p.state === 'refunded' && p.refunded_at) return `Refunded ${formatDate(p.refunded_at)}`;
  return `Bought ${formatDate(p.created_at)}`;
}

type Busy = 'redeem' | 'equip' | 'unequip' | null;

function PurchaseRow({
  purchase,
  busy,
  onRedeem,
  onEquip,
}: {
  purchase: PurchaseWire;
  busy: Busy;
  onRedeem: () => void;
  onEquip: (equipped: boolean) => void;
}) {
  const p = purchase;
  const personal = isPersonal(p);
  const state = p.state === 'redeemed' && personal ? 'Enjoyed' : stateLabels[p.state];
  return (
    <li
      className={cn(
        'flex flex-wrap items-center gap-x-3 gap-y-2 py-3 first:pt-0 last:pb-0',
        (p.state === 'expired' || p.state === 'refunded') && 'text-muted',
      )}
      data-state={p.state}
    >
      <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-subtle text-muted">
        <CatalogueIcon name={p.item?.icon ?? p.icon} fallback={personal ? Package : Store} className="size-4" />
      </span>
      <div className="min-w-0 flex-1 basis-40">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium break-words">{p.title}</span>
          <Badge tone={p.state === 'equipped' || p.state === 'active' ? 'accent' : 'neutral'}>{state}</Badge>
        </p>
        <p className="text-xs text-muted">{stateDetail(p)}</p>
      </div>
      <div className="ml-auto flex items-center gap-1">
        {p.can_redeem && (
          <Button
            size="sm"
            variant="primary"
            aria-label={`${personal ? 'Enjoy' : 'Redeem'} ${p.title}`}
            loading={busy === 'redeem'}
            onClick={onRedeem}
          >
            {personal ? 'Enjoy' : 'Redeem'}
          </Button>
        )}
        {p.state === 'equipped' ? (
          <Button
            size="sm"
            aria-label={`Take off ${p.title}`}
            loading={busy === 'unequip'}
            onClick={() => onEquip(false)}
          >
            Take off
          </Button>
        ) : (
          p.can_equip && (
            <Button
              size="sm"
              variant="primary"
              aria-label={`Equip ${p.title}`}
              loading={busy === 'equip'}
              onClick={() => onEquip(true)}
            >
              Equip
            </Button>
          )
        )}
      </div>
    </li>
  );
}

/** Everything bought, newest first, filtered by state: redeem, enjoy, equip and take off. */
export function InventoryCard() {
  const headingId = useId();
  const [filter, setFilter] = useState<InventoryFilter>('all');
  const purchases = usePurchases(filter);
  const redeem = useRedeemPurchase();
  const equip = useEquipPurchase();

  const busyFor = (id: string): Busy => {
    if (redeem.isPending && redeem.variables === id) return 'redeem';
    if (equip.isPending && equip.variables?.id === id) return equip.variables.equipped ? 'equip' : 'unequip';
    return null;
  };
  const onRedeem = (p: PurchaseWire) =>
    redeem.mutate(p.id, {
      onSuccess: (done) => {
        if (isPersonal(done)) toast.success(`Enjoy ${done.title}!`, { description: 'You earned it.' });
        else toast.success(`${done.title} is running`, { description: 'Boosts do not stack: the strongest applies.' });
      },
    });
  const onEquip = (p: PurchaseWire, equipped: boolean) =>
    equip.mutate(
      { id: p.id, equipped },
      { onSuccess: (done) => toast.success(equipped ? `${done.title} equipped` : `${done.title} taken off`) },
    );

  let body: React.ReactNode;
  if (purchases.isPending) body = <ListSkeleton rows={3} />;
  else if (purchases.isError)
    body = (
      <ErrorState error={purchases.error} onRetry={() => void purchases.refetch()} retrying={purchases.isFetching} />
    );
  else {
    const list = purchases.data.pages.flatMap((page) => page.data);
    body =
      list.length === 0 ? (
        <p className="py-4 text-center text-sm text-muted">{emptyText[filter]}</p>
      ) : (
        <div className="grid gap-4">
          <ul className="divide-y divide-line" aria-labelledby={headingId}>
            {list.map((p) => (
              <PurchaseRow
                key={p.id}
                purchase={p}
                busy={busyFor(p.id)}
                onRedeem={() => onRedeem(p)}
                onEquip={(on) => onEquip(p, on)}
              />
            ))}
          </ul>
          {purchases.hasNextPage && (
            <Button
              className="justify-self-center"
              onClick={() => void purchases.fetchNextPage()}
              loading={purchases.isFetchingNextPage}
            >
              Show more
            </Button>
          )}
        </div>
      );
  }

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Inventory" description="What you bought and what you wear." />
      <CardBody className="grid gap-4">
        <fieldset>
          <legend className="sr-only">Show</legend>
          <div className="flex flex-wrap gap-1.5">
            {filters.map(({ value, label }) => (
              <label
                key={value}
                className={cn(
                  'cursor-pointer rounded-full border border-line-strong px-3 py-1 text-xs font-medium text-muted transition',
                  'has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:text-accent-text',
                  'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
                )}
              >
                <input
                  type="radio"
                  name="inventory-filter"
                  value={value}
                  checked={filter === value}
                  onChange={() => setFilter(value)}
                  className="sr-only"
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        {body}
      </CardBody>
    </Card>
  );
}
