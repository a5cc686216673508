import { Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { INBOX_TITLE_MAX } from '#common/contracts/inbox';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { useCaptureItem } from '../api/capture-item';

/** The capture line at the top of the Inbox page. */
export function InlineCapture() {
  const [title, setTitle] = useState('');
  const capture = useCaptureItem();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const t = title.trim();
    if (!t) return;
    capture.mutate({ title: t }, { onSuccess: () => setTitle('') });
  };

  return (
    <form onSubmit={submit} className="flex gap-2">
      <label htmlFor="inbox-capture" className="sr-only">
        Capture something
      </label>
      <Input
        id="inbox-capture"
        value={title}
        maxLength={INBOX_TITLE_MAX}
        placeholder="Capture something… (⌘I from any page)"
        onChange={(e) => setTitle(e.target.value)}
        autoComplete="off"
        className="h-10"
      />
      <Button type="submit" variant="primary" className="h-10" loading={capture.isPending} disabled={!title.trim()}>
        {!capture.isPending && <Plus aria-hidden className="size-4" />}
        Add
      </Button>
    </form>
  );
}
