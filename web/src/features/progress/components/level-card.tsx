import { Coins, Flame, Shield, Sparkles, Zap } from 'lucide-react';
import { useId } from 'react';
import { Card, CardBody } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Skeleton } from '@/components/ui/skeleton';
import type { useGameSummary } from '../api/get-summary';
import type { useTeaser } from '../api/get-teaser';
import { formatNumber } from '../utils/format';

interface LevelCardProps {
  summary: ReturnType<typeof useGameSummary>;
  teaser: ReturnType<typeof useTeaser>;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

function Stat({ icon: Icon, label, value }: { icon: typeof Coins; label: string; value: string }) {
  return (
    <div className="grid gap-0.5 rounded-lg bg-subtle px-3 py-2.5">
      <dt className="flex items-center gap-1.5 text-xs text-muted">
        <Icon aria-hidden className="size-3.5 shrink-0 text-accent-text" />
        {label}
      </dt>
      <dd className="font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

export function LevelCardSkeleton() {
  return (
    <div role="status" aria-label="Loading your level" className="grid gap-4">
      <div className="flex items-center gap-4">
        <Skeleton className="size-16 rounded-full" />
        <div className="grid flex-1 gap-2">
          <Skeleton className="h-5 w-32" />
          <Skeleton className="h-2.5 w-full" />
        </div>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
      </div>
    </div>
  );
}

/** The level, the bar to the next one, and the wallet and streak beside it. */
export function LevelCard({ summary, teaser }: LevelCardProps) {
  const headingId = useId();
  let body: React.ReactNode;
  if (summary.isPending) body = <LevelCardSkeleton />;
  else if (summary.isError)
    body = <ErrorState error={summary.error} onRetry={() => void summary.refetch()} retrying={summary.isFetching} />;
  else {
    const s = summary.data;
    const toGo = Math.max(0, s.xp_for_next_level - s.xp_into_level);
    const boost = s.active_boost;
    body = (
      <div className="grid gap-5">
        <div className="flex items-center gap-4">
          <div className="grid size-16 shrink-0 place-items-center rounded-full bg-accent text-2xl font-bold text-accent-fg tabular-nums shadow-sm">
            <span aria-hidden>{s.level}</span>
          </div>
          <div className="grid min-w-0 flex-1 gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <h2 id={headingId} className="text-lg font-semibold" data-testid="progress-level">
                Level {s.level}
              </h2>
              <p className="text-sm text-muted tabular-nums" data-testid="progress-total-xp">
                {formatNumber(s.total_xp)} XP in total
              </p>
            </div>
            <ProgressBar
              value={s.xp_into_level}
              max={s.xp_for_next_level}
              label={`XP to level ${s.level + 1}`}
              valueText={`${s.xp_into_level} of ${s.xp_for_next_level} XP`}
            />
            <p className="text-sm text-muted tabular-nums">
              {formatNumber(s.xp_into_level)} / {formatNumber(s.xp_for_next_level)} XP · {formatNumber(toGo)} to level{' '}
              {s.level + 1}
            </p>
          </div>
        </div>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          <Stat icon={Coins} label="Coins" value={formatNumber(s.coins)} />
          <Stat icon={Flame} label="Daily streak" value={days(s.daily_streak)} />
          <Stat icon={Sparkles} label="Longest streak" value={days(s.longest_daily_streak)} />
          <Stat icon={Shield} label="Streak shields" value={String(s.streak_shields)} />
        </dl>
        {boost && (
          <p className="flex items-center gap-2 rounded-lg bg-accent-soft px-3 py-2 text-sm text-accent-text">
            <Zap aria-hidden className="size-4" />
            XP boost ×{boost.multiplier} until{' '}
            {new Date(boost.expires_at).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' })}
          </p>
        )}
        {teaser.data?.achievement && teaser.data.label && (
          <p className="text-sm text-muted">
            Next up: <span className="font-medium text-fg">{teaser.data.achievement.name}</span> · {teaser.data.label}
          </p>
        )}
      </div>
    );
  }
  return (
    <Card
      aria-labelledby={summary.isSuccess ? headingId : undefined}
      aria-label={summary.isSuccess ? undefined : 'Level'}
    >
      <CardBody className="py-5">{body}</CardBody>
    </Card>
  );
}
