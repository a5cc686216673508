import { Headphones, Repeat } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ListeningPromptState } from '#common/contracts/listening';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { Skeleton } from '@/components/ui/skeleton';
import { usePromptTemplate } from '../api/get-prompt';
import { type ChannelView, useListeningChain, viewsFor } from '../utils/listening-audio';
import type { TrackPlayerControls } from './use-track-player';

const viewLabels: Record<ChannelView, string> = { stereo: 'Stereo', mono: 'Mono', mid: 'Mid', side: 'Side' };

/** `30 Hz–1.2 kHz`. */
const hz = (f: number) => (f >= 1000 ? `${Number((f / 1000).toFixed(1))} kHz` : `${f} Hz`);

interface PromptPanelProps {
  state: ListeningPromptState;
  player: TrackPlayerControls;
  /** The track's tempo, when the analysis found one: a loop of bars needs it. */
  bpm: number | null;
}

/**
 * The listening prompt started on this track: what to listen for, its hints, what listeners
 * usually notice (folded, to listen first), and its set-up applied to playback: the focus band
 * and the channel view, each switchable off, and a loop of bars.
 */
export function PromptPanel({ state, player, bpm }: PromptPanelProps) {
  const template = usePromptTemplate(state.prompt);
  const [bandOn, setBandOn] = useState(true);
  const views = viewsFor(state.compare);
  const [view, setView] = useState<ChannelView>('stereo');
  useListeningChain(player.audioRef, { band: bandOn && state.band ? state.band : null, view });

  const loopBars = () => {
    if (!state.loop || !bpm) return;
    const start = player.currentMs();
    const end = Math.min(
      start + Math.round((state.loop * 4 * 60_000) / bpm),
      player.lengthMs || Number.MAX_SAFE_INTEGER,
    );
    player.setLoop({ start_ms: start, end_ms: end, label: `${state.loop} bars` });
    player.play();
  };

  return (
    <Card aria-labelledby="prompt-panel-title">
      <CardHeader
        id="prompt-panel-title"
        title={
          <span className="inline-flex items-center gap-2">
            <Headphones aria-hidden className="size-4" />
            {template.data ? template.data.title : 'Listening prompt'}
          </span>
        }
        action={
          <Link
            to={`/reference/prompts/${state.prompt}`}
            className="text-sm font-medium text-accent-text hover:underline"
          >
            About this prompt
          </Link>
        }
      />
      <CardBody className="grid gap-4">
        {template.isPending && <Skeleton className="h-16" />}
        {template.isError && (
          <ErrorState
            title="This prompt could not be loaded"
            error={template.error}
            onRetry={() => void template.refetch()}
            retrying={template.isFetching}
          />
        )}
        {template.data && (
          <>
            <p className="text-[15px] leading-relaxed text-fg">{template.data.prompt}</p>
            {template.data.hints.length > 0 && (
              <div>
                <h3 className="text-sm font-semibold text-fg">Hints</h3>
                <ul className="mt-1 list-disc pl-5 text-sm text-muted">
                  {template.data.hints.map((h) => (
                    <li key={h}>{h}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        {(state.band || state.compare) && (
          <div className="flex flex-wrap items-end gap-3 border-t border-line pt-4">
            {state.band && (
              <Button
                size="sm"
                variant={bandOn ? 'primary' : 'secondary'}
                aria-pressed={bandOn}
                onClick={() => setBandOn(!bandOn)}
              >
                Focus band {hz(state.band[0])}–{hz(state.band[1])}
              </Button>
            )}
            {views.length > 1 && (
              <SegmentedControl<ChannelView>
                legend="Listen to"
                name="prompt-channel-view"
                size="sm"
                value={view}
                options={views.map((v) => ({ value: v, label: viewLabels[v] }))}
                onChange={setView}
              />
            )}
            {state.compare === 'track_ab' && (
              <p className="text-sm text-muted">
                Compare this track with another, loudness-matched, once A/B comes with the analysis.
              </p>
            )}
          </div>
        )}
        {state.loop && (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-muted">
              Loop {state.loop} {state.loop === 1 ? 'bar' : 'bars'}: playing a region loops it.
            </p>
            {bpm && (
              <Button size="sm" onClick={loopBars}>
                <Repeat aria-hidden className="size-4" />
                Loop {state.loop} {state.loop === 1 ? 'bar' : 'bars'} from here
              </Button>
            )}
          </div>
        )}
        {template.data && template.data.expected_observations.length > 0 && (
          <details className="rounded-lg border border-line px-3 py-2">
            <summary className="cursor-pointer text-sm font-medium text-fg">What listeners usually notice</summary>
            <ul className="mt-2 list-disc pl-5 text-sm text-muted">
              {template.data.expected_observations.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </details>
        )}
      </CardBody>
    </Card>
  );
}
