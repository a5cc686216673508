import { type FormEvent, useState } from 'react';
import { createRewardBody } from '#common/contracts/market';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { maxLengthOf, maxOf, minOf } from '@/lib/limits';
import type { CreateRewardBody } from '../api/create-reward';
import type { PersonalRewardWire } from '../api/types';

const fields = createRewardBody.shape;
const limits = {
  title: maxLengthOf(fields.title),
  cost: { min: minOf(fields.cost_coins), max: maxOf(fields.cost_coins) },
  daily: { min: minOf(fields.daily_limit), max: maxOf(fields.daily_limit) },
};
const ICON_NAME = /^[a-z][a-z0-9-]{0,39}$/;

export interface RewardDraft {
  title: string;
  cost_coins: string;
  icon: string;
  daily_limit: string;
}

type Errors = Partial<Record<keyof RewardDraft, string>>;

export const draftOf = (r: PersonalRewardWire | null): RewardDraft => ({
  title: r?.title ?? '',
  cost_coins: r ? String(r.cost_coins) : '',
  icon: r?.icon ?? '',
  daily_limit: r?.daily_limit ? String(r.daily_limit) : '',
});

const whole = (s: string, min: number, max: number) => {
  const n = Number(s);
  return s.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** The body to send, or what is wrong with the draft. */
export function validateReward(d: RewardDraft): { value: CreateRewardBody } | { errors: Errors } {
  const errors: Errors = {};
  const title = d.title.trim();
  if (!title) errors.title = 'Name the reward.';
  else if (title.length > limits.title) errors.title = `Keep the title under ${limits.title} characters.`;
  const cost = whole(d.cost_coins, limits.cost.min, limits.cost.max);
  if (cost === null)
    errors.cost_coins = `Enter a price from ${limits.cost.min} to ${limits.cost.max.toLocaleString('en')}.`;
  const icon = d.icon.trim();
  if (icon && !ICON_NAME.test(icon)) errors.icon = 'Use an icon name such as gift or gamepad-2.';
  const daily = d.daily_limit.trim() ? whole(d.daily_limit, limits.daily.min, limits.daily.max) : null;
  if (d.daily_limit.trim() && daily === null)
    errors.daily_limit = `Enter a number from ${limits.daily.min} to ${limits.daily.max}, or leave it empty.`;
  if (Object.keys(errors).length > 0 || cost === null) return { errors };
  return { value: { title, cost_coins: cost, icon: icon || null, daily_limit: daily } };
}

interface RewardFormProps {
  reward: PersonalRewardWire | null;
  saving: boolean;
  /** The server's refusal, shown above the buttons. */
  error: string | null;
  onSubmit: (body: CreateRewardBody) => void;
  onCancel: () => void;
}

/** Title, price, an optional icon name and an optional daily limit. */
export function RewardForm({ reward, saving, error, onSubmit, onCancel }: RewardFormProps) {
  const [draft, setDraft] = useState(() => draftOf(reward));
  const [errors, setErrors] = useState<Errors>({});
  const set = <K extends keyof RewardDraft>(key: K, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateReward(draft);
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
            placeholder="An hour of gaming"
            onChange={(e) => set('title', e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-autofocus
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Price in coins" error={errors.cost_coins}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="number"
              inputMode="numeric"
              min={limits.cost.min}
              max={limits.cost.max}
              value={draft.cost_coins}
              onChange={(e) => set('cost_coins', e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <Field label="Icon (optional)" hint="gift, coffee, film…" error={errors.icon}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              value={draft.icon}
              maxLength={40}
              autoCapitalize="none"
              spellCheck={false}
              onChange={(e) => set('icon', e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <Field label="Daily limit (optional)" hint="Times a day" error={errors.daily_limit}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="number"
              inputMode="numeric"
              min={limits.daily.min}
              max={limits.daily.max}
              value={draft.daily_limit}
              onChange={(e) => set('daily_limit', e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
      </div>
      {error && (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm font-medium text-danger">
          {error}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={saving}>
          {reward ? 'Save reward' : 'Add reward'}
        </Button>
      </div>
    </form>
  );
}
