import { type FormEvent, useId, useState } from 'react';
import { createGoalBody } from '#common/contracts/goals';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { maxLengthOf } from '@/lib/limits';
import { type Priority, priorityLabels } from '../utils/goal-labels';

const limits = {
  title: maxLengthOf(createGoalBody.shape.title),
  description: maxLengthOf(createGoalBody.shape.description),
  category: maxLengthOf(createGoalBody.shape.category),
};

export interface GoalFormValues {
  title: string;
  description: string | null;
  category: string | null;
  target_date: string | null;
  priority: Priority;
}

/** Suggestions only: a category is free text. */
const categorySuggestions = ['Music', 'Creative', 'Health', 'Career', 'Learning', 'Personal', 'Finance'];

interface GoalFormProps {
  initial?: Partial<GoalFormValues>;
  submitLabel: string;
  saving: boolean;
  onSubmit: (values: GoalFormValues) => void;
  onCancel: () => void;
}

/** Title, why it matters, a category, an optional target date and a priority. */
export function GoalForm({ initial, submitLabel, saving, onSubmit, onCancel }: GoalFormProps) {
  const listId = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [category, setCategory] = useState(initial?.category ?? '');
  const [targetDate, setTargetDate] = useState(initial?.target_date ?? '');
  const [priority, setPriority] = useState<Priority>(initial?.priority ?? 'medium');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const t = title.trim();
    if (!t) {
      setError('Give the goal a title.');
      return;
    }
    setError(null);
    onSubmit({
      title: t,
      description: description.trim() || null,
      category: category.trim() || null,
      target_date: targetDate || null,
      priority,
    });
  };

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <Field label="Title" error={error}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={title}
            maxLength={limits.title}
            placeholder="Finish the EP"
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-autofocus
          />
        )}
      </Field>
      <Field label="Why it matters (optional)">
        {({ id }) => (
          <Textarea
            id={id}
            rows={3}
            maxLength={limits.description}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Category (optional)">
          {({ id }) => (
            <>
              <Input
                id={id}
                list={listId}
                value={category}
                maxLength={limits.category}
                onChange={(e) => setCategory(e.target.value)}
              />
              <datalist id={listId}>
                {categorySuggestions.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Target date (optional)">
          {({ id }) => <Input id={id} type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />}
        </Field>
      </div>
      <SegmentedControl
        legend="Priority"
        name="goal-priority"
        size="sm"
        value={priority}
        options={(['low', 'medium', 'high'] as const).map((p) => ({ value: p, label: priorityLabels[p] }))}
        onChange={setPriority}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={saving}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
