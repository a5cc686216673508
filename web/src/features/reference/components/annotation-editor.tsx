import { type FormEvent, useState } from 'react';
import { type AnnotationType, annotationType, createAnnotationBody } from '#common/contracts/annotations';
import { Button } from '@/components/ui/button';
import { Field, Select, Textarea } from '@/components/ui/field';
import { maxLengthOf } from '@/lib/limits';
import { annotationTypeLabels } from '../utils/labels';
import { formatTime } from '../utils/time';

const BODY_MAX = maxLengthOf(createAnnotationBody.shape.body);

export interface AnnotationDraft {
  type: AnnotationType;
  body: string;
}

interface AnnotationEditorProps {
  /** The time the annotation is pinned to (the player's, for a new one). */
  atMs: number;
  initial?: AnnotationDraft;
  submitLabel: string;
  pending?: boolean;
  onSubmit: (draft: AnnotationDraft) => void;
  onCancel?: () => void;
}

/** Writes or edits one annotation: its type and its text, at a time shown beside it. */
export function AnnotationEditor({ atMs, initial, submitLabel, pending, onSubmit, onCancel }: AnnotationEditorProps) {
  const [type, setType] = useState<AnnotationType>(initial?.type ?? 'note');
  const [body, setBody] = useState(initial?.body ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim() === '') {
      setError('Write something');
      return;
    }
    setError(null);
    onSubmit({ type, body });
    if (!initial) setBody('');
  };

  return (
    <form onSubmit={submit} className="grid gap-3" aria-label={initial ? 'Edit annotation' : 'New annotation'}>
      <p className="text-sm text-muted">
        At <span className="font-medium text-fg tabular-nums">{formatTime(atMs, true)}</span>
      </p>
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
      <Field label="Annotation" error={error}>
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
