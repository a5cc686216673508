import { ArrowLeftRight, Pause, Play, Repeat } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { trackAudioUrl, useTracks } from '../api/tracks';
import type { TrackWire } from '../api/types';
import { formatTime } from '../utils/time';
import type { LoopRegion } from './ab-switcher';
import { formatDb } from './hints';
import { gainLabel } from './matched-gains';
import { useAbCompare } from './use-ab-compare';

/** What the comparison needs of a track. */
export type AbTrack = Pick<TrackWire, 'id' | 'title' | 'artist' | 'integrated_lufs'>;

interface ABCompareProps {
  /** Side A: the page's track. */
  track: AbTrack;
  /** Both sides loop over it while set (a region of the page). */
  region?: LoopRegion | null;
  /** Called when the comparison starts playing (the page pauses its own player). */
  onPlay?: () => void;
}

/** The user's analysed tracks other than `track`, matching the words typed. */
export function comparable(tracks: readonly TrackWire[], trackId: string, words: string): TrackWire[] {
  const q = words.trim().toLowerCase();
  return tracks.filter(
    (t) =>
      t.id !== trackId &&
      t.integrated_lufs !== null &&
      (q === '' || t.title.toLowerCase().includes(q) || (t.artist ?? '').toLowerCase().includes(q)),
  );
}

/**
 * A/B against a second track: pick it, then switch between the two at once (the button or the
 * X key) at the same position, the louder turned down to the quieter's loudness, both looped
 * over the region when one is set.
 */
export function ABCompare({ track, region = null, onPlay }: ABCompareProps) {
  const tracks = useTracks({});
  const [words, setWords] = useState('');
  const [bId, setBId] = useState<string | null>(null);
  // The newest page of the library (50 tracks) is what the picker offers and narrows.
  const library = useMemo(() => tracks.data?.pages.flatMap((page) => page.data) ?? [], [tracks.data]);
  const choices = useMemo(() => comparable(library, track.id, words), [library, track.id, words]);
  const other = library.find((t) => t.id === bId) ?? null;
  const ab = useAbCompare({
    aLufs: track.integrated_lufs,
    bLufs: other?.integrated_lufs ?? null,
    region,
    bSrc: other ? trackAudioUrl(other.id) : null,
  });
  const { state } = ab;
  const heard = state.active === 'a' ? track : other;

  return (
    <div className="grid gap-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Find a track to compare">
          {({ id }) => <Input id={id} type="search" value={words} onChange={(e) => setWords(e.target.value)} />}
        </Field>
        <Field
          label="Track B"
          hint={tracks.isSuccess && choices.length === 0 ? 'No other analysed track matches.' : undefined}
        >
          {({ id, describedBy }) => (
            <Select
              id={id}
              value={bId ?? ''}
              aria-describedby={describedBy}
              onChange={(e) => setBId(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">Choose a track…</option>
              {other && !choices.some((t) => t.id === other.id) && <option value={other.id}>{other.title}</option>}
              {choices.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.artist ? `${t.title} · ${t.artist}` : t.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      {/* biome-ignore lint/a11y/useMediaCaption: music has no words to caption. */}
      <audio
        ref={ab.refs.a}
        src={trackAudioUrl(track.id)}
        preload={other ? 'auto' : 'none'}
        onEnded={() => ab.ended('a')}
      />
      {/* biome-ignore lint/a11y/useMediaCaption: music has no words to caption. */}
      <audio
        ref={ab.refs.b}
        src={other ? trackAudioUrl(other.id) : undefined}
        preload="auto"
        onEnded={() => ab.ended('b')}
      />

      {other && (
        <div className="grid gap-3">
          <div className="flex flex-wrap items-center gap-3">
            <Button
              onClick={() => {
                if (state.playing) return ab.pause();
                onPlay?.();
                void ab.play().catch(() => undefined); // refused: the button stays on Play
              }}
              aria-label={state.playing ? 'Pause the comparison' : 'Play the comparison'}
            >
              {state.playing ? <Pause aria-hidden className="size-4" /> : <Play aria-hidden className="size-4" />}
              {state.playing ? 'Pause' : 'Play'}
            </Button>
            <Button variant="primary" onClick={ab.toggle} aria-keyshortcuts="X">
              <ArrowLeftRight aria-hidden className="size-4" />
              Switch to {state.active === 'a' ? 'B' : 'A'}
              <kbd className="ml-1 rounded border border-current/40 px-1 text-xs">X</kbd>
            </Button>
            <p className="text-sm text-muted tabular-nums">{formatTime(state.positionMs, true)}</p>
          </div>
          <p aria-live="polite" className="text-sm text-fg">
            Hearing <strong>{state.active.toUpperCase()}</strong>: {heard?.title}
          </p>
          <p className="text-sm text-muted" data-testid="ab-gains">
            {state.matched
              ? `Loudness-matched: ${gainLabel('A', state.gainsDb.a)}, ${gainLabel('B', state.gainsDb.b)}`
              : 'Not loudness-matched: a track has no measured loudness yet, so both play as they are.'}
            {state.matched && track.integrated_lufs !== null && other.integrated_lufs !== null && (
              <>
                {' '}
                (A {formatDb(track.integrated_lufs)} LUFS, B {formatDb(other.integrated_lufs)} LUFS)
              </>
            )}
          </p>
          {region && (
            <p className="flex items-center gap-1.5 text-sm text-muted">
              <Repeat aria-hidden className="size-4" />
              Looping {formatTime(region.start_ms, true)}–{formatTime(region.end_ms, true)} on both
            </p>
          )}
        </div>
      )}
    </div>
  );
}
