import { Archive, ArchiveRestore, ExternalLink, Pencil, Pin, PinOff, Trash2 } from 'lucide-react';
import { Markdown } from '@/components/markdown';
import { Button } from '@/components/ui/button';
import { formatRelative } from '@/lib/format';
import type { NoteWire } from '../api/types';

interface NoteCardProps {
  note: NoteWire;
  onEdit: () => void;
  onPin: () => void;
  onArchive: () => void;
  onDelete: () => void;
  onFilter: (filter: { category?: string; tag?: string }) => void;
}

/** One note in the list: its markdown (clipped), category and tags (which filter), and actions. */
export function NoteCard({ note, onEdit, onPin, onArchive, onDelete, onFilter }: NoteCardProps) {
  const archived = note.archived_at !== null;
  return (
    <article
      aria-labelledby={`note-${note.id}`}
      className="grid min-w-0 gap-3 rounded-2xl border border-line bg-surface p-4 shadow-xs"
    >
      <header className="flex items-start justify-between gap-2">
        <h2 id={`note-${note.id}`} className="min-w-0 break-words font-semibold text-fg">
          {note.is_pinned && <Pin aria-label="Pinned" className="mr-1.5 inline size-4 text-accent-text" />}
          {note.title}
        </h2>
        <div className="flex shrink-0 gap-0.5">
          <Button
            variant="ghost"
            size="sm"
            onClick={onPin}
            aria-label={`${note.is_pinned ? 'Unpin' : 'Pin'} ${note.title}`}
          >
            {note.is_pinned ? <PinOff aria-hidden className="size-4" /> : <Pin aria-hidden className="size-4" />}
          </Button>
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${note.title}`}>
            <Pencil aria-hidden className="size-4" />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            onClick={onArchive}
            aria-label={`${archived ? 'Bring back' : 'Archive'} ${note.title}`}
          >
            {archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
          </Button>
          <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${note.title}`}>
            <Trash2 aria-hidden className="size-4" />
          </Button>
        </div>
      </header>
      {note.url && (
        <a
          href={note.url}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex min-w-0 items-center gap-1 text-sm text-accent-text underline"
        >
          <ExternalLink aria-hidden className="size-3.5 shrink-0" />
          <span className="truncate">{note.url.replace(/^https?:\/\//, '')}</span>
        </a>
      )}
      {note.body.trim() && (
        <div className="relative max-h-40 overflow-hidden">
          <Markdown>{note.body}</Markdown>
          <div
            aria-hidden
            className="pointer-events-none absolute inset-x-0 bottom-0 h-8 bg-gradient-to-t from-surface"
          />
        </div>
      )}
      <footer className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
        {note.category && (
          <button
            type="button"
            onClick={() => onFilter({ category: note.category ?? undefined })}
            className="rounded-full bg-accent-soft px-2 py-0.5 font-medium text-accent-text"
            aria-label={`Show the category ${note.category}`}
          >
            {note.category}
          </button>
        )}
        {note.tags.map((tag) => (
          <button
            key={tag}
            type="button"
            onClick={() => onFilter({ tag })}
            className="rounded-full border border-line px-2 py-0.5 text-fg hover:bg-subtle"
            aria-label={`Show the tag ${tag}`}
          >
            #{tag}
          </button>
        ))}
        <span className="ml-auto">Edited {formatRelative(note.updated_at)}</span>
      </footer>
    </article>
  );
}
