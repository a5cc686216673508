import { type FormEvent, useId, useState } from 'react';
import { toast } from 'sonner';
import { type Settings, settingsRegistry } from '#common/settings';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { maxOf, minOf } from '@/lib/limits';
import { useUpdateSetting } from '@/lib/settings';

type FocusDefaults = Settings['focus_defaults'];

const shape = settingsRegistry.focus_defaults.schema.shape;
/** Each field's range is the setting's own (common/settings.ts). */
const field = (key: keyof FocusDefaults, label: string, unit: string) => ({
  key,
  label,
  unit,
  min: minOf(shape[key]),
  max: maxOf(shape[key]),
});
const fields = [
  field('focus_minutes', 'Focus length', 'minutes'),
  field('short_break_minutes', 'Short break', 'minutes'),
  field('long_break_minutes', 'Long break', 'minutes'),
  field('sessions_before_long_break', 'Sessions before a long break', 'sessions'),
];

/** Whole numbers inside each field's range; anything else is a message for that field. */
export function validateFocusDefaults(values: Record<keyof FocusDefaults, string>) {
  const errors: Partial<Record<keyof FocusDefaults, string>> = {};
  const parsed = {} as FocusDefaults;
  for (const { key, min, max } of fields) {
    const n = Number(values[key]);
    if (values[key].trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      errors[key] = `Enter a whole number from ${min} to ${max}.`;
    } else {
      parsed[key] = n;
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { value: parsed };
}

const asStrings = (d: FocusDefaults) =>
  Object.fromEntries(fields.map(({ key }) => [key, String(d[key])])) as Record<keyof FocusDefaults, string>;

/** The timer lengths a new focus session starts with. */
export function FocusDefaultsSection({ defaults }: { defaults: FocusDefaults }) {
  const headingId = useId();
  const [values, setValues] = useState(() => asStrings(defaults));
  const [errors, setErrors] = useState<Partial<Record<keyof FocusDefaults, string>>>({});
  const update = useUpdateSetting();
  const dirty = fields.some(({ key }) => values[key] !== String(defaults[key]));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateFocusDefaults(values);
    setErrors(result.errors ?? {});
    if (!result.value) return;
    // A promise rather than mutate callbacks: the saved values remount this form (it is keyed by them).
    update
      .mutateAsync({ key: 'focus_defaults', value: result.value })
      .then(() => toast.success('Focus defaults saved'))
      .catch(() => {}); // the default mutation toast says why
  };

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Focus defaults" description="What a new focus session starts with." />
      <CardBody>
        <form onSubmit={submit} className="grid gap-5" noValidate>
          <div className="grid gap-5 sm:grid-cols-2">
            {fields.map(({ key, label, min, max, unit }) => (
              <Field key={key} label={label} hint={`${min}–${max} ${unit}`} error={errors[key]}>
                {({ id, describedBy, invalid }) => (
                  <Input
                    id={id}
                    type="number"
                    inputMode="numeric"
                    min={min}
                    max={max}
                    step={1}
                    value={values[key]}
                    onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
                    aria-describedby={describedBy}
                    aria-invalid={invalid || undefined}
                  />
                )}
              </Field>
            ))}
          </div>
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={!dirty} loading={update.isPending}>
              Save focus defaults
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
