import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { INBOX_BODY_MAX, INBOX_TITLE_MAX } from '#common/contracts/inbox';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input, Textarea } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { useCaptureItem } from '../api/capture-item';

interface QuickCaptureDialogProps {
  open: boolean;
  onClose: () => void;
}

/** ⌘I / Ctrl+I from any page: write it down now, sort it in the inbox later. */
export function QuickCaptureDialog({ open, onClose }: QuickCaptureDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Quick capture" description="It goes to your inbox to sort later.">
      {/* Mounted only while open, so every capture starts empty. */}
      {open && <CaptureForm onDone={onClose} />}
    </Dialog>
  );
}

function CaptureForm({ onDone }: { onDone: () => void }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const capture = useCaptureItem({ showsErrors: true });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const t = title.trim();
    if (!t) {
      setError('Write a few words first.');
      return;
    }
    setError(null);
    capture.mutate(
      { title: t, body: body.trim() || undefined },
      {
        onSuccess: () => {
          toast.success('Captured to your inbox');
          onDone();
        },
        onError: (err) => setError(errorMessage(err)),
      },
    );
  };

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <Field label="What’s on your mind?" hint="Enter saves it." error={error}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={title}
            maxLength={INBOX_TITLE_MAX}
            placeholder="A melody idea, a call to make…"
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            autoComplete="off"
            data-autofocus
          />
        )}
      </Field>
      <Field label="Details (optional)">
        {({ id }) => (
          <Textarea
            id={id}
            rows={3}
            maxLength={INBOX_BODY_MAX}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={capture.isPending}>
          Capture
        </Button>
      </div>
    </form>
  );
}
