import { CheckCircle2, XCircle } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { PASS_MARK } from '#common/contracts/learn';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import type { LessonCompletionWire, QuizQuestionWire } from '../api/types';

interface QuizProps {
  questions: QuizQuestionWire[];
  /** The chosen indexes, one list per question in order. */
  onSubmit: (answers: number[][]) => void;
  pending?: boolean;
  submitLabel?: string;
}

/**
 * A lesson's quiz: radio buttons for a single-answer question, checkboxes for "choose all that
 * apply". Every question needs an answer before it is sent.
 */
export function Quiz({ questions, onSubmit, pending = false, submitLabel = 'Check answers' }: QuizProps) {
  const base = useId();
  const [chosen, setChosen] = useState<number[][]>(() => questions.map(() => []));
  const [missing, setMissing] = useState(false);

  const pick = (q: number, choice: number, multiple: boolean, on: boolean) => {
    setMissing(false);
    setChosen((all) =>
      all.map((list, i) => {
        if (i !== q) return list;
        if (!multiple) return [choice];
        return on
          ? [...list.filter((c) => c !== choice), choice].sort((a, b) => a - b)
          : list.filter((c) => c !== choice);
      }),
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen.some((list) => list.length === 0)) {
      setMissing(true);
      return;
    }
    onSubmit(chosen);
  };

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <ol className="grid gap-5">
        {questions.map((q, qi) => {
          const multiple = q.kind === 'multiple';
          const hintId = `${base}-q${qi}-hint`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a quiz's questions are fixed and in order
            <li key={qi}>
              <fieldset className="grid gap-2" aria-describedby={multiple ? hintId : undefined}>
                <legend className="mb-1 font-medium">
                  <span className="tabular-nums">{qi + 1}. </span>
                  {q.question}
                </legend>
                {multiple && (
                  <p id={hintId} className="-mt-1 text-sm text-muted">
                    Choose all that apply.
                  </p>
                )}
                {q.choices.map((choice, ci) => {
                  const inputId = `${base}-q${qi}-c${ci}`;
                  const checked = chosen[qi]?.includes(ci) ?? false;
                  return (
                    <label
                      // biome-ignore lint/suspicious/noArrayIndexKey: choices are fixed and in order
                      key={ci}
                      htmlFor={inputId}
                      className={cn(
                        'flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 text-[15px]',
                        checked ? 'border-accent bg-accent-soft' : 'border-line bg-surface hover:bg-subtle',
                      )}
                    >
                      <input
                        id={inputId}
                        type={multiple ? 'checkbox' : 'radio'}
                        name={`${base}-q${qi}`}
                        checked={checked}
                        onChange={(e) => pick(qi, ci, multiple, e.target.checked)}
                        className="mt-1 size-4 shrink-0 accent-[var(--c-accent)]"
                      />
                      <span>{choice}</span>
                    </label>
                  );
                })}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {missing && (
        <p role="alert" className="text-sm text-danger">
          Answer every question first.
        </p>
      )}
      <div>
        <Button type="submit" variant="primary" size="lg" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** The marked quiz: the score, pass or not, and per question right or wrong with the answers and why. */
export function QuizResults({
  questions,
  completion,
}: {
  questions: QuizQuestionWire[];
  completion: LessonCompletionWire;
}) {
  const { result } = completion;
  const headingId = useId();
  const names = (q: QuizQuestionWire | undefined, indexes: number[]) =>
    indexes.length === 0 ? 'No answer' : indexes.map((i) => q?.choices[i] ?? `Choice ${i + 1}`).join('; ');
  return (
    <section aria-labelledby={headingId} className="grid gap-4">
      <div
        role="status"
        className={cn(
          'rounded-xl border p-4',
          result.passed ? 'border-success/40 bg-success/10' : 'border-line-strong bg-subtle',
        )}
      >
        <h2 id={headingId} className="text-lg font-semibold">
          {result.passed ? 'Passed' : 'Not passed yet'}: {result.score}%
        </h2>
        <p className="text-sm text-muted">
          {result.correct} of {result.total} right.{' '}
          {result.passed ? 'Well done.' : `${PASS_MARK}% passes: read it again and try once more.`}
        </p>
      </div>
      <ol className="grid gap-3">
        {result.questions.map((r, i) => {
          const q = questions[i];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: results follow the quiz's order
            <li key={i} className="grid gap-1 rounded-xl border border-line bg-surface p-3">
              <p className="flex items-start gap-2 font-medium">
                {r.correct ? (
                  <CheckCircle2 aria-hidden className="mt-0.5 size-5 shrink-0 text-success" />
                ) : (
                  <XCircle aria-hidden className="mt-0.5 size-5 shrink-0 text-danger" />
                )}
                <span>
                  <span className="sr-only">{r.correct ? 'Right: ' : 'Wrong: '}</span>
                  {i + 1}. {q?.question}
                </span>
              </p>
              {!r.correct && <p className="text-sm">Your answer: {names(q, r.chosen)}</p>}
              <p className="text-sm">
                {r.correct ? 'Answer' : 'Right answer'}: {names(q, r.answers)}
              </p>
              <p className="text-sm text-muted">{r.explanation}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
