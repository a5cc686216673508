import { Play, Repeat, Trash2, X } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { createRegionBody, type RegionKind } from '#common/contracts/annotations';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { maxLengthOf } from '@/lib/limits';
import type { RegionWire, UpdateRegionBody } from '../api/types';
import { regionColors } from '../utils/labels';
import { formatTime } from '../utils/time';
import { RegionNameKind } from './region-form';

const NOTES_MAX = maxLengthOf(createRegionBody.shape.notes);

interface RegionEditorProps {
  region: RegionWire;
  looping: boolean;
  pending?: boolean;
  onSave: (body: UpdateRegionBody) => Promise<unknown>;
  onPlay: () => void;
  onLoop: (on: boolean) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** Edits the selected region: its name, kind, colour, notes and favourite; plays, loops or deletes it. */
export function RegionEditor({
  region,
  looping,
  pending,
  onSave,
  onPlay,
  onLoop,
  onDelete,
  onClose,
}: RegionEditorProps) {
  const [name, setName] = useState(region.name);
  const [kind, setKind] = useState<RegionKind>(region.kind);
  const [color, setColor] = useState<string | null>(region.color);
  const [notes, setNotes] = useState(region.notes ?? '');
  const [favorite, setFavorite] = useState(region.is_favorite);
  const [error, setError] = useState<string | null>(null);
  const colourName = useId();
  const swatches =
    regionColors.some((c) => c.value === region.color) || !region.color
      ? regionColors
      : [...regionColors, { value: region.color, label: 'Its own colour' }];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return setError('Name the region');
    setError(null);
    onSave({
      name: name.trim(),
      kind,
      color,
      notes: notes.trim() === '' ? null : notes,
      is_favorite: favorite,
    }).catch(() => undefined); // the app's error toast says why; the editor keeps what was typed
  };

  return (
    <form
      onSubmit={submit}
      aria-label={`Edit region ${region.name}`}
      className="grid gap-3 rounded-lg border border-accent p-3"
    >
      <div className="flex items-start gap-2">
        <p className="min-w-0 flex-1 text-sm text-muted tabular-nums">
          {formatTime(region.start_ms, true)} to {formatTime(region.end_ms, true)}
        </p>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close the region editor">
          <X aria-hidden className="size-4" />
        </Button>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={onPlay}>
          <Play aria-hidden className="size-4" />
          Play
        </Button>
        <Button
          size="sm"
          variant={looping ? 'primary' : 'secondary'}
          aria-pressed={looping}
          onClick={() => onLoop(!looping)}
        >
          <Repeat aria-hidden className="size-4" />
          Loop
        </Button>
        <Button size="sm" variant="danger" onClick={onDelete}>
          <Trash2 aria-hidden className="size-4" />
          Delete
        </Button>
      </div>
      <RegionNameKind label="Name" name={name} kind={kind} error={error} onName={setName} onKind={setKind} />
      <fieldset className="min-w-0">
        <legend className="mb-1.5 text-sm font-medium text-fg">Colour</legend>
        <div className="flex flex-wrap gap-2">
          {[{ value: null, label: 'Default' }, ...swatches].map((c) => (
            <label key={c.value ?? 'none'} className="relative cursor-pointer">
              <input
                type="radio"
                name={colourName}
                className="peer sr-only"
                checked={color === c.value}
                onChange={() => setColor(c.value)}
              />
              <span className="sr-only">{c.label}</span>
              <span
                aria-hidden
                title={c.label}
                className="block size-7 rounded-full border-2 border-line bg-accent-soft peer-checked:border-fg peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent"
                style={c.value ? { backgroundColor: c.value } : undefined}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Notes">
        {({ id }) => (
          <Textarea id={id} rows={2} value={notes} maxLength={NOTES_MAX} onChange={(e) => setNotes(e.target.value)} />
        )}
      </Field>
      <label className="inline-flex items-center gap-2 text-sm text-fg">
        <input
          type="checkbox"
          className="size-4 accent-accent"
          checked={favorite}
          onChange={(e) => setFavorite(e.target.checked)}
        />
        Favourite
      </label>
      <div>
        <Button type="submit" variant="primary" loading={pending}>
          Save region
        </Button>
      </div>
    </form>
  );
}
