import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { TimeRange } from '../utils/timeline-math';

/** A range the player plays over and over, with what to call it. */
export interface LoopRange extends TimeRange {
  label: string;
  /** The region looped, when it is one. */
  id?: string;
}

/** What the parts of a track page need of its player. */
export interface TrackPlayerControls {
  audioRef: RefObject<HTMLAudioElement | null>;
  /** Where playback is, in milliseconds (updated while playing, in steps of 50 ms or more). */
  positionMs: number;
  /** The track's length: the stored one, else the media's once it has loaded; 0 while unknown. */
  lengthMs: number;
  playing: boolean;
  loop: LoopRange | null;
  /** The position right now, read from the element. */
  currentMs: () => number;
  seek: (ms: number) => void;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  /** Loops a range (playback passing its end goes back to its start), or stops looping. */
  setLoop: (range: LoopRange | null) => void;
  /** The handlers the `<audio>` element takes. */
  mediaHandlers: {
    onTimeUpdate: () => void;
    onSeeked: () => void;
    onPlay: () => void;
    onPause: () => void;
    onLoadedMetadata: (e: React.SyntheticEvent<HTMLAudioElement>) => void;
  };
}

/** The smallest change of position worth drawing again. */
const STEP_MS = 50;

/**
 * The player of a track page: owns the audio element's state (position, length, playing, the
 * loop) so the transport, the timeline, the annotations and the prompt panel share one clock.
 * `knownLengthMs` is the track's stored length, which the timeline's times are checked against.
 */
export function useTrackPlayer(knownLengthMs: number | null): TrackPlayerControls {
  const audioRef = useRef<HTMLAudioElement>(null);
  const [positionMs, setPositionMs] = useState(0);
  const [mediaLengthMs, setMediaLengthMs] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [loop, setLoopState] = useState<LoopRange | null>(null);
  const loopRef = useRef<LoopRange | null>(null);
  const shownRef = useRef(0);

  const currentMs = useCallback(() => Math.round((audioRef.current?.currentTime ?? 0) * 1000), []);
  const show = useCallback((ms: number, force = false) => {
    if (force || Math.abs(ms - shownRef.current) >= STEP_MS) {
      shownRef.current = ms;
      setPositionMs(ms);
    }
  }, []);

  const seek = useCallback(
    (ms: number) => {
      const el = audioRef.current;
      if (el) el.currentTime = Math.max(0, ms) / 1000;
      show(Math.max(0, ms), true);
    },
    [show],
  );

  /** Reads the element's time, sends a loop back to its start, and shows the position. */
  const tick = useCallback(() => {
    const ms = currentMs();
    const range = loopRef.current;
    if (range && (ms >= range.end_ms || ms < range.start_ms - 250)) seek(range.start_ms);
    else show(ms);
  }, [currentMs, seek, show]);

  // While playing, follow the element every frame (timeupdate alone comes four times a second).
  useEffect(() => {
    if (!playing) return;
    let frame = requestAnimationFrame(function step() {
      tick();
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, tick]);

  const play = useCallback(() => void audioRef.current?.play().catch(() => undefined), []);
  const pause = useCallback(() => audioRef.current?.pause(), []);
  const toggle = useCallback(() => {
    const el = audioRef.current;
    if (!el) return;
    if (el.paused) play();
    else el.pause();
  }, [play]);

  const setLoop = useCallback(
    (range: LoopRange | null) => {
      loopRef.current = range;
      setLoopState(range);
      if (range) {
        const ms = currentMs();
        if (ms < range.start_ms || ms >= range.end_ms) seek(range.start_ms);
      }
    },
    [currentMs, seek],
  );

  return {
    audioRef,
    positionMs,
    lengthMs: knownLengthMs ?? mediaLengthMs ?? 0,
    playing,
    loop,
    currentMs,
    seek,
    play,
    pause,
    toggle,
    setLoop,
    mediaHandlers: {
      onTimeUpdate: tick,
      onSeeked: () => show(currentMs(), true),
      onPlay: () => setPlaying(true),
      onPause: () => {
        setPlaying(false);
        show(currentMs(), true);
      },
      onLoadedMetadata: (e) => {
        const d = e.currentTarget.duration;
        if (Number.isFinite(d)) setMediaLengthMs(Math.round(d * 1000));
      },
    },
  };
}
