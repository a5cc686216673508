import { Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { AnnotationWire } from '../api/types';
import { annotationTypeLabels } from '../utils/labels';
import { formatTime } from '../utils/time';
import { type AnnotationDraft, AnnotationEditor } from './annotation-editor';

interface AnnotationListProps {
  annotations: AnnotationWire[];
  onSeek: (ms: number) => void;
  onSave: (id: string, draft: AnnotationDraft) => Promise<unknown>;
  onDelete: (annotation: AnnotationWire) => void;
}

/** The track's annotations by start time: each jumps the player to its time, and can be edited or deleted. */
export function AnnotationList({ annotations, onSeek, onSave, onDelete }: AnnotationListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  if (annotations.length === 0) {
    return <p className="text-sm text-muted">No annotations yet. Play the track and write what you hear.</p>;
  }
  const sorted = [...annotations].sort((a, b) => a.start_ms - b.start_ms);
  return (
    <ul aria-label="Annotations" className="grid gap-2">
      {sorted.map((a) => (
        <li key={a.id} className="rounded-lg border border-line bg-surface px-3 py-2">
          {editing === a.id ? (
            <AnnotationEditor
              atMs={a.start_ms}
              initial={{ type: a.type, body: a.body }}
              submitLabel="Save"
              onSubmit={(draft) =>
                onSave(a.id, draft).then(
                  () => setEditing(null),
                  () => undefined, // the app's error toast says why; the editor stays open
                )
              }
              onCancel={() => setEditing(null)}
            />
          ) : (
            <div className="flex items-start gap-2">
              <Button
                size="sm"
                variant="ghost"
                className="tabular-nums"
                onClick={() => onSeek(a.start_ms)}
                aria-label={`Play from ${formatTime(a.start_ms)}`}
              >
                {formatTime(a.start_ms)}
              </Button>
              <div className="min-w-0 flex-1 pt-1">
                <Badge>{annotationTypeLabels[a.type]}</Badge>
                <p className="mt-1 text-sm break-words whitespace-pre-wrap text-fg">{a.body}</p>
              </div>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => setEditing(a.id)}
                aria-label={`Edit annotation at ${formatTime(a.start_ms)}`}
              >
                <Pencil aria-hidden className="size-4" />
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => onDelete(a)}
                aria-label={`Delete annotation at ${formatTime(a.start_ms)}`}
              >
                <Trash2 aria-hidden className="size-4" />
              </Button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
