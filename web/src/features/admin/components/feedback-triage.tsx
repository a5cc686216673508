import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { FEEDBACK_RESPONSE_MAX } from '#common/contracts/admin';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Select, Textarea } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { type AdminFeedbackWire, useTriageFeedback } from '../api/feedback';
import {
  draftOf,
  pickFilter,
  priorityLabels,
  priorityOptions,
  statusLabels,
  statusOptions,
  type TriageDraft,
  triageChanges,
  typeLabels,
} from '../utils/feedback-filters';

interface FeedbackTriageProps {
  item: AdminFeedbackWire | null;
  onClose: () => void;
  /** The message as saved, so the dialog shows its new state. */
  onSaved: (item: AdminFeedbackWire) => void;
}

/** One message, read in full, with its status, priority and response set in a form. */
export function FeedbackTriage({ item, onClose, onSaved }: FeedbackTriageProps) {
  return (
    <Dialog
      open={item !== null}
      onClose={onClose}
      title={item?.title ?? ''}
      description={
        item ? `${typeLabels[item.type]} from ${item.author.name}, sent ${formatDate(item.created_at)}` : undefined
      }
      className="w-[min(40rem,calc(100vw-1.5rem))]"
    >
      {item && <TriageBody key={`${item.id}:${item.updated_at}`} item={item} onSaved={onSaved} />}
    </Dialog>
  );
}

function TriageBody({ item, onSaved }: { item: AdminFeedbackWire; onSaved: (item: AdminFeedbackWire) => void }) {
  const triage = useTriageFeedback();
  const [draft, setDraft] = useState<TriageDraft>(() => draftOf(item));
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<TriageDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = triageChanges(item, draft);
    if (!body) {
      setError('Nothing changed: set a status, a priority or a response first.');
      return;
    }
    setError(null);
    triage.mutate(
      { id: item.id, body },
      {
        onSuccess: (saved) => {
          toast.success('Feedback updated.');
          onSaved(saved);
        },
        onError: (err) => setError(errorMessage(err)),
      },
    );
  };

  return (
    <div className="grid gap-5">
      <p className="max-h-60 overflow-y-auto text-sm break-words whitespace-pre-line">{item.body}</p>
      <p className="flex flex-wrap items-center gap-1.5 text-sm text-muted" aria-live="polite">
        Now:
        <Badge tone={item.status === 'open' ? 'neutral' : 'accent'}>
          <span className="sr-only">Status: </span>
          {statusLabels[item.status]}
        </Badge>
        <Badge>
          <span className="sr-only">Priority: </span>
          {priorityLabels[item.priority]}
        </Badge>
        {item.responded_at && <span>answered {formatDate(item.responded_at)}</span>}
      </p>
      <form onSubmit={submit} className="grid gap-4" noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Status">
            {({ id }) => (
              <Select
                id={id}
                value={draft.status}
                onChange={(e) => set({ status: pickFilter(statusOptions, e.target.value) ?? draft.status })}
              >
                {statusOptions.map((s) => (
                  <option key={s} value={s}>
                    {statusLabels[s]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Priority">
            {({ id }) => (
              <Select
                id={id}
                value={draft.priority}
                onChange={(e) => set({ priority: pickFilter(priorityOptions, e.target.value) ?? draft.priority })}
              >
                {priorityOptions.map((p) => (
                  <option key={p} value={p}>
                    {priorityLabels[p]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field
          label="Response to the author"
          hint="They see it on their Feedback page and are told in their inbox."
          error={error}
        >
          {({ id, describedBy, invalid }) => (
            <Textarea
              id={id}
              rows={5}
              value={draft.response}
              maxLength={FEEDBACK_RESPONSE_MAX}
              onChange={(e) => set({ response: e.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className="min-h-28"
            />
          )}
        </Field>
        <Button type="submit" variant="primary" loading={triage.isPending} className="justify-self-start">
          Save
        </Button>
      </form>
    </div>
  );
}
