import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { useUniversalQuests } from '../api/get-universal-quests';
import { PersonalQuestsCard } from '../components/personal-quests-card';
import { UniversalQuests } from '../components/universal-quests';

/** Universal quests of this day, week and month, and the user's own quests. */
export function QuestsPage() {
  const universal = useUniversalQuests();
  const [creating, setCreating] = useState(false);
  const ready = universal.data?.filter((q) => q.completed && !q.claimed).length ?? 0;
  return (
    <div className="mx-auto w-full max-w-4xl">
      <PageHeader
        title="Quests"
        description={
          ready > 0
            ? `${ready} ${ready === 1 ? 'reward is' : 'rewards are'} waiting to be claimed.`
            : 'Challenges that reward showing up. They fill in as you focus, keep habits and train.'
        }
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Plus aria-hidden className="size-4" />
            New quest
          </Button>
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8">
        <section aria-labelledby="quests-universal" className="grid grid-cols-[minmax(0,1fr)] gap-4">
          <h2 id="quests-universal" className="text-lg font-semibold">
            This period
          </h2>
          <UniversalQuests quests={universal} />
        </section>
        <section aria-labelledby="quests-personal" className="grid grid-cols-[minmax(0,1fr)] gap-4">
          <h2 id="quests-personal" className="sr-only">
            Personal quests
          </h2>
          <PersonalQuestsCard creating={creating} onCreatingChange={setCreating} />
        </section>
      </div>
    </div>
  );
}
