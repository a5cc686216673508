import { useQueryClient } from '@tanstack/react-query';
import { CircleAlert, CircleCheck, Upload, X } from 'lucide-react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { TRACK_ACCEPT } from '#common/contracts/reference';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { errorMessage } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { referenceKeys } from '@/lib/query-keys';
import { UploadCancelled, type Uploader, uploadTrack } from '../api/upload-track';
import { formatSize } from '../utils/time';

export interface UploadItem {
  id: string;
  name: string;
  size: number;
  loaded: number;
  status: 'uploading' | 'done' | 'failed' | 'cancelled';
  error?: string;
  /** The stored track's title once it is done. */
  title?: string;
}

/** Uploads files one request each, side by side, and refreshes the library as each one lands. */
export function useUploads(upload: Uploader = uploadTrack) {
  const client = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const aborts = useRef(new Map<string, () => void>());

  useEffect(() => {
    const running = aborts.current;
    return () => {
      for (const abort of running.values()) abort();
    };
  }, []);

  const change = useCallback(
    (id: string, patch: Partial<UploadItem>) =>
      setItems((list) => list.map((item) => (item.id === id ? { ...item, ...patch } : item))),
    [],
  );

  const start = useCallback(
    (files: File[]) => {
      for (const file of files) {
        const id = crypto.randomUUID();
        setItems((list) => [{ id, name: file.name, size: file.size, loaded: 0, status: 'uploading' }, ...list]);
        const handle = upload(file, (loaded) => change(id, { loaded }));
        aborts.current.set(id, handle.abort);
        handle.promise.then(
          (track) => {
            aborts.current.delete(id);
            change(id, { status: 'done', loaded: file.size, title: track.title });
            void client.invalidateQueries({ queryKey: referenceKeys.trackLists });
          },
          (error: unknown) => {
            aborts.current.delete(id);
            if (error instanceof UploadCancelled) change(id, { status: 'cancelled' });
            else change(id, { status: 'failed', error: errorMessage(error) });
          },
        );
      }
    },
    [upload, change, client],
  );

  const cancel = useCallback((id: string) => aborts.current.get(id)?.(), []);
  const dismiss = useCallback((id: string) => setItems((list) => list.filter((item) => item.id !== id)), []);
  return { items, start, cancel, dismiss };
}

/** Drop files here or pick them; each gets its own progress bar, a cancel button and its error. */
export function TrackUploader({ upload }: { upload?: Uploader }) {
  const { items, start, cancel, dismiss } = useUploads(upload);
  const [over, setOver] = useState(false);
  const inputId = useId();
  const hintId = useId();

  return (
    <section aria-labelledby="track-upload-title" className="grid gap-3">
      <h2 id="track-upload-title" className="sr-only">
        Upload tracks
      </h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is for the mouse; the file picker inside is the keyboard's way. */}
      <div
        data-testid="track-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          start([...e.dataTransfer.files]);
        }}
        className={cn(
          'grid justify-items-center gap-2 rounded-xl border-2 border-dashed border-line-strong bg-surface px-4 py-6 text-center',
          over && 'border-accent bg-accent-soft',
        )}
      >
        <Upload aria-hidden className="size-6 text-muted" />
        <p className="text-sm text-fg">Drop audio files here, or</p>
        <label htmlFor={inputId} className="cursor-pointer">
          <span className="inline-flex h-9 items-center rounded-lg bg-accent px-3.5 text-sm font-medium text-accent-fg shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent">
            Choose files
            <input
              id={inputId}
              type="file"
              multiple
              accept={TRACK_ACCEPT}
              aria-describedby={hintId}
              className="sr-only"
              onChange={(e) => {
                start([...(e.target.files ?? [])]);
                e.target.value = '';
              }}
            />
          </span>
        </label>
        <p id={hintId} className="text-xs text-muted">
          WAV, MP3, FLAC, Ogg, Opus, AAC or M4A.
        </p>
      </div>
      <UploadList items={items} onCancel={cancel} onDismiss={dismiss} />
    </section>
  );
}

/** The uploads of this visit, newest first. */
export function UploadList({
  items,
  onCancel,
  onDismiss,
}: {
  items: UploadItem[];
  onCancel: (id: string) => void;
  onDismiss: (id: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul aria-label="Uploads" className="grid gap-2">
      {items.map((item) => (
        <li key={item.id} className="grid gap-2 rounded-lg border border-line bg-surface px-4 py-3">
          <div className="flex items-center gap-2">
            <span className="min-w-0 flex-1 truncate text-sm font-medium text-fg">{item.name}</span>
            <span className="shrink-0 text-xs text-muted">{formatSize(item.size)}</span>
            {item.status === 'uploading' ? (
              <Button size="sm" variant="ghost" onClick={() => onCancel(item.id)} aria-label={`Cancel ${item.name}`}>
                Cancel
              </Button>
            ) : (
              <Button size="sm" variant="ghost" onClick={() => onDismiss(item.id)} aria-label={`Dismiss ${item.name}`}>
                <X aria-hidden className="size-4" />
              </Button>
            )}
          </div>
          {item.status === 'uploading' && (
            <ProgressBar
              size="sm"
              value={item.loaded}
              max={item.size}
              label={`Uploading ${item.name}`}
              valueText={`${Math.round((item.loaded / Math.max(1, item.size)) * 100)}%`}
            />
          )}
          <p role="status" className="text-xs">
            {item.status === 'uploading' && (
              <span className="text-muted">{Math.round((item.loaded / Math.max(1, item.size)) * 100)}% sent</span>
            )}
            {item.status === 'done' && (
              <span className="inline-flex items-center gap-1 text-success">
                <CircleCheck aria-hidden className="size-3.5" /> Uploaded as “{item.title}”
              </span>
            )}
            {item.status === 'cancelled' && <span className="text-muted">Cancelled</span>}
          </p>
          {item.status === 'failed' && (
            <p role="alert" className="inline-flex items-center gap-1 text-xs font-medium text-danger">
              <CircleAlert aria-hidden className="size-3.5 shrink-0" /> {item.error}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
