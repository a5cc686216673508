import { ChevronLeft, Music, Pause, Play } from 'lucide-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { toast } from 'sonner';
import { createRegionBody, type RegionKind, regionKind } from '#common/contracts/annotations';
import { listeningPromptState } from '#common/contracts/listening';
import { TRACK_FIELD_MAX, TRACK_TAGS_MAX, TRACK_TITLE_MAX } from '#common/contracts/reference';
import { Badge } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input, Select } from '@/components/ui/field';
import { useDocumentTitle } from '@/components/ui/page-header';
import { ListSkeleton, PageSkeleton } from '@/components/ui/skeleton';
import { isApiError } from '@/lib/api-client';
import { maxLengthOf } from '@/lib/limits';
import { useAnnotationMutations, useAnnotations, useRegionMutations, useRegions } from '../api/notes';
import { trackAudioUrl, useTrack, useUpdateTrack } from '../api/tracks';
import type { RegionWire, TrackWire } from '../api/types';
import { AnnotationEditor } from '../components/annotation-editor';
import { AnnotationList } from '../components/annotation-list';
import { PromptPanel } from '../components/prompt-panel';
import { RegionList } from '../components/region-list';
import { Timeline } from '../components/timeline';
import { regionKindLabels } from '../utils/labels';
import { formatTime } from '../utils/time';

const REGION_NAME_MAX = maxLengthOf(createRegionBody.shape.name);

/** One reference track (`/reference/tracks/:id`): its player, timeline, annotations and regions. */
export function TrackPage() {
  const { id = '' } = useParams();
  const track = useTrack(id);
  useDocumentTitle(track.data ? `${track.data.title} · Reference` : 'Reference track');

  let body: React.ReactNode;
  if (track.isPending) body = <PageSkeleton />;
  else if (track.isError) {
    const missing = isApiError(track.error) && (track.error.status === 404 || track.error.status === 400);
    body = missing ? (
      <EmptyState
        icon={Music}
        title="This track is not in your library"
        action={
          <Link to="/reference" className={buttonClass('secondary')}>
            See your tracks
          </Link>
        }
      >
        It may have been deleted, or the address is mistyped.
      </EmptyState>
    ) : (
      <ErrorState
        title="This track could not be loaded"
        error={track.error}
        onRetry={() => void track.refetch()}
        retrying={track.isFetching}
      />
    );
  } else body = <TrackStudy track={track.data} />;

  return (
    <div className="mx-auto w-full max-w-4xl">
      <nav aria-label="Breadcrumb" className="mb-4">
        <Link to="/reference" className="inline-flex items-center gap-1 text-sm font-medium text-muted hover:text-fg">
          <ChevronLeft aria-hidden className="size-4" />
          Reference
        </Link>
      </nav>
      {!track.isSuccess && <h1 className="sr-only">Reference track</h1>}
      {body}
    </div>
  );
}

