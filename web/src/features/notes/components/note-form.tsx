import { type FormEvent, useState } from 'react';
import { NOTE_BODY_MAX, NOTE_CATEGORY_MAX, NOTE_TITLE_MAX, NOTE_URL_MAX } from '#common/contracts/notes';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { NoteBody, NoteWire } from '../api/types';
import type { NoteKindInfo } from '../utils/kinds';
import { parseTags, tagsProblem } from '../utils/tags';
import { MarkdownEditor } from './markdown-editor';

interface NoteFormProps {
  info: NoteKindInfo;
  initial?: NoteWire;
  saving: boolean;
  onSubmit: (values: NoteBody) => void;
  onCancel: () => void;
}

/** Title, an optional link (references), markdown, a category and tags. */
export function NoteForm({ info, initial, saving, onSubmit, onCancel }: NoteFormProps) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [category, setCategory] = useState(initial?.category ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [errors, setErrors] = useState<{ title?: string; url?: string; tags?: string }>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseTags(tags);
    const link = url.trim();
    const next = {
      title: title.trim() ? undefined : `Give the ${info.noun} a title.`,
      url: link && !/^https?:\/\/\S+$/i.test(link) ? 'Use a web address starting with http:// or https://.' : undefined,
      tags: tagsProblem(parsed) ?? undefined,
    };
    setErrors(next);
    if (next.title || next.url || next.tags) return;
    onSubmit({
      title: title.trim(),
      body,
      category: category.trim() || null,
      tags: parsed,
      ...(info.hasUrl ? { url: link || null } : {}),
    });
  };

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <Field label="Title" error={errors.title}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={title}
            maxLength={NOTE_TITLE_MAX}
            placeholder={info.titlePlaceholder}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-autofocus
          />
        )}
      </Field>
      {info.hasUrl && (
        <Field label="Link (optional)" error={errors.url}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="url"
              inputMode="url"
              value={url}
              maxLength={NOTE_URL_MAX}
              placeholder="https://"
              onChange={(e) => setUrl(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
      )}
      <MarkdownEditor label="Note" value={body} onChange={setBody} maxLength={NOTE_BODY_MAX} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Category (optional)">
          {({ id }) => (
            <Input
              id={id}
              value={category}
              maxLength={NOTE_CATEGORY_MAX}
              onChange={(e) => setCategory(e.target.value)}
            />
          )}
        </Field>
        <Field label="Tags (optional)" hint="Separate tags with commas." error={errors.tags}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              value={tags}
              placeholder="mixing, vocals"
              onChange={(e) => setTags(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={saving}>
          {initial ? 'Save' : `Add ${info.noun}`}
        </Button>
      </div>
    </form>
  );
}
