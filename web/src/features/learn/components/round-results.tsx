import { CheckCircle2, Sparkles, Volume2, XCircle } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { rewardText } from '@/lib/rewards';
import type { RoundResultWire, RoundWire } from '../api/types';
import type { Synth } from '../audio/synth';
import { formatSeconds } from '../utils/labels';
import { RhythmNotation } from './rhythm-notation';

interface RoundResultsProps {
  round: RoundWire;
  result: RoundResultWire;
  synth: Synth;
  /** Shows the stats and the reward line (a practice round); a review's round shows the answers only. */
  practice?: boolean;
}

/** A marked round: the score, the time, each question's answer against the right one (with Replay). */
export function RoundResults({ round, result, synth, practice = true }: RoundResultsProps) {
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const choiceText = (q: number, choice: number | null) => {
    if (choice === null) return <span>No answer</span>;
    const question = round.questions[q];
    const text = question?.choices[choice] ?? `Choice ${choice + 1}`;
    return question?.sound.kind === 'rhythm' ? (
      <RhythmNotation pattern={text} beatsPerBar={question.sound.beats_per_bar} />
    ) : (
      <span>{text}</span>
    );
  };
  return (
    <section aria-labelledby={headingId} className="grid gap-4">
      <div
        ref={ref}
        tabIndex={-1}
        role="status"
        className="grid gap-1 rounded-xl border border-line bg-surface p-4 outline-none"
      >
        <h2 id={headingId} className="text-lg font-semibold">
          Score: {result.score}%
        </h2>
        <p className="text-sm text-muted">
          {result.correct} of {result.total} right in {formatSeconds(result.time_seconds)}.
        </p>
        {practice &&
          (result.reward ? (
            <p className="flex items-center gap-2 text-sm font-medium text-accent-text">
              <Sparkles aria-hidden className="size-4" />
              {rewardText(result.reward.xp, result.reward.coins)}
            </p>
          ) : (
            <p className="text-sm text-muted">
              Today’s drill rewards are spent: this round counts in your stats without XP.
            </p>
          ))}
        {practice && (
          <p className="text-sm">
            Best score {result.stats.best_score ?? result.score}% · Streak {result.stats.current_streak} (best{' '}
            {result.stats.best_streak})
          </p>
        )}
      </div>
      <ol className="grid gap-2">
        {result.answers.map((a, i) => {
          const q = round.questions[i];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: answers follow the round's questions in order
            <li key={i} className="flex items-start gap-3 rounded-xl border border-line bg-surface p-3">
              {a.correct ? (
                <CheckCircle2 aria-hidden className="mt-0.5 size-5 shrink-0 text-success" />
              ) : (
                <XCircle aria-hidden className="mt-0.5 size-5 shrink-0 text-danger" />
              )}
              <div className="grid min-w-0 flex-1 gap-1 text-sm">
                <p className="font-medium">
                  <span className="sr-only">{a.correct ? 'Right: ' : 'Wrong: '}</span>
                  {i + 1}. {q?.prompt}
                </p>
                <p>Your answer: {choiceText(i, a.chosen)}</p>
                {!a.correct && <p>Right answer: {choiceText(i, a.answer)}</p>}
              </div>
              {q && (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => void synth.play(q.sound)}
                  aria-label={`Replay question ${i + 1}`}
                >
                  <Volume2 aria-hidden className="size-4" />
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
