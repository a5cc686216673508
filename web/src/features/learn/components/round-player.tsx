import { Play, RotateCcw, Volume2 } from 'lucide-react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ROUND_TTL_MINUTES } from '#common/contracts/learn';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { errorMessage, isApiError } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import type { RoundResultWire, RoundWire } from '../api/types';
import { useIssueRound, useSubmitRound } from '../api/writes';
import type { Synth } from '../audio/synth';
import { RhythmLegend, RhythmNotation } from './rhythm-notation';

interface RoundPlayerProps {
  drillId: string;
  purpose: 'practice' | 'review';
  synth: Synth;
  onResult: (round: RoundWire, result: RoundResultWire) => void;
  /** Start at once (a "Play again" click already unlocked the sound). */
  autoStart?: boolean;
  startLabel?: string;
}

/** Keys that would type or press something in a control are the control's own. */
const isControl = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT|BUTTON|A|SUMMARY)$/.test(target.tagName);

/**
 * A round of a drill, one question at a time: each plays on arrival and on Replay (R or Space),
 * a choice is picked with its button or its number key, and the last answer sends the round.
 */
export function RoundPlayer({ drillId, purpose, synth, onResult, autoStart = false, startLabel }: RoundPlayerProps) {
  const issue = useIssueRound(drillId);
  const submit = useSubmitRound(drillId);
  const [round, setRound] = useState<RoundWire | null>(null);
  const [answers, setAnswers] = useState<number[]>([]);
  const [expired, setExpired] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const promptId = useId();

  const index = answers.length;
  const question = round && index < round.questions.length ? round.questions[index] : undefined;
  const busy = submit.isPending || submit.isSuccess;

  const start = useCallback(async () => {
    setExpired(false);
    submit.reset();
    await synth.unlock();
    issue.mutate(
      { purpose },
      {
        onSuccess: (issued) => {
          setAnswers([]);
          setRound(issued);
        },
      },
    );
  }, [issue, purpose, submit, synth]);

  const startedRef = useRef(false);
  useEffect(() => {
    if (autoStart && !startedRef.current) {
      startedRef.current = true;
      void start();
    }
  }, [autoStart, start]);

  // Each question plays as it arrives.
  useEffect(() => {
    if (question) {
      void synth.play(question.sound);
      headingRef.current?.focus();
    }
  }, [question, synth]);

  useEffect(() => () => synth.stop(), [synth]);

  const replay = useCallback(() => {
    if (question) void synth.play(question.sound);
  }, [question, synth]);

  const choose = useCallback(
    (choice: number) => {
      if (!round || !question || busy) return;
      const next = [...answers, choice];
      setAnswers(next);
      if (next.length < round.questions.length) return;
      synth.stop();
      submit.mutate(
        { round_id: round.id, answers: next },
        {
          onSuccess: (result) => onResult(round, result),
          onError: (error) => {
            if (isApiError(error) && error.code === 'round_expired') setExpired(true);
          },
        },
      );
    },
    [answers, busy, onResult, question, round, submit, synth],
  );

  useEffect(() => {
    if (!question || busy) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'r' || e.key === 'R' || (e.key === ' ' && !isControl(e.target))) {
        e.preventDefault();
        replay();
        return;
      }
      if (/^[1-9]$/.test(e.key) && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
        const pick = Number(e.key) - 1;
        if (pick < question.choices.length) {
          e.preventDefault();
          choose(pick);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, choose, question, replay]);

  if (expired) {
    return (
      <div role="alert" className="grid gap-3 rounded-xl border border-line-strong bg-subtle p-4">
        <p>This round expired: a round can be answered for {ROUND_TTL_MINUTES} minutes after it starts.</p>
        <div>
          <Button variant="primary" onClick={() => void start()} loading={issue.isPending}>
            Start a new round
          </Button>
        </div>
      </div>
    );
  }

  if (!round) {
    return (
      <div className="grid gap-3">
        <p className="text-sm text-muted">
          Turn your sound on. Each question plays as it appears; R or Space plays it again.
        </p>
        <div>
          <Button variant="primary" size="lg" onClick={() => void start()} loading={issue.isPending}>
            <Play aria-hidden className="size-4" />
            {startLabel ?? 'Start'}
          </Button>
        </div>
        {issue.isError && (
          <p role="alert" className="text-sm text-danger">
            {errorMessage(issue.error)}
          </p>
        )}
      </div>
    );
  }

  const total = round.questions.length;
  const shown = question ?? round.questions[total - 1];
  if (!shown) return null;
  const rhythm = shown.sound.kind === 'rhythm';
  return (
    <section aria-labelledby={headingId} className="grid gap-4">
      <div className="grid gap-2">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
          Question {Math.min(index + 1, total)} of {total}
        </h2>
        <ProgressBar
          size="sm"
          value={index}
          max={total}
          label="Questions answered"
          valueText={`${index} of ${total} answered`}
        />
      </div>
      <p id={promptId} className="text-[15px]">
        {shown.prompt}
      </p>
      <div>
        <Button onClick={replay} disabled={!question || busy} aria-keyshortcuts="R Space">
          <Volume2 aria-hidden className="size-4" />
          Replay
        </Button>
      </div>
      <ul
        aria-label="Choices"
        aria-describedby={promptId}
        className={cn('grid gap-2', rhythm ? 'grid-cols-1' : 'grid-cols-2 sm:grid-cols-3')}
      >
        {shown.choices.map((choice, i) => (
          <li key={choice}>
            <button
              type="button"
              onClick={() => choose(i)}
              disabled={!question || busy}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              className={cn(
                'flex min-h-14 w-full items-center gap-3 rounded-xl border border-line-strong bg-surface px-4 py-3 text-left text-[15px] font-medium shadow-xs transition',
                'hover:border-accent hover:bg-accent-soft disabled:opacity-55',
              )}
            >
              {i < 9 && (
                <span
                  aria-hidden
                  className="grid size-6 shrink-0 place-items-center rounded-md bg-subtle text-xs text-muted"
                >
                  {i + 1}
                </span>
              )}
              {shown.sound.kind === 'rhythm' ? (
                <RhythmNotation pattern={choice} beatsPerBar={shown.sound.beats_per_bar} />
              ) : (
                <span>{choice}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {rhythm && <RhythmLegend />}
      {submit.isPending && (
        <p role="status" className="text-sm text-muted">
          Marking your answers…
        </p>
      )}
      {submit.isError && !expired && (
        <div role="alert" className="grid gap-2 text-sm text-danger">
          <p>{errorMessage(submit.error)}</p>
          <div>
            <Button
              size="sm"
              onClick={() => submit.mutate({ round_id: round.id, answers }, { onSuccess: (r) => onResult(round, r) })}
            >
              <RotateCcw aria-hidden className="size-4" />
              Send again
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
