import { type FormEvent, useId, useState } from 'react';
import {
  ANNOTATION_TAGS_MAX,
  type AnnotationType,
  annotationType,
  createAnnotationBody,
} from '#common/contracts/annotations';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { maxLengthOf } from '@/lib/limits';
import { annotationTypeLabels } from '../utils/labels';
import { formatTime, splitTags } from '../utils/time';
import type { TimeRange } from '../utils/timeline-math';

const BODY_MAX = maxLengthOf(createAnnotationBody.shape.body);

/** An annotation as the editor hands it on: at a point (`end_ms` null) or over a range. */
export interface AnnotationDraft {
  start_ms: number;
  end_ms: number | null;
  type: AnnotationType;
  body: string;
  tags: string[];
  is_private: boolean;
}

interface AnnotationEditorProps {
  /** The player's position now: a new annotation is pinned there unless a start is set. */
  nowMs: () => number;
  /** Where the player is, shown while a new annotation follows it. */
  positionMs: number;
  /** The region selected on the timeline, offered as the annotation's range. */
  region?: (TimeRange & { name: string }) | null;
  initial?: AnnotationDraft;
  submitLabel: string;
  pending?: boolean;
  onSubmit: (draft: AnnotationDraft) => void;
  onCancel?: () => void;
}

type Span = 'point' | 'range';

/**
 * Writes or edits one annotation: where it is (a point, or a range set from the player or the
 * selected region), its type, text, tags and whether it is private.
 */
export function AnnotationEditor(props: AnnotationEditorProps) {
  const { nowMs, positionMs, region, initial, submitLabel, pending, onSubmit, onCancel } = props;
  const spanName = useId();
  const [span, setSpan] = useState<Span>(initial?.end_ms != null ? 'range' : 'point');
  const [start, setStart] = useState<number | null>(initial?.start_ms ?? null);
  const [end, setEnd] = useState<number | null>(initial?.end_ms ?? null);
  const [type, setType] = useState<AnnotationType>(initial?.type ?? 'note');
  const [body, setBody] = useState(initial?.body ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [isPrivate, setPrivate] = useState(initial?.is_private ?? true);
  const [error, setError] = useState<{ field: 'where' | 'body'; message: string } | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const startMs = start ?? nowMs();
    if (span === 'range' && (end === null || end <= startMs)) {
      return setError({ field: 'where', message: 'Set an end after the start' });
    }
    if (body.trim() === '') return setError({ field: 'body', message: 'Write something' });
    const tagList = splitTags(tags);
    if (tagList.length > ANNOTATION_TAGS_MAX) {
      return setError({ field: 'body', message: `Use at most ${ANNOTATION_TAGS_MAX} tags` });
    }
    setError(null);
    onSubmit({
      start_ms: startMs,
      end_ms: span === 'range' ? end : null,
      type,
      body,
      tags: tagList,
      is_private: isPrivate,
    });
    if (!initial) {
      setBody('');
      setStart(null);
      setEnd(null);
    }
  };

  const startShown = start ?? positionMs;
  return (
    <form onSubmit={submit} className="grid gap-3" aria-label={initial ? 'Edit annotation' : 'New annotation'}>
      <SegmentedControl<Span>
        legend="Pinned to"
        name={spanName}
        size="sm"
        value={span}
        options={[
          { value: 'point', label: 'A point' },
          { value: 'range', label: 'A range' },
        ]}
        onChange={setSpan}
      />
      <div className="grid gap-2">
        <p className="text-sm text-muted" data-testid="annotation-where">
          {span === 'point' ? 'At ' : 'From '}
          <span className="font-medium text-fg tabular-nums">{formatTime(startShown, true)}</span>
          {start === null && !initial && ' (where the player is)'}
          {span === 'range' && (
            <>
              {' to '}
              <span className="font-medium text-fg tabular-nums">{end === null ? '–' : formatTime(end, true)}</span>
            </>
          )}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={() => setStart(nowMs())}>
            Start here
          </Button>
          {span === 'range' && (
            <Button size="sm" onClick={() => setEnd(nowMs())}>
              End here
            </Button>
          )}
          {region && (
            <Button
              size="sm"
              onClick={() => {
                setSpan('range');
                setStart(region.start_ms);
                setEnd(region.end_ms);
              }}
            >
              Use region {region.name}
            </Button>
          )}
        </div>
        {error?.field === 'where' && (
          <p role="alert" className="text-sm font-medium text-danger">
            {error.message}
          </p>
        )}
      </div>
      <Field label="Type">
        {({ id }) => (
          <Select id={id} value={type} onChange={(e) => setType(annotationType.parse(e.target.value))}>
            {annotationType.options.map((t) => (
              <option key={t} value={t}>
                {annotationTypeLabels[t]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Annotation" error={error?.field === 'body' ? error.message : null}>
        {({ id, describedBy, invalid }) => (
          <Textarea
            id={id}
            rows={3}
            value={body}
            maxLength={BODY_MAX}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <Field label="Tags" hint="Separated by commas.">
        {({ id, describedBy }) => (
          <Input id={id} value={tags} aria-describedby={describedBy} onChange={(e) => setTags(e.target.value)} />
        )}
      </Field>
      <label className="inline-flex items-center gap-2 text-sm text-fg">
        <input
          type="checkbox"
          className="size-4 accent-accent"
          checked={isPrivate}
          onChange={(e) => setPrivate(e.target.checked)}
        />
        Private
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" loading={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
