import { RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/skeleton';
import { celebrate } from '@/lib/rewards';
import { useDrill } from '../api/reads';
import type { DrillWire, RoundResultWire, RoundWire } from '../api/types';
import { canPlay } from '../audio/synth';
import { useSynth } from '../audio/use-synth';
import { RoundPlayer } from '../components/round-player';
import { RoundResults } from '../components/round-results';
import { difficultyLabels, drillTypeLabels } from '../utils/labels';

function DrillStats({ drill }: { drill: DrillWire }) {
  const s = drill.stats;
  const facts = [
    { label: 'Best score', value: s?.best_score != null ? `${s.best_score}%` : '—' },
    { label: 'Last score', value: s?.last_score != null ? `${s.last_score}%` : '—' },
    { label: 'Rounds', value: String(s?.sessions ?? 0) },
    { label: 'Streak', value: String(s?.current_streak ?? 0) },
  ];
  return (
    <dl aria-label="Your scores" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {facts.map((f) => (
        <div key={f.label} className="rounded-xl border border-line bg-surface px-3 py-2">
          <dt className="text-xs text-muted">{f.label}</dt>
          <dd className="font-semibold tabular-nums">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An ear-training drill: Start, the round one question at a time, then the results and Play again. */
export function DrillPage() {
  const { id = '' } = useParams();
  const drill = useDrill(id);
  const synth = useSynth();
  const [finished, setFinished] = useState<{ round: RoundWire; result: RoundResultWire } | null>(null);
  const [rounds, setRounds] = useState(0);

  if (drill.isPending) return <PageSkeleton />;
  if (drill.isError)
    return <ErrorState error={drill.error} onRetry={() => void drill.refetch()} retrying={drill.isFetching} />;
  const d = drill.data;

  const done = (round: RoundWire, result: RoundResultWire) => {
    setFinished({ round, result });
    celebrate(result.reward, { title: d.title });
  };

  return (
    <div className="mx-auto w-full max-w-2xl">
      <BackLink to="/learn">Learn</BackLink>
      <PageHeader title={d.title} description={d.description} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <Badge>{drillTypeLabels[d.drill_type]}</Badge>
          <Badge>{difficultyLabels[d.difficulty]}</Badge>
          <span>{d.question_count} questions</span>
        </div>
        <DrillStats drill={d} />
        {!canPlay() && (
          <p role="alert" className="text-sm text-danger">
            This browser cannot make sound, so the drill cannot play here.
          </p>
        )}
        {finished ? (
          <div className="grid gap-4">
            <RoundResults round={finished.round} result={finished.result} synth={synth} />
            <div>
              <Button
                variant="primary"
                size="lg"
                onClick={() => {
                  setFinished(null);
                  setRounds((n) => n + 1);
                }}
              >
                <RotateCcw aria-hidden className="size-4" />
                Play again
              </Button>
            </div>
          </div>
        ) : (
          <RoundPlayer
            key={rounds}
            drillId={d.id}
            purpose="practice"
            synth={synth}
            onResult={done}
            autoStart={rounds > 0}
          />
        )}
      </div>
    </div>
  );
}
