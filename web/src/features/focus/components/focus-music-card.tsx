import { Pencil, Plus, Trash2, X } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input, Select } from '@/components/ui/field';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useActiveFocus } from '../api/get-active-focus';
import { useReferenceTracks } from '../api/get-reference-tracks';
import {
  useAddLibraryTrack,
  useCreateLibrary,
  useDeleteLibrary,
  useFocusLibraries,
  useFocusLibrary,
  useRemoveLibraryTrack,
  useUpdateLibrary,
} from '../api/libraries';
import { chosenLibrary, setChosenLibrary } from '../utils/music';
import { MusicPlayer } from './music-player';

/**
 * Focus music: the user's libraries (made of their reference tracks), which one plays during
 * focus blocks, and the player while a block runs.
 */
export function FocusMusicCard() {
  const headingId = useId();
  const libraries = useFocusLibraries();
  const [chosen, setChosen] = useState<string | null>(chosenLibrary);
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState('');
  const create = useCreateLibrary();

  const choose = (id: string | null) => {
    setChosen(id);
    setChosenLibrary(id);
  };
  const known = libraries.data?.some((l) => l.id === chosen) ?? false;
  const playing = known ? chosen : null;
  const shown = editing ?? playing;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    create.mutate(trimmed, {
      onSuccess: (library) => {
        setName('');
        setEditing(library.id);
      },
    });
  };

  return (
    <Card aria-labelledby={headingId} className="lg:col-span-2">
      <CardHeader
        id={headingId}
        title="Focus music"
        description="Your uploaded tracks, played in order during focus blocks (not on breaks)."
      />
      <CardBody className="grid gap-5">
        {playing && <NowPlaying libraryId={playing} />}
        {libraries.isPending ? (
          <ListSkeleton rows={2} />
        ) : libraries.isError ? (
          <ErrorState
            title="Your music libraries could not be loaded"
            error={libraries.error}
            onRetry={() => void libraries.refetch()}
            retrying={libraries.isFetching}
          />
        ) : (
          <fieldset className="grid gap-2">
            <legend className="mb-2 text-sm font-medium text-fg">Plays during focus</legend>
            <ChoiceRow checked={playing === null} onChange={() => choose(null)} label="No music" />
            {libraries.data.map((library) => (
              <div key={library.id} className="flex flex-wrap items-center gap-2">
                <ChoiceRow
                  checked={playing === library.id}
                  onChange={() => choose(library.id)}
                  label={library.name}
                  hint={`${library.track_count} ${library.track_count === 1 ? 'track' : 'tracks'}`}
                />
                <Button
                  size="sm"
                  variant="ghost"
                  aria-expanded={shown === library.id}
                  onClick={() => setEditing(shown === library.id ? null : library.id)}
                >
                  <Pencil aria-hidden className="size-4" />
                  Edit<span className="sr-only"> {library.name}</span>
                </Button>
              </div>
            ))}
          </fieldset>
        )}

        {shown && (
          <LibraryEditor
            key={shown}
            libraryId={shown}
            onDeleted={() => {
              if (shown === chosen) choose(null);
              setEditing(null);
            }}
          />
        )}

        <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="Create a library">
          <Field label="New library name" className="min-w-48 flex-1">
            {({ id }) => (
              <Input
                id={id}
                value={name}
                maxLength={100}
                placeholder="Deep work"
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            <Plus aria-hidden className="size-4" />
            Create library
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}

function ChoiceRow({
  checked,
  onChange,
  label,
  hint,
}: {
  checked: boolean;
  onChange: () => void;
  label: string;
  hint?: string;
}) {
  return (
    <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 rounded-md px-1 py-1 text-sm text-fg">
      <input
        type="radio"
        name="focus-music"
        checked={checked}
        onChange={onChange}
        className="size-4 accent-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      />
      <span className="truncate">{label}</span>
      {hint && <span className="text-xs text-muted">{hint}</span>}
    </label>
  );
}

/** The player, while a focus block is open (paused with the session). */
function NowPlaying({ libraryId }: { libraryId: string }) {
  const active = useActiveFocus();
  const library = useFocusLibrary(libraryId);
  const session = active.data?.session;
  if (session?.mode !== 'focus' || !library.data) return null;
  return <MusicPlayer key={libraryId} tracks={library.data.tracks} running={session.status === 'active'} />;
}

/** Rename or delete a library, add tracks from the reference library, take them out. */
function LibraryEditor({ libraryId, onDeleted }: { libraryId: string; onDeleted: () => void }) {
  const library = useFocusLibrary(libraryId);
  const tracks = useReferenceTracks();
  const update = useUpdateLibrary();
  const add = useAddLibraryTrack();
  const remove = useRemoveLibraryTrack();
  const destroy = useDeleteLibrary();
  const [rename, setRename] = useState<string | null>(null);
  const [pick, setPick] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const regionId = useId();

  if (library.isPending) return <ListSkeleton rows={2} />;
  if (library.isError) {
    return (
      <ErrorState
        title="This library could not be loaded"
        error={library.error}
        onRetry={() => void library.refetch()}
      />
    );
  }
  const data = library.data;
  const inLibrary = new Set(data.tracks.map((t) => t.track_id));
  const available = (tracks.data ?? []).filter((t) => !inLibrary.has(t.id));
  const picked = available.some((t) => t.id === pick) ? pick : (available[0]?.id ?? '');

  const saveName = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = rename?.trim();
    if (!trimmed || trimmed === data.name) return setRename(null);
    update.mutate({ id: data.id, body: { name: trimmed } }, { onSuccess: () => setRename(null) });
  };

  return (
    <section aria-labelledby={regionId} className="grid gap-4 rounded-lg border border-line p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={regionId} className="text-sm font-semibold text-fg">
          {data.name}
        </h3>
        <div className="flex gap-2">
          <Button size="sm" variant="ghost" onClick={() => setRename(rename === null ? data.name : null)}>
            Rename
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirmDelete(true)}>
            <Trash2 aria-hidden className="size-4" />
            Delete library
          </Button>
        </div>
      </div>

      {rename !== null && (
        <form onSubmit={saveName} className="flex flex-wrap items-end gap-2" aria-label="Rename library">
          <Field label="Library name" className="min-w-48 flex-1">
            {({ id }) => (
              <Input id={id} autoFocus value={rename} maxLength={100} onChange={(e) => setRename(e.target.value)} />
            )}
          </Field>
          <Button type="submit" loading={update.isPending}>
            Save name
          </Button>
        </form>
      )}

      {data.tracks.length === 0 ? (
        <p className="text-sm text-muted">No tracks yet. Add some from your reference library.</p>
      ) : (
        <ol aria-label="Tracks in this library" className="grid gap-1">
          {data.tracks.map((t, i) => (
            <li key={t.track_id} className="flex items-center gap-2 text-sm text-fg">
              <span className="w-6 text-right tabular-nums text-muted">{i + 1}.</span>
              <span className="min-w-0 flex-1 truncate">
                {t.title}
                {t.artist && <span className="text-muted"> · {t.artist}</span>}
              </span>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${t.title}`}
                onClick={() => remove.mutate({ id: data.id, trackId: t.track_id })}
              >
                <X aria-hidden className="size-4" />
              </Button>
            </li>
          ))}
        </ol>
      )}

      {tracks.data && tracks.data.length === 0 ? (
        <p className="text-sm text-muted">Upload tracks on the Reference page to play them here.</p>
      ) : (
        <div className="flex flex-wrap items-end gap-2">
          <Field label="Track to add" className="min-w-48 flex-1">
            {({ id }) => (
              <Select
                id={id}
                value={picked}
                onChange={(e) => setPick(e.target.value)}
                disabled={available.length === 0}
              >
                {available.length === 0 && <option value="">Every track is in this library</option>}
                {available.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.artist ? `${t.title} · ${t.artist}` : t.title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button
            disabled={!picked}
            loading={add.isPending}
            onClick={() => add.mutate({ id: data.id, trackId: picked }, { onSuccess: () => setPick('') })}
          >
            <Plus aria-hidden className="size-4" />
            Add track
          </Button>
        </div>
      )}

      <ConfirmDialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title={`Delete “${data.name}”?`}
        description="The library goes; its tracks stay in your reference library."
        cancelLabel="Keep it"
        confirmLabel="Delete library"
        pending={destroy.isPending}
        onConfirm={() =>
          destroy.mutate(data.id, {
            onSuccess: () => {
              setConfirmDelete(false);
              onDeleted();
            },
          })
        }
      />
    </section>
  );
}
