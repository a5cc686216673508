import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';

interface Option {
  value: string;
  label: string;
}

interface InterestsStepProps {
  legend: string;
  options: Option[];
  min: number;
  initial: string[];
  saving: boolean;
  serverError: string | null;
  onSubmit: (selected: string[]) => void;
}

/** Pick what to work on: native checkboxes styled as chips (Space toggles, Tab moves). */
export function InterestsStep({ legend, options, min, initial, saving, serverError, onSubmit }: InterestsStepProps) {
  const [selected, setSelected] = useState<string[]>(initial);
  const [error, setError] = useState<string | null>(null);
  const shown = error ?? serverError;
  const toggle = (value: string, on: boolean) =>
    setSelected((s) => (on ? [...s.filter((v) => v !== value), value] : s.filter((v) => v !== value)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (selected.length < min) {
      setError(min === 1 ? 'Pick at least one.' : `Pick at least ${min}.`);
      return;
    }
    setError(null);
    onSubmit(selected);
  };
  return (
    <form onSubmit={submit} className="grid gap-6" noValidate>
      <fieldset aria-describedby={shown ? 'interests-error' : undefined}>
        <legend className="sr-only">{legend}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {options.map((o) => (
            <label
              key={o.value}
              className={cn(
                'flex min-h-11 cursor-pointer items-center gap-3 rounded-xl border border-line px-3.5 py-2.5 text-sm font-medium transition',
                'hover:bg-subtle has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:text-accent-text',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
              )}
            >
              <input
                type="checkbox"
                className="size-4 shrink-0 rounded accent-[var(--c-accent)]"
                checked={selected.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      {shown && (
        <p id="interests-error" role="alert" className="text-sm font-medium text-danger">
          {shown}
        </p>
      )}
      <Button type="submit" variant="primary" size="lg" loading={saving} className="justify-self-start">
        Continue
      </Button>
    </form>
  );
}
