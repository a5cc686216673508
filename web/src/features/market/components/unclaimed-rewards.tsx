import { Gift } from 'lucide-react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { CatalogueIcon } from '@/components/ui/catalogue-icon';
import { useClaimUserReward } from '../api/claim-user-reward';
import type { UserRewardWire } from '../api/types';

const sourceText: Record<UserRewardWire['source_type'], string> = {
  level_up: 'Level reward',
  achievement: 'Achievement reward',
  quest: 'Quest reward',
  admin: 'A gift',
};

/** Rewards that levels and achievements granted, waiting to be claimed into the inventory. */
export function UnclaimedRewards({ rewards }: { rewards: UserRewardWire[] }) {
  const claim = useClaimUserReward();
  if (rewards.length === 0) return null;
  return (
    <section
      aria-labelledby="market-unclaimed"
      className="grid gap-3 rounded-xl border border-accent/40 bg-accent-soft p-4 sm:p-5"
    >
      <h2 id="market-unclaimed" className="flex items-center gap-2 text-lg font-semibold">
        <Gift aria-hidden className="size-5 text-accent-text" />
        Rewards to claim
      </h2>
      <ul className="grid gap-2">
        {rewards.map((r) => (
          <li
            key={r.id}
            className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-surface px-3 py-2.5"
          >
            <CatalogueIcon name={r.item?.icon} fallback={Gift} className="size-5 shrink-0 text-accent-text" />
            <div className="min-w-0 flex-1">
              <p className="font-medium">{r.title}</p>
              <p className="text-xs text-muted">
                {sourceText[r.source_type]}
                {r.item && r.item.name !== r.title ? ` · ${r.item.name}` : ''}
              </p>
            </div>
            <Button
              variant="primary"
              size="sm"
              aria-label={`Claim ${r.title}`}
              loading={claim.isPending && claim.variables === r.id}
              onClick={() =>
                claim.mutate(r.id, {
                  onSuccess: ({ reward }) =>
                    toast.success(`Claimed: ${reward.title}`, { description: 'It is in your inventory.' }),
                })
              }
            >
              Claim
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
