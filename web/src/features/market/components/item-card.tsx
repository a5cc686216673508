import { Check, Coins, Store } from 'lucide-react';
import { useId } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CatalogueIcon } from '@/components/ui/catalogue-icon';
import { cn } from '@/lib/cn';
import type { MarketItemWire } from '../api/types';
import { availability, coins, rarityLabels } from '../utils/labels';

interface ItemCardProps {
  item: MarketItemWire;
  balance: number;
  onBuy: (item: MarketItemWire) => void;
  /** Why it is suggested ("20 coins away"), for a recommendation. */
  reason?: string;
}

/**
 * One catalogue item: what it is, its price and rarity, how many the user holds, and whether it
 * can be bought now or why not, with Buy (which asks first).
 */
export function ItemCard({ item, balance, onBuy, reason }: ItemCardProps) {
  const statusId = useId();
  const { canBuy, text } = availability(item, balance);
  // A theme or cosmetic is held once; it is worn from the inventory.
  const held = !item.is_consumable && item.owned > 0;
  return (
    <li className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 shadow-xs">
      <div className="flex items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-accent-soft text-accent-text">
          <CatalogueIcon name={item.icon} fallback={Store} className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <h3 className="font-medium text-fg">{item.name}</h3>
          <p className="mt-0.5 flex flex-wrap items-center gap-1.5">
            <Badge>{rarityLabels[item.rarity]}</Badge>
            {item.owned > 0 && <Badge tone="accent">{held ? 'Owned' : `Owned ×${item.owned}`}</Badge>}
          </p>
        </div>
      </div>
      <p className="text-sm text-muted">{item.description}</p>
      {reason && reason !== text && <p className="text-sm font-medium text-fg">{reason}</p>}
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 border-t border-line pt-3">
        <div className="min-w-0">
          <p className="flex items-center gap-1 text-sm font-semibold tabular-nums">
            <Coins aria-hidden className="size-4 text-accent-text" />
            {coins(item.cost_coins)}
          </p>
          <p
            id={statusId}
            data-testid="item-status"
            className={cn('flex items-center gap-1 text-xs', canBuy ? 'text-success' : 'text-muted')}
          >
            {held ? (
              'In your inventory'
            ) : (
              <>
                {canBuy && <Check aria-hidden className="size-3.5" />}
                {text}
              </>
            )}
          </p>
        </div>
        {!held && (
          <Button
            variant={canBuy ? 'primary' : 'secondary'}
            size="sm"
            disabled={!canBuy}
            aria-label={`Buy ${item.name}`}
            aria-describedby={statusId}
            onClick={() => onBuy(item)}
          >
            Buy
          </Button>
        )}
      </div>
    </li>
  );
}
