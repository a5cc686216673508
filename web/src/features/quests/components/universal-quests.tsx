import { CircleCheck, Swords } from 'lucide-react';
import { useId } from 'react';
import type { QuestPeriod } from '#common/enums';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { CatalogueIcon } from '@/components/ui/catalogue-icon';
import { ErrorState } from '@/components/ui/error-state';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { useClaimUniversalQuest } from '../api/claim-universal-quest';
import type { useUniversalQuests } from '../api/get-universal-quests';
import type { UniversalQuestWire } from '../api/types';
import { periodLabels, periodResets, progressText } from '../utils/labels';
import { RewardChips } from './reward-chips';

const periods: QuestPeriod[] = ['daily', 'weekly', 'monthly'];

interface QuestRowProps {
  quest: UniversalQuestWire;
  onClaim: (id: string) => void;
  claiming: boolean;
}

function QuestRow({ quest: q, onClaim, claiming }: QuestRowProps) {
  const claimable = q.completed && !q.claimed;
  return (
    <li
      className={cn(
        'grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2 py-4 first:pt-0 last:pb-0 sm:grid-cols-[auto_minmax(0,1fr)_auto]',
      )}
      data-testid="universal-quest"
    >
      <span
        className={cn(
          'grid size-9 place-items-center rounded-lg',
          q.completed ? 'bg-accent text-accent-fg' : 'bg-accent-soft text-accent-text',
        )}
      >
        <CatalogueIcon name={q.icon} fallback={Swords} className="size-4" />
      </span>
      <div className="grid min-w-0 gap-1.5">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <h3 className="text-sm font-semibold">{q.title}</h3>
          <RewardChips xp={q.xp_reward} coins={q.coin_reward} />
        </div>
        <p className="text-sm text-muted">{q.description}</p>
        <div className="flex items-center gap-3">
          <ProgressBar
            size="sm"
            value={q.progress}
            max={q.target}
            label={`${q.title} progress`}
            valueText={progressText(q.progress, q.target, q.target_type)}
            className="max-w-72"
          />
          <span className="shrink-0 text-xs text-muted tabular-nums">
            {progressText(q.progress, q.target, q.target_type)}
          </span>
        </div>
      </div>
      <div className="col-start-2 flex items-center sm:col-start-3 sm:row-start-1 sm:justify-end">
        {claimable && (
          <Button
            variant="primary"
            size="sm"
            loading={claiming}
            onClick={() => onClaim(q.id)}
            aria-label={`Claim ${q.title}`}
          >
            Claim
          </Button>
        )}
        {q.claimed && (
          <span className="flex items-center gap-1 text-sm font-medium text-success">
            <CircleCheck aria-hidden className="size-4" />
            Claimed
          </span>
        )}
      </div>
    </li>
  );
}

function PeriodCard({ period, quests }: { period: QuestPeriod; quests: UniversalQuestWire[] }) {
  const headingId = useId();
  const claim = useClaimUniversalQuest();
  const ready = quests.filter((q) => q.completed && !q.claimed).length;
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title={periodLabels[period]}
        description={periodResets[period]}
        action={ready > 0 ? <Badge tone="accent">{ready} to claim</Badge> : undefined}
      />
      <CardBody>
        {quests.length === 0 ? (
          <p className="py-4 text-center text-sm text-muted">No {period} quests right now.</p>
        ) : (
          <ul className="divide-y divide-line" aria-labelledby={headingId}>
            {quests.map((q) => (
              <QuestRow
                key={q.id}
                quest={q}
                onClaim={(id) => claim.mutate(id)}
                claiming={claim.isPending && claim.variables === q.id}
              />
            ))}
          </ul>
        )}
        {claim.isError && (
          <p role="alert" className="mt-3 text-sm font-medium text-danger">
            {errorMessage(claim.error)}
          </p>
        )}
      </CardBody>
    </Card>
  );
}

/** Rewards to claim first, then the nearest to done; claimed ones last. */
export function sortQuests(list: UniversalQuestWire[]): UniversalQuestWire[] {
  const rank = (q: UniversalQuestWire) => (q.completed && !q.claimed ? 0 : q.claimed ? 2 : 1);
  const share = (q: UniversalQuestWire) => (q.target > 0 ? q.progress / q.target : 0);
  return list
    .map((q, i) => ({ q, i }))
    .sort((a, b) => rank(a.q) - rank(b.q) || share(b.q) - share(a.q) || a.i - b.i)
    .map(({ q }) => q);
}

export function UniversalQuestsSkeleton() {
  return (
    <div role="status" aria-label="Loading quests" className="grid gap-6">
      {periods.map((p) => (
        <Skeleton key={p} className="h-56 rounded-xl" />
      ))}
    </div>
  );
}

/** This period's universal quests, grouped by daily, weekly and monthly. */
export function UniversalQuests({ quests }: { quests: ReturnType<typeof useUniversalQuests> }) {
  if (quests.isPending) return <UniversalQuestsSkeleton />;
  if (quests.isError)
    return (
      <ErrorState
        title="Quests could not be loaded"
        error={quests.error}
        onRetry={() => void quests.refetch()}
        retrying={quests.isFetching}
      />
    );
  if (quests.data.length === 0)
    return (
      <Card>
        <CardBody className="py-8 text-center text-sm text-muted">
          No quests are running on this Cadence yet. Write your own below.
        </CardBody>
      </Card>
    );
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      {periods.map((p) => (
        <PeriodCard key={p} period={p} quests={sortQuests(quests.data.filter((q) => q.period === p))} />
      ))}
    </div>
  );
}
