import { Pause, Play, Repeat, RotateCcw, RotateCw } from 'lucide-react';
import { type ReactNode, useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { releaseListeningChain } from '../utils/listening-audio';
import { formatTime } from '../utils/time';
import type { TrackPlayerControls } from './use-track-player';

interface TrackPlayerProps {
  player: TrackPlayerControls;
  src: string;
  title: string;
  /** What sits between the element and the transport: the timeline, and later the analysis's views. */
  children?: ReactNode;
}

/** The track's audio element and its transport: play and pause, five seconds back and on, the time and the loop. */
export function TrackPlayer({ player, src, title, children }: TrackPlayerProps) {
  const { positionMs, lengthMs, playing, loop, audioRef } = player;
  // The element owns any audio graph a listening prompt routed it through.
  useEffect(() => {
    const el = audioRef.current;
    return () => releaseListeningChain(el);
  }, [audioRef]);
  return (
    <div className="grid gap-3">
      <audio
        ref={player.audioRef}
        preload="metadata"
        src={src}
        aria-label={`${title}, audio`}
        {...player.mediaHandlers}
      />
      {children}
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={player.toggle}>
          {playing ? <Pause aria-hidden className="size-4" /> : <Play aria-hidden className="size-4" />}
          {playing ? 'Pause' : 'Play'}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label="Back 5 seconds"
          onClick={() => player.seek(Math.max(0, player.currentMs() - 5000))}
        >
          <RotateCcw aria-hidden className="size-4" />
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label="On 5 seconds"
          onClick={() => player.seek(Math.min(lengthMs || Number.MAX_SAFE_INTEGER, player.currentMs() + 5000))}
        >
          <RotateCw aria-hidden className="size-4" />
        </Button>
        <p className="text-sm text-muted tabular-nums" data-testid="player-time">
          <span className="font-medium text-fg">{formatTime(positionMs, true)}</span>
          {lengthMs > 0 && <> / {formatTime(lengthMs)}</>}
          {playing ? ' · playing' : ' · paused'}
          {loop && ` · looping ${loop.label}`}
        </p>
        {loop && (
          <Button size="sm" variant="ghost" onClick={() => player.setLoop(null)}>
            <Repeat aria-hidden className="size-4" />
            Stop looping
          </Button>
        )}
      </div>
    </div>
  );
}
