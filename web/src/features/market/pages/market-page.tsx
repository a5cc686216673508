import { useState } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/skeleton';
import { useMarket } from '../api/get-market';
import { Catalogue, FeaturedItems, Recommendations } from '../components/catalogue';
import { HistoryCard } from '../components/history-card';
import { InventoryCard } from '../components/inventory-card';
import { PersonalRewardsCard } from '../components/personal-rewards-card';
import { PurchaseDialog, type PurchaseTarget } from '../components/purchase-dialog';
import { UnclaimedRewards } from '../components/unclaimed-rewards';
import { WalletHeader } from '../components/wallet-header';

const description = 'Spend the coins you earned on rewards you choose.';

/**
 * The Market: the wallet, rewards to claim, the catalogue (featured first, then by category),
 * suggestions, the user's own rewards, the inventory and the history.
 */
export function MarketPage() {
  const market = useMarket();
  const [buying, setBuying] = useState<PurchaseTarget | null>(null);

  if (market.isPending) return <PageSkeleton />;
  if (market.isError) {
    return (
      <div className="mx-auto w-full max-w-5xl">
        <PageHeader title="Market" description={description} />
        <ErrorState error={market.error} onRetry={() => void market.refetch()} retrying={market.isFetching} />
      </div>
    );
  }
  const page = market.data;
  const balance = page.wallet.balance;
  const buyItem = (item: (typeof page.featured)[number]) => setBuying({ kind: 'item', item });
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Market" description={description} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8">
        <WalletHeader page={page} />
        <UnclaimedRewards rewards={page.unclaimed} />
        <FeaturedItems items={page.featured} balance={balance} onBuy={buyItem} />
        <Recommendations recommendations={page.recommendations} balance={balance} onBuy={buyItem} />
        <Catalogue categories={page.categories} balance={balance} onBuy={buyItem} />
        <PersonalRewardsCard
          rewards={page.rewards}
          balance={balance}
          onBuy={(reward) => setBuying({ kind: 'reward', reward })}
        />
        <InventoryCard />
        <HistoryCard />
      </div>
      <PurchaseDialog target={buying} balance={balance} onClose={() => setBuying(null)} />
    </div>
  );
}
