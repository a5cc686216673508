import { type FormEvent, useState } from 'react';
import { createGoalBody } from '#common/contracts/goals';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { maxLengthOf } from '@/lib/limits';

/** The step makes a goal, so its title has a goal title's limit. */
const TITLE_MAX = maxLengthOf(createGoalBody.shape.title);

export interface FirstGoalValues {
  title: string;
  target_date?: string;
}

interface GoalStepProps {
  /** The answer given before, if the user came back to this step. */
  initial: { title?: string; target_date?: string; goal_id?: string } | undefined;
  today: string;
  saving: boolean;
  skipping: boolean;
  serverError: string | null;
  onSubmit: (values: FirstGoalValues) => void;
  onNotNow: () => void;
  onContinue: () => void;
}

/** A first goal: a title and, if the user likes, a target date. It lands on the Goals page. */
export function GoalStep({
  initial,
  today,
  saving,
  skipping,
  serverError,
  onSubmit,
  onNotNow,
  onContinue,
}: GoalStepProps) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [targetDate, setTargetDate] = useState(initial?.target_date ?? '');
  const [error, setError] = useState<string | null>(null);

  if (initial?.goal_id) {
    return (
      <div className="grid gap-6">
        <p className="rounded-xl border border-line bg-subtle px-4 py-3 text-sm">
          Your first goal, <strong className="font-semibold">{initial.title}</strong>, is on your Goals page. Change it
          or add milestones there whenever you like.
        </p>
        <Button variant="primary" size="lg" className="justify-self-start" onClick={onContinue}>
          Continue
        </Button>
      </div>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const t = title.trim();
    if (!t) {
      setError('Name your goal, or choose “Not now”.');
      return;
    }
    setError(null);
    onSubmit(targetDate ? { title: t, target_date: targetDate } : { title: t });
  };

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <Field label="Goal" error={error ?? serverError} hint="For example: finish the EP, run 5 km, read 6 books.">
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={title}
            maxLength={TITLE_MAX}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label="Target date (optional)">
        {({ id }) => (
          <Input
            id={id}
            type="date"
            min={today}
            value={targetDate}
            onChange={(e) => setTargetDate(e.target.value)}
            className="sm:max-w-56"
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="primary" size="lg" loading={saving}>
          Set goal
        </Button>
        <Button size="lg" onClick={onNotNow} loading={skipping}>
          Not now
        </Button>
      </div>
    </form>
  );
}
