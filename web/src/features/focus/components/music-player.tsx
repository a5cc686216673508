import { Music, Pause, Play, SkipForward, Volume2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { referenceTrackAudioUrl } from '../api/get-reference-tracks';
import type { FocusLibraryTrackWire } from '../api/libraries';
import { nextIndex, savedVolume, saveVolume } from '../utils/music';

interface MusicPlayerProps {
  tracks: FocusLibraryTrackWire[];
  /** Whether the session lets music play now (a running focus block). */
  running: boolean;
}

const iconButton =
  'inline-flex size-9 items-center justify-center rounded-md text-fg hover:bg-subtle disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

/**
 * The focus music: the library's tracks in order on an `<audio>` without the browser's controls,
 * looping the library. It plays while the session runs, unless the user paused it here.
 */
export function MusicPlayer({ tracks, running }: MusicPlayerProps) {
  const audio = useRef<HTMLAudioElement>(null);
  const [index, setIndex] = useState(0);
  const [wanted, setWanted] = useState(true);
  const [volume, setVolume] = useState(savedVolume);
  const volumeId = useId();
  const current = tracks[Math.min(index, tracks.length - 1)];
  const playing = running && wanted && current !== undefined;

  useEffect(() => {
    if (audio.current) audio.current.volume = volume;
  }, [volume]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new track starts where the last one left off
  useEffect(() => {
    const el = audio.current;
    if (!el) return;
    if (playing) {
      // Autoplay may be refused (no gesture yet); the play button is there for that.
      void Promise.resolve(el.play()).catch(() => undefined);
    } else {
      el.pause();
    }
  }, [playing, current?.track_id]);

  if (!current) return null;

  return (
    <section aria-label="Music player" className="flex flex-wrap items-center gap-2 rounded-lg bg-subtle/60 px-3 py-2">
      <audio
        ref={audio}
        src={referenceTrackAudioUrl(current.track_id)}
        preload="auto"
        data-testid="focus-music-audio"
        onEnded={() => setIndex((i) => nextIndex(Math.min(i, tracks.length - 1), tracks.length))}
      >
        <track kind="captions" />
      </audio>
      <Music aria-hidden className="size-4 shrink-0 text-muted" />
      <p className="min-w-0 flex-1 truncate text-sm text-fg" aria-live="polite">
        <span className="sr-only">Now playing: </span>
        {current.title}
        {current.artist && <span className="text-muted"> · {current.artist}</span>}
      </p>
      <button
        type="button"
        className={iconButton}
        aria-label={wanted ? 'Pause music' : 'Play music'}
        onClick={() => setWanted(!wanted)}
      >
        {wanted ? <Pause aria-hidden className="size-4" /> : <Play aria-hidden className="size-4" />}
      </button>
      <button
        type="button"
        className={iconButton}
        aria-label="Next track"
        onClick={() => setIndex((i) => nextIndex(Math.min(i, tracks.length - 1), tracks.length))}
      >
        <SkipForward aria-hidden className="size-4" />
      </button>
      <label htmlFor={volumeId} className="inline-flex items-center gap-1 text-muted">
        <Volume2 aria-hidden className="size-4" />
        <span className="sr-only">Music volume</span>
      </label>
      <input
        id={volumeId}
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={volume}
        onChange={(e) => {
          const v = Number(e.target.value);
          setVolume(v);
          saveVolume(v);
        }}
        className="w-24 accent-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      />
    </section>
  );
}
