import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage, isApiError } from '@/lib/api-client';
import { usePurchase } from '../api/purchase';
import type { MarketItemWire, PersonalRewardWire } from '../api/types';
import { coins } from '../utils/labels';

/** What the user asked to buy: a catalogue item or one of their own rewards. */
export type PurchaseTarget = { kind: 'item'; item: MarketItemWire } | { kind: 'reward'; reward: PersonalRewardWire };

const nameOf = (t: PurchaseTarget) => (t.kind === 'item' ? t.item.name : t.reward.title);
const costOf = (t: PurchaseTarget) => (t.kind === 'item' ? t.item.cost_coins : t.reward.cost_coins);

function afterwards(t: PurchaseTarget): string {
  if (t.kind === 'reward') return 'Enjoy it from your inventory when the time comes.';
  if (t.item.category === 'theme') return 'Equip it from your inventory to change the colours.';
  if (t.item.category === 'cosmetic') return 'Equip it from your inventory to show it on your avatar.';
  if (t.item.category === 'boost') return 'Redeem it from your inventory when you want it to run.';
  return 'It waits in your inventory and is used when a missed day needs it.';
}

interface PurchaseDialogProps {
  target: PurchaseTarget | null;
  balance: number;
  onClose: () => void;
}

/**
 * Asks before spending coins. Each confirmation carries its own Idempotency-Key, kept while the
 * same purchase is retried after a failed connection, so a retry never buys twice; a refusal
 * (409) is an answer, so trying again after it is a new purchase. The refusal's message shows here.
 */
export function PurchaseDialog({ target, balance, onClose }: PurchaseDialogProps) {
  const purchase = usePurchase();
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // A new target is a new purchase (state reset while rendering, as React recommends).
  const [shown, setShown] = useState(target);
  if (shown !== target) {
    setShown(target);
    setKey(null);
    setError(null);
  }

  if (!target) return null;
  const name = nameOf(target);
  const cost = costOf(target);
  const left = balance - cost;

  const confirm = () => {
    const idempotencyKey = key ?? crypto.randomUUID();
    setKey(idempotencyKey);
    setError(null);
    const body = target.kind === 'item' ? { item_key: target.item.key } : { reward_id: target.reward.id };
    purchase.mutate(
      { body, idempotencyKey },
      {
        onSuccess: (result) => {
          toast.success(`Bought ${name}`, {
            description: `${afterwards(target)} Balance: ${coins(result.balance)}.`,
          });
          onClose();
        },
        onError: (e) => {
          // A refusal is final for this key; a lost connection may be retried with it.
          if (isApiError(e) && e.status > 0 && e.status < 500) setKey(null);
          setError(errorMessage(e));
        },
      },
    );
  };

  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={`Buy ${name}?`}
      description={`${coins(cost)}. You have ${coins(balance)}${left >= 0 ? `; ${coins(left)} left after.` : '.'}`}
      confirmLabel={error && key ? 'Try again' : `Buy for ${coins(cost)}`}
      cancelLabel="Not now"
      confirmVariant="primary"
      pending={purchase.isPending}
      onConfirm={confirm}
    >
      <p className="text-sm text-muted">{afterwards(target)}</p>
      {error && (
        <p role="alert" className="mt-3 rounded-lg bg-danger-soft px-3 py-2 text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}
