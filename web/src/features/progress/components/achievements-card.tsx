import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { Skeleton } from '@/components/ui/skeleton';
import { useAchievements } from '../api/get-achievements';
import { type AchievementFilter, AchievementGrid, filterAchievements, sortAchievements } from './achievement-grid';

const emptyText: Record<AchievementFilter, string> = {
  all: 'There are no achievements to earn yet.',
  earned: 'Nothing earned yet. Your first focus session or habit unlocks one.',
  open: 'You earned every achievement there is. Remarkable.',
};

/** Earned ones and the nearest to done come first; the rest wait behind "Show all". */
const PREVIEW = 9;

/** Every achievement with its progress, filterable to the earned or the open ones. */
export function AchievementsCard() {
  const headingId = useId();
  const achievements = useAchievements();
  const [filter, setFilter] = useState<AchievementFilter>('all');
  const [expanded, setExpanded] = useState(false);
  let body: React.ReactNode;
  let description = 'Milestones along the way.';
  if (achievements.isPending)
    body = (
      <div role="status" aria-label="Loading achievements" className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {['a', 'b', 'c', 'd', 'e', 'f'].map((k) => (
          <Skeleton key={k} className="h-24" />
        ))}
      </div>
    );
  else if (achievements.isError)
    body = (
      <ErrorState
        error={achievements.error}
        onRetry={() => void achievements.refetch()}
        retrying={achievements.isFetching}
      />
    );
  else {
    const all = achievements.data;
    const earned = all.filter((a) => a.earned).length;
    description = `${earned} of ${all.length} earned.`;
    const matching = sortAchievements(filterAchievements(all, filter));
    const shown = expanded ? matching : matching.slice(0, PREVIEW);
    body =
      matching.length === 0 ? (
        <p className="py-6 text-center text-sm text-muted">{emptyText[filter]}</p>
      ) : (
        <div className="grid gap-4">
          <AchievementGrid achievements={shown} label="Achievements" />
          {matching.length > PREVIEW && (
            <Button className="justify-self-center" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
              {expanded ? 'Show fewer' : `Show all ${matching.length}`}
            </Button>
          )}
        </div>
      );
  }
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Achievements"
        description={description}
        action={
          <SegmentedControl
            legend="Show"
            hideLegend
            size="sm"
            name="achievement-filter"
            value={filter}
            options={[
              { value: 'all', label: 'All' },
              { value: 'earned', label: 'Earned' },
              { value: 'open', label: 'To earn' },
            ]}
            onChange={setFilter}
          />
        }
      />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
