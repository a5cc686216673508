import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { type AuditDraft, type AuditDraftErrors, type AuditQuery, auditQueryOf } from '../utils/audit-filters';

interface AuditFilterFormProps {
  initial: AuditDraft;
  /** The filters checked and ready for the API, with the draft they came from. */
  onApply: (query: AuditQuery, draft: AuditDraft) => void;
  onClear: () => void;
}

const fields: { key: keyof AuditDraft; label: string; hint?: string; type?: string }[] = [
  { key: 'actor', label: 'Actor (user id)' },
  { key: 'event_type', label: 'Event type', hint: 'For example admin_action, purchase, sign_in.' },
  { key: 'action', label: 'Action', hint: 'Only with an event type.' },
  { key: 'resource_type', label: 'Target type', hint: 'For example feedback, user_purchase.' },
  { key: 'resource_id', label: 'Target id', hint: 'Only with a target type.' },
  { key: 'from', label: 'From', type: 'datetime-local' },
  { key: 'to', label: 'Until', type: 'datetime-local' },
];

/** The audit log's filters: who acted, what happened, on what, and when. */
export function AuditFilterForm({ initial, onApply, onClear }: AuditFilterFormProps) {
  const [draft, setDraft] = useState<AuditDraft>(initial);
  const [errors, setErrors] = useState<AuditDraftErrors>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = auditQueryOf(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onApply(result.query, draft);
  };

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate aria-label="Filter the audit log">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((f) => (
          <Field key={f.key} label={f.label} hint={f.hint} error={errors[f.key]} className="content-start">
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                type={f.type ?? 'text'}
                value={draft[f.key]}
                onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
                spellCheck={false}
                autoComplete="off"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setErrors({});
            onClear();
          }}
        >
          Clear
        </Button>
      </div>
    </form>
  );
}
