import { Coins, Gift, Pencil, Plus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { CatalogueIcon } from '@/components/ui/catalogue-icon';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { useCreateReward } from '../api/create-reward';
import { useDeleteReward } from '../api/delete-reward';
import type { PersonalRewardWire } from '../api/types';
import { useUpdateReward } from '../api/update-reward';
import { availability, coins } from '../utils/labels';
import { RewardForm } from './reward-form';

function RewardRow({
  reward,
  balance,
  onBuy,
  onEdit,
  onDelete,
}: {
  reward: PersonalRewardWire;
  balance: number;
  onBuy: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const statusId = useId();
  const { canBuy, text } = availability(reward, balance);
  const limit = reward.daily_limit ? ` · ${reward.bought_today} of ${reward.daily_limit} today` : '';
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 py-3 first:pt-0 last:pb-0">
      <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-accent-soft text-accent-text">
        <CatalogueIcon name={reward.icon} fallback={Gift} className="size-4" />
      </span>
      <div className="min-w-0 flex-1 basis-40">
        <p className="font-medium break-words">{reward.title}</p>
        <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-muted tabular-nums">
          <Coins aria-hidden className="size-3.5" />
          {coins(reward.cost_coins)}
          {limit}
          {reward.times_redeemed > 0 && ` · enjoyed ${reward.times_redeemed}×`}
        </p>
        <p id={statusId} className={cn('text-xs', canBuy ? 'text-success' : 'text-muted')}>
          {text}
        </p>
      </div>
      <div className="ml-auto flex items-center gap-1">
        <Button
          variant={canBuy ? 'primary' : 'secondary'}
          size="sm"
          disabled={!canBuy}
          aria-label={`Buy ${reward.title}`}
          aria-describedby={statusId}
          onClick={onBuy}
        >
          Buy
        </Button>
        <Button variant="ghost" size="sm" aria-label={`Edit ${reward.title}`} onClick={onEdit}>
          <Pencil aria-hidden className="size-4" />
        </Button>
        <Button variant="ghost" size="sm" aria-label={`Delete ${reward.title}`} onClick={onDelete}>
          <Trash2 aria-hidden className="size-4" />
        </Button>
      </div>
    </li>
  );
}

type Editing = { reward: PersonalRewardWire | null } | null;

interface PersonalRewardsCardProps {
  rewards: PersonalRewardWire[];
  balance: number;
  onBuy: (reward: PersonalRewardWire) => void;
}

/** Rewards the user prices themselves ("an hour of gaming: 200 coins"): write, edit, delete, buy. */
export function PersonalRewardsCard({ rewards, balance, onBuy }: PersonalRewardsCardProps) {
  const headingId = useId();
  const create = useCreateReward();
  const update = useUpdateReward();
  const remove = useDeleteReward();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<PersonalRewardWire | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const open = (reward: PersonalRewardWire | null) => {
    create.reset();
    update.reset();
    setFormError(null);
    setEditing({ reward });
  };
  const close = () => setEditing(null);

  const newButton = (
    <Button size="sm" onClick={() => open(null)}>
      <Plus aria-hidden className="size-4" />
      New reward
    </Button>
  );

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Your rewards"
        description="Treats you price yourself. Buy one when you have earned it, enjoy it from your inventory."
        action={newButton}
      />
      <CardBody>
        {rewards.length === 0 ? (
          <p className="py-4 text-center text-sm text-muted">
            No rewards of your own yet. Add something you would enjoy, like an hour of gaming or a good coffee, and give
            it a price.
          </p>
        ) : (
          <ul className="divide-y divide-line" aria-labelledby={headingId}>
            {rewards.map((r) => (
              <RewardRow
                key={r.id}
                reward={r}
                balance={balance}
                onBuy={() => onBuy(r)}
                onEdit={() => open(r)}
                onDelete={() => setDeleting(r)}
              />
            ))}
          </ul>
        )}
      </CardBody>
      <Dialog
        open={editing !== null}
        onClose={close}
        title={editing?.reward ? 'Edit reward' : 'New reward'}
        description="What it is and what it costs you."
        className="w-[min(36rem,calc(100vw-1.5rem))]"
      >
        {editing && (
          <RewardForm
            key={editing.reward?.id ?? 'new'}
            reward={editing.reward}
            saving={create.isPending || update.isPending}
            error={formError}
            onCancel={close}
            onSubmit={(body) => {
              setFormError(null);
              const done = {
                onSuccess: () => {
                  toast.success(editing.reward ? 'Reward saved' : `Added “${body.title}”`);
                  close();
                },
                onError: (e: unknown) => setFormError(errorMessage(e)),
              };
              if (editing.reward) update.mutate({ id: editing.reward.id, ...body }, done);
              else create.mutate(body, done);
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this reward?"
        description={deleting?.title}
        confirmLabel="Delete reward"
        pending={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => toast.success(`Deleted “${deleting.title}”`),
            onSettled: () => setDeleting(null),
          });
        }}
      >
        <p className="text-sm text-muted">
          It leaves your list. What you already bought of it stays in your inventory.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
