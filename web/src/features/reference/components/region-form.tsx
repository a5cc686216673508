import { type FormEvent, useState } from 'react';
import { createRegionBody, type RegionKind, regionKind } from '#common/contracts/annotations';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { maxLengthOf } from '@/lib/limits';
import type { CreateRegionBody } from '../api/types';
import { regionKindLabels } from '../utils/labels';
import { formatTime } from '../utils/time';
import { MIN_REGION_MS } from '../utils/timeline-math';

const REGION_NAME_MAX = maxLengthOf(createRegionBody.shape.name);

interface RegionFormProps {
  nowMs: () => number;
  pending: boolean;
  onAdd: (body: CreateRegionBody) => Promise<unknown>;
}

/** Marks a start and an end at the player's time, then names the region (the keyboard's way to draw one). */
export function RegionForm({ nowMs, pending, onAdd }: RegionFormProps) {
  const [start, setStart] = useState<number | null>(null);
  const [end, setEnd] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<RegionKind>('section');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (start === null || end === null) return setError('Set a start and an end first');
    if (end - start < MIN_REGION_MS) return setError('The end must come at least a quarter second after the start');
    if (name.trim() === '') return setError('Name the region');
    setError(null);
    onAdd({ name: name.trim(), kind, start_ms: start, end_ms: end }).then(
      () => {
        setStart(null);
        setEnd(null);
        setName('');
      },
      () => undefined, // the app's error toast says why; the marks stay for another try
    );
  };

  return (
    <form onSubmit={submit} aria-label="New region" className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => setStart(nowMs())}>
          Set start
        </Button>
        <Button size="sm" onClick={() => setEnd(nowMs())}>
          Set end
        </Button>
        <span className="text-sm text-muted tabular-nums" data-testid="region-marks">
          {start === null ? '–' : formatTime(start, true)} to {end === null ? '–' : formatTime(end, true)}
        </span>
      </div>
      <RegionNameKind label="Region name" name={name} kind={kind} error={error} onName={setName} onKind={setKind} />
      <div>
        <Button type="submit" variant="primary" loading={pending}>
          Add region
        </Button>
      </div>
    </form>
  );
}

interface RegionNameKindProps {
  label: string;
  name: string;
  kind: RegionKind;
  error: string | null;
  onName: (name: string) => void;
  onKind: (kind: RegionKind) => void;
}

/** A region's name and kind, side by side: the new-region form and the region editor share them. */
export function RegionNameKind({ label, name, kind, error, onName, onKind }: RegionNameKindProps) {
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
      <Field label={label} error={error}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={name}
            maxLength={REGION_NAME_MAX}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => onName(e.target.value)}
          />
        )}
      </Field>
      <Field label="Kind">
        {({ id }) => (
          <Select id={id} value={kind} onChange={(e) => onKind(regionKind.parse(e.target.value))}>
            {regionKind.options.map((k) => (
              <option key={k} value={k}>
                {regionKindLabels[k]}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}
