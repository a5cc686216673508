import { useEffect, useState } from 'react';
import { TRACK_FIELD_MAX, TRACK_TAGS_MAX, TRACK_TITLE_MAX } from '#common/contracts/reference';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { useUpdateTrack } from '../api/tracks';
import type { TrackWire } from '../api/types';
import { splitTags } from '../utils/time';

/** The track's title, artist and tags, editable in place. */
export function TrackDetails({ track }: { track: TrackWire }) {
  const update = useUpdateTrack(track.id);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(track.title);
  const [artist, setArtist] = useState(track.artist ?? '');
  const [tags, setTags] = useState(track.tags.join(', '));

  useEffect(() => {
    if (!editing) {
      setTitle(track.title);
      setArtist(track.artist ?? '');
      setTags(track.tags.join(', '));
    }
  }, [editing, track.title, track.artist, track.tags]);

  if (!editing) {
    return (
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words text-fg">{track.title}</h1>
          <p className="mt-1 text-[15px] text-muted">{track.artist ?? 'Unknown artist'}</p>
          {track.tags.length > 0 && (
            <ul aria-label="Tags" className="mt-2 flex flex-wrap gap-1">
              {track.tags.map((t) => (
                <li key={t}>
                  <Badge>#{t}</Badge>
                </li>
              ))}
            </ul>
          )}
        </div>
        <Button onClick={() => setEditing(true)}>Edit details</Button>
      </header>
    );
  }
  return (
    <form
      aria-label="Track details"
      className="grid gap-3 sm:grid-cols-2 sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim() === '') return;
        update
          .mutateAsync({
            title: title.trim(),
            artist: artist.trim() === '' ? null : artist.trim(),
            tags: splitTags(tags),
          })
          .then(
            () => setEditing(false),
            () => undefined, // the app's error toast says why; the form stays open
          );
      }}
    >
      <h1 className="sr-only">{track.title}</h1>
      <Field label="Title">
        {({ id }) => (
          <Input
            id={id}
            required
            value={title}
            maxLength={TRACK_TITLE_MAX}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Field label="Artist">
        {({ id }) => (
          <Input id={id} value={artist} maxLength={TRACK_FIELD_MAX} onChange={(e) => setArtist(e.target.value)} />
        )}
      </Field>
      <Field label="Tags" hint={`Separated by commas, up to ${TRACK_TAGS_MAX}.`} className="sm:col-span-2">
        {({ id, describedBy }) => (
          <Input id={id} value={tags} aria-describedby={describedBy} onChange={(e) => setTags(e.target.value)} />
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" loading={update.isPending}>
          Save
        </Button>
        <Button variant="ghost" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
