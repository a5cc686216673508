import { type FormEvent, useId, useState } from 'react';
import { createHabitBody } from '#common/contracts/habits';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { cn } from '@/lib/cn';
import { maxLengthOf, maxOf, minOf } from '@/lib/limits';
import { isoWeekdays, type ScheduleFields, type ScheduleType, weekdayName } from '../utils/schedule';

const fields = createHabitBody.shape;
const limits = {
  name: maxLengthOf(fields.name),
  description: maxLengthOf(fields.description),
  perWeek: { min: minOf(fields.times_per_week), max: maxOf(fields.times_per_week) },
  target: { min: minOf(fields.target_count), max: maxOf(fields.target_count) },
};

export interface HabitFormValues extends ScheduleFields {
  name: string;
  description: string | null;
}

interface Draft {
  name: string;
  description: string;
  schedule_type: ScheduleType;
  schedule_days: number[];
  times_per_week: string;
  target_count: string;
}

type Errors = Partial<Record<'name' | 'schedule_days' | 'times_per_week' | 'target_count', string>>;

const toDraft = (v?: Partial<HabitFormValues>): Draft => ({
  name: v?.name ?? '',
  description: v?.description ?? '',
  schedule_type: v?.schedule_type ?? 'daily',
  schedule_days: v?.schedule_days?.length ? [...v.schedule_days] : [1, 2, 3, 4, 5],
  times_per_week: String(v?.times_per_week ?? 3),
  target_count: String(v?.target_count ?? 1),
});

const wholeIn = (text: string, { min, max }: { min: number; max: number }) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** The values to send, or what is wrong with the draft. */
export function validateHabit(d: Draft): { value: HabitFormValues } | { errors: Errors } {
  const errors: Errors = {};
  const name = d.name.trim();
  if (!name) errors.name = 'Give the habit a name.';
  else if (name.length > limits.name) errors.name = `Keep the name under ${limits.name} characters.`;
  if (d.schedule_type === 'weekdays' && d.schedule_days.length === 0) errors.schedule_days = 'Pick at least one day.';
  const perWeek = wholeIn(d.times_per_week, limits.perWeek);
  if (d.schedule_type === 'times_per_week' && perWeek === null)
    errors.times_per_week = `Enter a number from ${limits.perWeek.min} to ${limits.perWeek.max}.`;
  const target = wholeIn(d.target_count, limits.target);
  if (target === null) errors.target_count = `Enter a number from ${limits.target.min} to ${limits.target.max}.`;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    value: {
      name,
      description: d.description.trim() || null,
      schedule_type: d.schedule_type,
      schedule_days: d.schedule_type === 'weekdays' ? [...d.schedule_days].sort((a, b) => a - b) : [],
      times_per_week: d.schedule_type === 'times_per_week' ? perWeek : null,
      target_count: target ?? 1,
    },
  };
}

interface HabitFormProps {
  initial?: Partial<HabitFormValues>;
  submitLabel: string;
  saving: boolean;
  onSubmit: (values: HabitFormValues) => void;
  onCancel: () => void;
}

/** Name, schedule (every day, chosen weekdays, or N times a week) and how many times a day. */
export function HabitForm({ initial, submitLabel, saving, onSubmit, onCancel }: HabitFormProps) {
  const [draft, setDraft] = useState(() => toDraft(initial));
  const [errors, setErrors] = useState<Errors>({});
  const daysErrorId = useId();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateHabit(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSubmit(result.value);
  };

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <Field label="Name" error={errors.name}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={draft.name}
            maxLength={limits.name}
            placeholder="Practise scales"
            onChange={(e) => set('name', e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-autofocus
          />
        )}
      </Field>
      <Field label="Note (optional)">
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
      <SegmentedControl
        legend="Schedule"
        name="habit-schedule"
        size="sm"
        value={draft.schedule_type}
        options={[
          { value: 'daily', label: 'Every day' },
          { value: 'weekdays', label: 'Some days' },
          { value: 'times_per_week', label: 'Times a week' },
        ]}
        onChange={(v) => set('schedule_type', v)}
      />
      {draft.schedule_type === 'weekdays' && (
        <fieldset className="grid gap-1.5" aria-describedby={errors.schedule_days ? daysErrorId : undefined}>
          <legend className="mb-1.5 text-sm font-medium">On these days</legend>
          <div className="flex flex-wrap gap-1.5">
            {isoWeekdays.map((d) => (
              <label
                key={d}
                className={cn(
                  'cursor-pointer rounded-md border border-line-strong px-2.5 py-1 text-sm font-medium text-muted',
                  'has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:text-accent-text',
                  'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
                )}
              >
                <input
                  type="checkbox"
                  className="sr-only"
                  checked={draft.schedule_days.includes(d)}
                  onChange={(e) =>
                    set(
                      'schedule_days',
                      e.target.checked ? [...draft.schedule_days, d] : draft.schedule_days.filter((x) => x !== d),
                    )
                  }
                />
                <span aria-hidden>{weekdayName(d)}</span>
                <span className="sr-only">{weekdayName(d, true)}</span>
              </label>
            ))}
          </div>
          {errors.schedule_days && (
            <p id={daysErrorId} role="alert" className="text-xs font-medium text-danger">
              {errors.schedule_days}
            </p>
          )}
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {draft.schedule_type === 'times_per_week' && (
          <Field label="How many times a week" hint="Any days you like" error={errors.times_per_week}>
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                type="number"
                inputMode="numeric"
                min={limits.perWeek.min}
                max={limits.perWeek.max}
                value={draft.times_per_week}
                onChange={(e) => set('times_per_week', e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
        )}
        <Field label="Times a day" hint="Glasses of water, pages, sets…" error={errors.target_count}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="number"
              inputMode="numeric"
              min={limits.target.min}
              max={limits.target.max}
              value={draft.target_count}
              onChange={(e) => set('target_count', e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
      </div>
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
