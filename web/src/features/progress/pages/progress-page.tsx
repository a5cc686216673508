import { PageHeader } from '@/components/ui/page-header';
import { useGameSummary } from '../api/get-summary';
import { useTeaser } from '../api/get-teaser';
import { AchievementsCard } from '../components/achievements-card';
import { LedgerCard } from '../components/ledger-card';
import { LevelCard } from '../components/level-card';
import { SkillsCard } from '../components/skills-card';
import { StreaksCard } from '../components/streaks-card';
import { XpHistoryCard } from '../components/xp-history-card';

/** Level, XP over time, skills, streaks, achievements and the ledger. */
export function ProgressPage() {
  const summary = useGameSummary();
  const teaser = useTeaser();
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title="Progress"
        description="Proof that you kept showing up. These are just numbers; they don’t define you."
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="lg:col-span-2">
          <LevelCard summary={summary} teaser={teaser} />
        </div>
        <div className="lg:col-span-2">
          <XpHistoryCard />
        </div>
        <div className="lg:col-span-2">
          <SkillsCard />
        </div>
        <div className="lg:col-span-2">
          <AchievementsCard />
        </div>
        <StreaksCard />
        <LedgerCard />
      </div>
    </div>
  );
}
