import { Play } from 'lucide-react';
import type { FormEvent } from 'react';
import { startFocusBody } from '#common/contracts/focus';
import { FOCUS_MAX_SECONDS } from '#common/rules/focus';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { maxLengthOf } from '@/lib/limits';
import { type FocusMode, modeLabels } from '../utils/timer';

const LABEL_MAX = maxLengthOf(startFocusBody.shape.label);

export interface PresetOption {
  /** `defaults` for the user's focus defaults setting, else a preset id. */
  id: string;
  name: string;
  summary: string;
}

interface TimerSetupProps {
  mode: FocusMode;
  onModeChange: (mode: FocusMode) => void;
  presets: PresetOption[];
  presetId: string;
  onPresetChange: (id: string) => void;
  minutes: string;
  onMinutesChange: (minutes: string) => void;
  label: string;
  onLabelChange: (label: string) => void;
  onStart: () => void;
  starting: boolean;
  minutesError: string | null;
}

const modes: FocusMode[] = ['focus', 'short_break', 'long_break'];
export const MAX_MINUTES = FOCUS_MAX_SECONDS / 60;

/** Whole minutes from 1 to the longest session, or a message. */
export function parseMinutes(value: string): { minutes: number } | { error: string } {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 1 || n > MAX_MINUTES) {
    return { error: `Enter a whole number of minutes from 1 to ${MAX_MINUTES}.` };
  }
  return { minutes: n };
}

/** Before a session: the mode, a preset, the length and what the session is for. */
export function TimerSetup(props: TimerSetupProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onStart();
  };
  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <div className="flex justify-center">
        <SegmentedControl
          legend="Mode"
          hideLegend
          name="focus-mode"
          value={props.mode}
          options={modes.map((m) => ({ value: m, label: modeLabels[m] }))}
          onChange={props.onModeChange}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {props.presets.length > 1 && (
          <Field label="Preset">
            {({ id }) => (
              <Select id={id} value={props.presetId} onChange={(e) => props.onPresetChange(e.target.value)}>
                {props.presets.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.summary})
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
        <Field label="Length in minutes" error={props.minutesError}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_MINUTES}
              step={1}
              value={props.minutes}
              onChange={(e) => props.onMinutesChange(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        {props.mode === 'focus' && (
          <Field label="Working on (optional)" className={props.presets.length > 1 ? 'sm:col-span-2' : undefined}>
            {({ id }) => (
              <Input
                id={id}
                value={props.label}
                maxLength={LABEL_MAX}
                placeholder="Mix the chorus"
                onChange={(e) => props.onLabelChange(e.target.value)}
              />
            )}
          </Field>
        )}
      </div>
      <div className="flex justify-center">
        <Button type="submit" variant="primary" size="lg" className="min-w-40" loading={props.starting}>
          {!props.starting && <Play aria-hidden className="size-5" />}
          Start {modeLabels[props.mode].toLowerCase()}
        </Button>
      </div>
    </form>
  );
}
