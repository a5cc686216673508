import { useId, useState } from 'react';
import { Markdown } from '@/components/markdown';
import { controlClass } from '@/components/ui/field';
import { cn } from '@/lib/cn';

interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
}

/** A plain textarea for markdown with a Write / Preview switch (tabs, arrow keys move between them). */
export function MarkdownEditor({ label, value, onChange, maxLength }: MarkdownEditorProps) {
  const id = useId();
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const tabs = [
    { value: 'write', label: 'Write' },
    { value: 'preview', label: 'Preview' },
  ] as const;
  return (
    <div className="grid gap-1.5">
      <div className="flex items-end justify-between gap-3">
        <label htmlFor={`${id}-text`} className="text-sm font-medium text-fg">
          {label}
        </label>
        <div
          role="tablist"
          aria-label={`${label} view`}
          className="inline-flex rounded-lg border border-line bg-subtle p-0.5"
        >
          {tabs.map((t) => (
            <button
              key={t.value}
              type="button"
              role="tab"
              id={`${id}-${t.value}-tab`}
              aria-selected={tab === t.value}
              aria-controls={`${id}-${t.value}`}
              tabIndex={tab === t.value ? 0 : -1}
              onClick={() => setTab(t.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
                  const next = tab === 'write' ? 'preview' : 'write';
                  setTab(next);
                  document.getElementById(`${id}-${next}-tab`)?.focus();
                }
              }}
              className={cn(
                'rounded-md px-2.5 py-1 text-xs font-medium text-muted',
                tab === t.value && 'bg-surface text-fg shadow-xs',
              )}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      <div id={`${id}-write`} role="tabpanel" aria-labelledby={`${id}-write-tab`} hidden={tab !== 'write'}>
        <textarea
          id={`${id}-text`}
          rows={12}
          maxLength={maxLength}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={cn(controlClass, 'min-h-48 py-2 font-mono text-[13px]')}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          Markdown: **bold**, _italic_, # headings, - lists, [links](https://…), tables and - [ ] tasks.
        </p>
      </div>
      <div
        id={`${id}-preview`}
        role="tabpanel"
        aria-labelledby={`${id}-preview-tab`}
        hidden={tab !== 'preview'}
        className="min-h-48 rounded-lg border border-line bg-surface px-4 py-2"
      >
        {value.trim() ? (
          <Markdown>{value}</Markdown>
        ) : (
          <p className="py-2 text-sm text-muted">Nothing to preview yet.</p>
        )}
      </div>
    </div>
  );
}
