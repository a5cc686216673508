import { type FormEvent, useState } from 'react';
import type { CreateQuestBody } from '#common/contracts/quests';
import { createQuestBody } from '#common/contracts/quests';
import { questDifficulties } from '#common/enums';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { maxLengthOf, maxOf, minOf } from '@/lib/limits';
import { difficultyLabels, difficultyReward, type QuestDifficulty } from '../utils/labels';

const fields = createQuestBody.shape;
const limits = {
  title: maxLengthOf(fields.title),
  description: maxLengthOf(fields.description),
  target: { min: minOf(fields.target), max: maxOf(fields.target) },
};

interface Draft {
  title: string;
  description: string;
  difficulty: QuestDifficulty;
  target: string;
  due_date: string;
  repeat_period: '' | 'daily' | 'weekly' | 'monthly';
}

type Errors = Partial<Record<'title' | 'target' | 'due_date', string>>;

const empty: Draft = { title: '', description: '', difficulty: 'easy', target: '1', due_date: '', repeat_period: '' };

/** The body to send, or what is wrong with the draft. */
export function validateQuest(d: Draft): { value: CreateQuestBody } | { errors: Errors } {
  const errors: Errors = {};
  const title = d.title.trim();
  if (!title) errors.title = 'Give the quest a title.';
  else if (title.length > limits.title) errors.title = `Keep the title under ${limits.title} characters.`;
  const target = Number(d.target);
  if (!Number.isInteger(target) || target < limits.target.min || target > limits.target.max)
    errors.target = `Enter a number from ${limits.target.min} to ${limits.target.max.toLocaleString('en')}.`;
  if (d.due_date && !/^\d{4}-\d{2}-\d{2}$/.test(d.due_date)) errors.due_date = 'Pick a date.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    value: {
      title,
      description: d.description.trim() || null,
      difficulty: d.difficulty,
      target,
      due_date: d.due_date || null,
      repeat_period: d.repeat_period || null,
    },
  };
}

interface QuestFormProps {
  saving: boolean;
  onSubmit: (body: CreateQuestBody) => void;
  onCancel: () => void;
}

/** Title, notes, difficulty (which fixes the reward), steps, a due date and repetition. */
export function QuestForm({ saving, onSubmit, onCancel }: QuestFormProps) {
  const [draft, setDraft] = useState(empty);
  const [errors, setErrors] = useState<Errors>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateQuest(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSubmit(result.value);
  };

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <Field label="Title" error={errors.title}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={draft.title}
            maxLength={limits.title}
            placeholder="Finish the second verse"
            onChange={(e) => set('title', e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-autofocus
          />
        )}
      </Field>
      <Field label="Notes (optional)">
        {({ id }) => (
          <Textarea
            id={id}
            rows={2}
            maxLength={limits.description}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      <fieldset className="grid gap-1.5">
        <legend className="mb-1.5 text-sm font-medium">Difficulty</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {questDifficulties.map((d) => {
            const reward = difficultyReward(d);
            return (
              <label
                key={d}
                className={cn(
                  'grid cursor-pointer gap-0.5 rounded-lg border border-line-strong px-2.5 py-2 text-sm',
                  'has-[:checked]:border-accent has-[:checked]:bg-accent-soft',
                  'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
                )}
              >
                <input
                  type="radio"
                  name="quest-difficulty"
                  value={d}
                  checked={draft.difficulty === d}
                  onChange={() => set('difficulty', d)}
                  className="sr-only"
                />
                <span className="font-medium">{difficultyLabels[d]}</span>
                <span className="text-xs text-muted tabular-nums">
                  {reward.xp} XP · {reward.coins} coins
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Steps" hint="Times to do it" error={errors.target}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="number"
              inputMode="numeric"
              min={limits.target.min}
              max={limits.target.max}
              value={draft.target}
              onChange={(e) => set('target', e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <Field label="Due (optional)" error={errors.due_date}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="date"
              value={draft.due_date}
              onChange={(e) => set('due_date', e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <Field label="Repeats">
          {({ id }) => (
            <Select
              id={id}
              value={draft.repeat_period}
              onChange={(e) => set('repeat_period', e.target.value as Draft['repeat_period'])}
            >
              <option value="">Once</option>
              <option value="daily">Every day</option>
              <option value="weekly">Every week</option>
              <option value="monthly">Every month</option>
            </Select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={saving}>
          Create quest
        </Button>
      </div>
    </form>
  );
}
