import { ChevronRight, Headphones, Music, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { TRACK_SEARCH_MAX, trackTag } from '#common/contracts/reference';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyFilter, EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input } from '@/components/ui/field';
import { FilterChip } from '@/components/ui/filter-chip';
import { LoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useAddressParams } from '@/lib/address-params';
import { formatDb } from '../analysis';
import { useDeleteTrack, useTracks } from '../api/tracks';
import type { TrackFilters, TrackWire } from '../api/types';
import { TrackUploader } from '../components/track-uploader';
import { formatTime, promptQuery } from '../utils/time';

/**
 * The Reference library (`/reference`): the user's tracks, searched by words and a tag (both in
 * the address), uploads with progress, and the way into the listening prompts. With `?prompt=`
 * it asks for the track to start the prompt on, and opens it with the prompt's state.
 */
export function LibraryPage() {
  const [params, setParam] = useAddressParams();
  const q = params.get('q')?.trim() ?? '';
  const tagParam = params.get('tag');
  const tag = tagParam ? trackTag.safeParse(tagParam) : null;
  const filters: TrackFilters = { q: q || undefined, tag: tag?.success ? tag.data : undefined };
  const tracks = useTracks(filters);
  const suffix = promptQuery(params);
  const remove = useDeleteTrack();
  const [deleting, setDeleting] = useState<TrackWire | null>(null);

  let body: React.ReactNode;
  if (tracks.isPending) body = <ListSkeleton rows={3} />;
  else if (tracks.isError)
    body = (
      <ErrorState
        title="Your tracks could not be loaded"
        error={tracks.error}
        onRetry={() => void tracks.refetch()}
        retrying={tracks.isFetching}
      />
    );
  else if (tracks.data.pages[0]?.data.length === 0)
    body =
      filters.q || filters.tag ? (
        <EmptyFilter>No track matches. Try other words or another tag.</EmptyFilter>
      ) : (
        <EmptyState icon={Music} title="No tracks yet">
          Upload a track you love to study it: loop its sections and pin what you hear to the moment.
        </EmptyState>
      );
  else
    body = (
      <div className="grid grid-cols-1 gap-3">
        <ul aria-label="Your tracks" className="grid grid-cols-1 gap-2">
          {tracks.data.pages
            .flatMap((p) => p.data)
            .map((t) => (
              <li
                key={t.id}
                className="flex items-center gap-2 rounded-xl border border-line bg-surface px-4 py-3 shadow-xs"
              >
                <div className="min-w-0 flex-1">
                  <Link
                    to={`/reference/tracks/${t.id}${suffix}`}
                    className="block truncate text-[15px] font-semibold text-fg hover:text-accent-text hover:underline"
                  >
                    {t.title}
                  </Link>
                  <p className="truncate text-sm text-muted">
                    {t.artist ?? 'Unknown artist'}
                    {t.duration_seconds !== null && (
                      <span className="tabular-nums"> · {formatTime(t.duration_seconds * 1000)}</span>
                    )}
                    {t.bpm !== null && <span className="tabular-nums"> · {Math.round(t.bpm)} BPM</span>}
                    {t.musical_key !== null && <span> · {t.musical_key}</span>}
                    {t.integrated_lufs !== null && (
                      <span className="tabular-nums"> · {formatDb(t.integrated_lufs)} LUFS</span>
                    )}
                  </p>
                  {t.tags.length > 0 && (
                    <div className="mt-1 flex flex-wrap gap-1">
                      {t.tags.map((tg) => (
                        <button
                          key={tg}
                          type="button"
                          onClick={() => setParam({ tag: tg })}
                          aria-label={`Show tracks tagged ${tg}`}
                          className="rounded-full bg-subtle px-2 py-0.5 text-xs font-medium text-muted hover:bg-accent-soft hover:text-accent-text"
                        >
                          #{tg}
                        </button>
                      ))}
                    </div>
                  )}
                </div>
                <Button size="sm" variant="ghost" onClick={() => setDeleting(t)} aria-label={`Delete ${t.title}`}>
                  <Trash2 aria-hidden className="size-4" />
                </Button>
                <ChevronRight aria-hidden className="size-4 shrink-0 text-muted" />
              </li>
            ))}
        </ul>
        <LoadMore list={tracks} />
      </div>
    );

  return (
    <div className="mx-auto w-full max-w-4xl">
      <PageHeader
        title="Reference"
        description="Study the tracks you love: play them, loop their sections and note what you hear."
        actions={
          <Link
            to="/reference/prompts"
            className="inline-flex items-center gap-1 text-sm font-medium text-accent-text hover:underline"
          >
            <Headphones aria-hidden className="size-4" />
            Listening prompts
          </Link>
        }
      />
      {suffix && (
        <div
          role="status"
          className="mb-6 flex flex-wrap items-center gap-3 rounded-xl border border-accent bg-accent-soft px-4 py-3"
        >
          <Headphones aria-hidden className="size-5 text-accent-text" />
          <p className="min-w-0 flex-1 text-sm text-fg">
            Pick a track to start the listening prompt on (or upload one).
          </p>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setParam({ prompt: null, band: null, loop: null, compare: null, gain_match: null })}
          >
            Not now
          </Button>
        </div>
      )}
      <div className="grid grid-cols-1 gap-6">
        <TrackUploader />
        <div className="grid gap-3 sm:flex sm:flex-wrap sm:items-end">
          <Field label="Search your tracks" className="sm:w-72">
            {({ id }) => (
              <Input
                id={id}
                type="search"
                value={params.get('q') ?? ''}
                maxLength={TRACK_SEARCH_MAX}
                placeholder="Title or artist"
                onChange={(e) => setParam({ q: e.target.value })}
              />
            )}
          </Field>
          {filters.tag && (
            <FilterChip
              className="justify-self-start sm:mb-0.5"
              onClear={() => setParam({ tag: null })}
              label={`Stop showing only the tag ${filters.tag}`}
            >
              #{filters.tag}
            </FilterChip>
          )}
        </div>
        <div aria-busy={tracks.isFetching} className="transition-opacity aria-busy:opacity-70">
          {body}
        </div>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.title ?? 'this track'}?`}
        description="The file, its annotations and its regions are deleted for good."
        confirmLabel="Delete track"
        pending={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          const { id, title } = deleting;
          remove.mutateAsync(id).then(
            () => {
              setDeleting(null);
              toast.success(`${title} deleted`);
            },
            () => undefined, // the app's error toast says why
          );
        }}
      />
    </div>
  );
}
