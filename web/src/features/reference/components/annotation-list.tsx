import { Lock, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { AnnotationWire } from '../api/types';
import { annotationTypeLabels } from '../utils/labels';
import { formatTime } from '../utils/time';
import { type AnnotationDraft, AnnotationEditor } from './annotation-editor';

interface AnnotationListProps {
  annotations: AnnotationWire[];
  nowMs: () => number;
  positionMs: number;
  onSeek: (ms: number) => void;
  onSave: (id: string, draft: AnnotationDraft) => Promise<unknown>;
  onDelete: (annotation: AnnotationWire) => void;
}

/** `1:23` for a point, `1:23–1:30` for a range. */
export const annotationSpan = (a: { start_ms: number; end_ms: number | null }) =>
  a.end_ms === null ? formatTime(a.start_ms) : `${formatTime(a.start_ms)}–${formatTime(a.end_ms)}`;

/** The track's annotations by start time: each jumps the player to its time, and can be edited or deleted. */
export function AnnotationList({ annotations, nowMs, positionMs, onSeek, onSave, onDelete }: AnnotationListProps) {
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
              nowMs={nowMs}
              positionMs={positionMs}
              initial={{
                start_ms: a.start_ms,
                end_ms: a.end_ms,
                type: a.type,
                body: a.body,
                tags: a.tags,
                is_private: a.is_private,
              }}
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
                {annotationSpan(a)}
              </Button>
              <div className="min-w-0 flex-1 pt-1">
                <div className="flex flex-wrap items-center gap-1">
                  <Badge>{annotationTypeLabels[a.type]}</Badge>
                  {a.is_private && (
                    <span className="inline-flex items-center gap-0.5 text-xs text-muted">
                      <Lock aria-hidden className="size-3" /> Private
                    </span>
                  )}
                </div>
                <p className="mt-1 text-sm break-words whitespace-pre-wrap text-fg">{a.body}</p>
                {a.tags.length > 0 && <p className="mt-1 text-xs text-muted">{a.tags.map((t) => `#${t}`).join(' ')}</p>}
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
