import { ChevronLeft, Music } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { toast } from 'sonner';
import { trackLengthMs } from '#common/contracts/annotations';
import { listeningPromptState } from '#common/contracts/listening';
import { buttonClass } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { useDocumentTitle } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/skeleton';
import { isApiError } from '@/lib/api-client';
import { ABCompare, TrackAnalysis } from '../analysis';
import { isPendingRegion, useAnnotations, useRegionMutations, useRegions } from '../api/notes';
import { trackAudioUrl, useTrack } from '../api/tracks';
import type { TrackWire } from '../api/types';
import { AnnotationsPanel } from '../components/annotations-panel';
import { PromptPanel } from '../components/prompt-panel';
import { RegionsPanel } from '../components/regions-panel';
import { Timeline } from '../components/timeline';
import { TrackDetails } from '../components/track-details';
import { TrackPlayer } from '../components/track-player';
import { useTrackPlayer } from '../components/use-track-player';

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

/**
 * The track's study: the player with its timeline, the listening prompt when one was started
 * (its state is in the address), the analysis (its numbers and drawings, seeking the player),
 * A/B against another track (looping the player's loop), annotations and regions.
 */
function TrackStudy({ track }: { track: TrackWire }) {
  const [params] = useSearchParams();
  const parsedPrompt = listeningPromptState.safeParse(Object.fromEntries(params));
  const prompt = parsedPrompt.success ? parsedPrompt.data : null;

  const player = useTrackPlayer(trackLengthMs(track.duration_seconds));
  const regions = useRegions(track.id);
  const annotations = useAnnotations(track.id);
  const regionChanges = useRegionMutations(track.id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = regions.data?.find((r) => r.id === selectedId) ?? null;
  const nextName = `Region ${(regions.data?.length ?? 0) + 1}`;

  return (
    <div className="grid gap-6">
      <TrackDetails track={track} />

      <Card aria-labelledby="player-title">
        <CardHeader id="player-title" title="Player" />
        <CardBody>
          <TrackPlayer player={player} src={trackAudioUrl(track.id)} title={track.title}>
            <Timeline
              lengthMs={player.lengthMs}
              positionMs={player.positionMs}
              regions={regions.data ?? []}
              marks={annotations.data}
              selectedId={selectedId}
              onSeek={player.seek}
              onSelect={(id) => setSelectedId(isPendingRegion({ id }) ? null : id)}
              onCreate={(range) =>
                regionChanges.create.mutate(
                  { name: nextName, kind: 'section', ...range },
                  {
                    onSuccess: (saved) => {
                      setSelectedId(saved.id);
                      toast.success(`${saved.name} added`);
                    },
                  },
                )
              }
              onChange={(id, range) => {
                if (!isPendingRegion({ id })) regionChanges.update.mutate({ id, body: range });
              }}
            />
          </TrackPlayer>
        </CardBody>
      </Card>

      <Card aria-labelledby="analysis-title">
        <CardHeader id="analysis-title" title="Analysis" />
        <CardBody>
          <TrackAnalysis trackId={track.id} positionMs={player.positionMs} onSeek={player.seek} />
        </CardBody>
      </Card>

      <Card aria-labelledby="ab-title">
        <CardHeader id="ab-title" title="A/B comparison" />
        <CardBody>
          <ABCompare track={track} region={player.loop} onPlay={player.pause} />
        </CardBody>
      </Card>

      {prompt && <PromptPanel state={prompt} player={player} bpm={track.bpm} />}

      <div className="grid gap-6 lg:grid-cols-2">
        <AnnotationsPanel trackId={track.id} player={player} region={selected} />
        <RegionsPanel
          trackId={track.id}
          regions={regions}
          player={player}
          selectedId={selectedId}
          onSelect={setSelectedId}
          playLoops={Boolean(prompt?.loop)}
        />
      </div>
    </div>
  );
}
