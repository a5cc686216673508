import { Coins, Zap } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { countdownWords, formatCountdown, formatMultiplier, useTimeLeft } from '@/lib/countdown';
import type { MarketPageWire } from '../api/types';
import { coins } from '../utils/labels';

function Figure({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn('min-w-0', className)}>
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className="mt-0.5 flex items-center gap-1.5 text-lg font-semibold tabular-nums">{children}</dd>
    </div>
  );
}

/** The running boost, counting down each second; gone when it ends. */
export function BoostBanner({ boost }: { boost: MarketPageWire['active_boost'] }) {
  const left = useTimeLeft(boost?.expires_at);
  if (!boost || left <= 0) return null;
  const multiplier = formatMultiplier(boost.multiplier);
  return (
    <p className="flex flex-wrap items-center gap-2 rounded-lg bg-accent-soft px-3 py-2 text-sm text-fg">
      <Zap aria-hidden className="size-4 text-accent-text" />
      <span className="font-medium">{multiplier} XP boost running</span>
      <span role="timer" aria-label={countdownWords(left)} className="tabular-nums text-muted">
        <span aria-hidden>{formatCountdown(left)} left</span>
      </span>
    </p>
  );
}

/** Balance, what was earned and spent in all, the level, and a running boost. */
export function WalletHeader({ page }: { page: MarketPageWire }) {
  const { wallet, level, active_boost } = page;
  return (
    <section
      aria-labelledby="market-wallet"
      className="grid gap-4 rounded-xl border border-line bg-surface p-5 shadow-xs"
    >
      <h2 id="market-wallet" className="sr-only">
        Wallet
      </h2>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Figure label="Balance" className="col-span-2 sm:col-span-1">
          <Coins aria-hidden className="size-5 text-accent-text" />
          <span data-testid="market-balance">{coins(wallet.balance)}</span>
        </Figure>
        <Figure label="Earned">{wallet.total_earned.toLocaleString('en')}</Figure>
        <Figure label="Spent">{wallet.total_spent.toLocaleString('en')}</Figure>
        <Figure label="Level">{level}</Figure>
      </dl>
      <BoostBanner boost={active_boost} />
    </section>
  );
}
