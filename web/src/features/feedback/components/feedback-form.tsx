import { type FormEvent, useState } from 'react';
import { FEEDBACK_BODY_MAX, FEEDBACK_TITLE_MAX, type FeedbackType } from '#common/contracts/feedback';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { SegmentedControl } from '@/components/ui/segmented-control';
import type { FeedbackBody } from '../api/types';
import { typeLabels } from '../utils/labels';

const types: FeedbackType[] = ['bug', 'feature', 'praise', 'other'];

const placeholders: Record<FeedbackType, string> = {
  bug: 'What happened, and what did you expect instead?',
  feature: 'What would you like Cadence to do?',
  praise: 'What works well for you?',
  other: 'Tell us anything.',
};

interface FeedbackFormProps {
  sending: boolean;
  /** Resolves true when the message was sent, so the form can clear itself. */
  onSend: (body: FeedbackBody) => Promise<boolean>;
}

/** The kind of message, an optional title and the message itself. */
export function FeedbackForm({ sending, onSend }: FeedbackFormProps) {
  const [type, setType] = useState<FeedbackType>('bug');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = body.trim();
    if (!text) {
      setError('Write a message first.');
      return;
    }
    setError(null);
    const sent = await onSend({ type, body: text, ...(title.trim() ? { title: title.trim() } : {}) });
    if (sent) {
      setTitle('');
      setBody('');
    }
  };

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <SegmentedControl
        legend="Kind"
        name="feedback-type"
        value={type}
        options={types.map((t) => ({ value: t, label: typeLabels[t] }))}
        onChange={setType}
      />
      <Field label="Title (optional)">
        {({ id }) => (
          <Input id={id} value={title} maxLength={FEEDBACK_TITLE_MAX} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <Field label="Message" error={error}>
        {({ id, describedBy, invalid }) => (
          <Textarea
            id={id}
            value={body}
            maxLength={FEEDBACK_BODY_MAX}
            rows={5}
            placeholder={placeholders[type]}
            onChange={(e) => setBody(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className="min-h-28"
          />
        )}
      </Field>
      <Button type="submit" variant="primary" loading={sending} className="justify-self-start">
        Send feedback
      </Button>
    </form>
  );
}