function TrackStudy({ track }: { track: TrackWire }) {
  const [params] = useSearchParams();
  const parsedPrompt = listeningPromptState.safeParse(Object.fromEntries(params));
  const prompt = parsedPrompt.success ? parsedPrompt.data : null;

  const audio = useRef<HTMLAudioElement>(null);
  const [positionMs, setPositionMs] = useState(0);
  const [mediaLengthMs, setMediaLengthMs] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [looping, setLooping] = useState<RegionWire | null>(null);
  const loopRef = useRef<RegionWire | null>(null);
  loopRef.current = looping;

  const lengthMs = track.duration_seconds !== null ? Math.round(track.duration_seconds * 1000) : (mediaLengthMs ?? 0);
  const nowMs = () => Math.round((audio.current?.currentTime ?? 0) * 1000);

  const seek = (ms: number) => {
    const el = audio.current;
    if (!el) return;
    el.currentTime = ms / 1000;
    setPositionMs(ms);
  };

  // The loop: playback passing the region's end goes back to its start.
  const onTime = () => {
    const ms = nowMs();
    const loop = loopRef.current;
    if (loop && ms >= loop.end_ms) seek(loop.start_ms);
    else setPositionMs(ms);
  };

  const annotations = useAnnotations(track.id);
  const regions = useRegions(track.id);
  const annotationChanges = useAnnotationMutations(track.id);
  const regionChanges = useRegionMutations(track.id);

  const playRegion = (region: RegionWire) => {
    if (prompt?.loop) setLooping(region);
    seek(region.start_ms);
    void audio.current?.play().catch(() => undefined);
  };

  return (
    <div className="grid gap-6">
      <TrackDetails track={track} />

      <Card aria-labelledby="player-title">
        <CardHeader id="player-title" title="Player" />
        <CardBody className="grid gap-3">
          {/* biome-ignore lint/a11y/useMediaCaption: a music track has no words to caption. */}
          <audio
            ref={audio}
            controls
            preload="metadata"
            src={trackAudioUrl(track.id)}
            aria-label={`${track.title}, audio player`}
            className="w-full"
            onTimeUpdate={onTime}
            onSeeked={onTime}
            onPlay={() => setPlaying(true)}
            onPause={() => setPlaying(false)}
            onLoadedMetadata={(e) => {
              const d = e.currentTarget.duration;
              if (Number.isFinite(d)) setMediaLengthMs(Math.round(d * 1000));
            }}
          />
          <Timeline lengthMs={lengthMs} positionMs={positionMs} regions={regions.data ?? []} />
          <div className="flex flex-wrap items-center gap-3">
            <Button
              onClick={() => {
                const el = audio.current;
                if (!el) return;
                if (el.paused) void el.play().catch(() => undefined);
                else el.pause();
              }}
            >
              {playing ? <Pause aria-hidden className="size-4" /> : <Play aria-hidden className="size-4" />}
              {playing ? 'Pause' : 'Play'}
            </Button>
            <p className="text-sm text-muted tabular-nums" data-testid="player-time">
              <span className="font-medium text-fg">{formatTime(positionMs, true)}</span>
              {lengthMs > 0 && <> / {formatTime(lengthMs)}</>}
              {playing ? ' · playing' : ' · paused'}
              {looping && ` · looping ${looping.name}`}
            </p>
          </div>
        </CardBody>
      </Card>

      {prompt && <PromptPanel state={prompt} />}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="annotations-title">
          <CardHeader id="annotations-title" title="Annotations" />
          <CardBody className="grid gap-4">
            <AnnotationEditor
              atMs={positionMs}
              submitLabel="Add annotation"
              pending={annotationChanges.create.isPending}
              onSubmit={(draft) =>
                annotationChanges.create.mutate(
                  { start_ms: nowMs(), type: draft.type, body: draft.body },
                  { onSuccess: () => toast.success('Annotation added') },
                )
              }
            />
            {annotations.isPending ? (
              <ListSkeleton rows={2} />
            ) : annotations.isError ? (
              <ErrorState
                title="The annotations could not be loaded"
                error={annotations.error}
                onRetry={() => void annotations.refetch()}
              />
            ) : (
              <AnnotationList
                annotations={annotations.data}
                onSeek={seek}
                onSave={(id, draft) => annotationChanges.update.mutateAsync({ id, body: draft })}
                onDelete={(a) =>
                  annotationChanges.remove.mutate(a.id, { onSuccess: () => toast.success('Annotation deleted') })
                }
              />
            )}
          </CardBody>
        </Card>

        <Card aria-labelledby="regions-title">
          <CardHeader id="regions-title" title="Regions" />
          <CardBody className="grid gap-4">
            <RegionForm
              nowMs={nowMs}
              pending={regionChanges.create.isPending}
              onAdd={(body) => regionChanges.create.mutateAsync(body).then(() => toast.success('Region added'))}
            />
            {regions.isPending ? (
              <ListSkeleton rows={2} />
            ) : regions.isError ? (
              <ErrorState
                title="The regions could not be loaded"
                error={regions.error}
                onRetry={() => void regions.refetch()}
              />
            ) : (
              <RegionList
                regions={regions.data}
                loopingId={looping?.id ?? null}
                onPlay={playRegion}
                onLoop={(r) => {
                  setLooping(r);
                  if (r) seek(r.start_ms);
                }}
                onFavorite={(r) => regionChanges.update.mutate({ id: r.id, body: { is_favorite: !r.is_favorite } })}
                onDelete={(r) => {
                  if (looping?.id === r.id) setLooping(null);
                  regionChanges.remove.mutate(r.id, { onSuccess: () => toast.success('Region deleted') });
                }}
              />
            )}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}

/** Marks a start and an end at the player's time, then names the region. */
function RegionForm({
  nowMs,
  pending,
  onAdd,
}: {
  nowMs: () => number;
  pending: boolean;
  onAdd: (body: { name: string; kind: RegionKind; start_ms: number; end_ms: number }) => Promise<unknown>;
}) {
  const [start, setStart] = useState<number | null>(null);
  const [end, setEnd] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<RegionKind>('section');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (start === null || end === null) return setError('Set a start and an end first');
    if (end <= start) return setError('The end must come after the start');
    if (name.trim() === '') return setError('Name the region');
    setError(null);
    onAdd({ name: name.trim(), kind, start_ms: start, end_ms: end }).then(
      () => {
        setStart(null);
        setEnd(null);
        setName('');
      },
      () => undefined, // the app's error toast says why; the marks stay for another try
    );
  };

  return (
    <form onSubmit={submit} aria-label="New region" className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => setStart(nowMs())}>
          Set start
        </Button>
        <Button size="sm" onClick={() => setEnd(nowMs())}>
          Set end
        </Button>
        <span className="text-sm text-muted tabular-nums" data-testid="region-marks">
          {start === null ? '–' : formatTime(start, true)} to {end === null ? '–' : formatTime(end, true)}
        </span>
      </div>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <Field label="Region name" error={error}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              value={name}
              maxLength={REGION_NAME_MAX}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label="Kind">
          {({ id }) => (
            <Select id={id} value={kind} onChange={(e) => setKind(regionKind.parse(e.target.value))}>
              {regionKind.options.map((k) => (
                <option key={k} value={k}>
                  {regionKindLabels[k]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div>
        <Button type="submit" variant="primary" loading={pending}>
          Add region
        </Button>
      </div>
    </form>
  );
}

/** Tags as typed ("trip-hop, drums"): split on commas, blanks dropped (the server lower-cases and dedupes). */
const splitTags = (value: string) =>
  value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');

/** The track's title, artist and tags, editable in place. */
function TrackDetails({ track }: { track: TrackWire }) {
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
